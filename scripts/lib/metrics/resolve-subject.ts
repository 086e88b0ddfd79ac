/**
 * Who a figure is about and which firm issued it, from the names around it in the sentence.
 */
import type { Mention } from './types.ts';

// A name after these words is a partner or a comparison, not the figure's owner.
const aside = /\b(?:with|mit|like|wie|than|als|against|gegen|versus|vs\.?|including|such as|partner(?:ship)? with|rivals?|competitors?|Wettbewerbern?|Konkurrent\w*|polled by|compiled by|according to|laut|die von|der von|data from|Daten von)\s+(?:the\s+|dem\s+|den\s+)?$/i;
// "Die Allianz-Aktie gewann im Dax 1,6 Prozent": an index after a preposition is where the move
// happened, not whose it was, unless a relative clause makes it the owner ("CAC-40 index, which was down").
const locative = /\b(?:im|in|am|an|auf|on|at|vom|zum|into|within|innerhalb)\s+(?:the\s+|dem\s+|der\s+|des\s+|den\s+|die\s+|das\s+)?$/i;
const relative = /,\s*(?:which|that|der|die|das|welche[rsm]?)\b/;

/**
 * True when a name stands where a partner or a comparison stands ("rivals such as X", "wie X");
 * "Rival BMW sold 2% more cars" opens its own clause and is no aside.
 */
export function isAside(mention: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  return aside.test(before) && !/(?:^|[.;:!?]\s+|,\s+(?:and|while|but)\s+)(?:Rivals?|Competitors?|Konkurrent\w*|rivals?|competitors?)\s+$/.test(text.slice(0, mention.start));
}

// "lagging rival SK Hynix, which gained 3.4%", "rival AMD's $225 billion": a relative clause or a
// possessive makes even an aside the figure's owner.
const ownsNext = /^(?:['’]s\s+|,\s*(?:which|who|that|die|der|das|welche[rsm]?)\b[^,;]*$)/;

const ownerAfter = /^[^,.;]{0,25}\b(?:on|for|of|at|in|bei|für|von|der|des|zu)\s+(?:the\s+|die\s+|der\s+)?$/i;

/**
 * The company id a figure is about: the nearest company named before it (not a firm, not an
 * aside), else one named right after it ("a $225 target on Alibaba"), else `fallback` (the
 * sentence's topic or the article's primary). Null when the nearest name before it is an index,
 * a currency or a commodity: the figure belongs to no company.
 *
 * @example resolveSubject(mentions, 40, 44, "Citigroup has raised its price target for Alibaba to $225", 'alibaba')
 */
export function resolveSubject(mentions: Mention[], start: number, end: number, text: string, fallback: string): string | null {
  const before = mentions.filter(
    (mention) =>
      !mention.isFirm &&
      (mention.id || (mention.market && !(locative.test(text.slice(Math.max(0, mention.start - 20), mention.start)) && !relative.test(text.slice(mention.end, start))))) &&
      mention.end <= start &&
      (mention.market || !isAside(mention, text) || ownsNext.test(text.slice(mention.end, start))),
  );
  const nearest = before.at(-1);
  if (nearest?.market) return null;
  if (nearest?.id) return nearest.id;
  const after = mentions.find((mention) => !mention.isFirm && mention.id && mention.start >= end && ownerAfter.test(text.slice(end, mention.start)));
  return after?.id ?? fallback;
}

/**
 * The firm that issued a figure: the nearest firm named before it in the sentence, else the
 * first named after it ("… to $250, according to Jefferies").
 *
 * @example resolveFirm(mentions, 60) // 'Sanford Bernstein' in "Citigroup … 225 …, Sanford Bernstein dagegen auf 190"
 */
export function resolveFirm(mentions: Mention[], start: number): string | null {
  const firms = mentions.filter((mention) => mention.isFirm);
  return (firms.filter((firm) => firm.end <= start).at(-1) ?? firms.find((firm) => firm.start >= start))?.name ?? null;
}
