/**
 * Share prices and share price changes: "closed at $155.74", "schloss bei 155,74 US-Dollar",
 * "shares soaring more than 11%", "Die Aktie verliert 1,3 bis 2,5 Prozent".
 */
import { isPercent, isPerShare, nearestCue, type Cue } from './create-cue-extractor.ts';
import { consensusCue, targetCue } from './price-target.ts';
import { isQuoteLine, pronounCue, stockCue, stockMoveDistance } from './stock-move.ts';
import type { Candidate, Extractor, SentenceContext } from './types.ts';

// "shares rose 4% to a record $270.37", "legte um 5,8 Prozent auf 1.842 Euro zu".
const afterMove = /^\s*(?:[^,.;]{0,30}\s)?(?:to|auf|at|bei)\s+(?:a |an |ein |einen )?(?:[\p{L}-]+ )?(?:von |of )?$/iu;

/** Phrases that quote a traded level (close, open, intraday or 52-week high/low). */
export const levelCue: Cue = {
  pattern: /\b(?:trading|trades?|traded|changing hands|quoted|closed|closing|ended|finished|opened|settled|stood)\b[^.;\d]{0,20}?\b(?:at|around|near|on)\b|\b(?:as (?:low|high) as|touching|touched|ranged? from|range of)\b|\bclose of\b|\bclosing price\b|\b(?:high|low|peak)s? (?:of|at)\b|\bpriced at\b|\bschloss\b(?: \w+)? (?:bei|mit)|\bnotiert\w*(?: \w+)? (?:bei|mit|um)|\bSchlusskurs\w*|\bKurs von\b|\bLetzter Kurs\b|\bSpanne\b|\bHandelsspanne\b|\bbewegt sich\b|\b(?:Tages|Jahres|Rekord|Allzeit|Verlaufs|Zwischen)(?:hoch|tief)\w*|(?<![\p{L}])\p{L}+(?:hoch|tief)(?:e?s)?(?![\p{L}])|\bhängt\w*(?: \p{L}+)? (?:bei|um)\b|\bverharrt\w*(?: \p{L}+)? (?:bei|um)\b|\b52-(?:Wochen|week)[- ](?:Hoch|Tief|high|low)|\bkostet\w*|\bzuletzt\b|\b(?:höchste[nr]?|tiefste[nr]?|niedrigste[nr]?) (?:Stand|Kurs|Wert|Niveau)\b|\bbis auf\b|\b(?:Er)?[öÖ]ffn\w*|\bEröffnungskurs\b|\b(?:stock|share) price of\b|\bAktienkurs von\b/giu,
};

function hasTargetWords(context: SentenceContext): boolean {
  return context.find(targetCue.pattern).length > 0 || context.find(consensusCue.pattern).length > 0;
}

const stockNoun = /(?<![\p{L}])(?:Aktien?|Anteile|Anteilsscheine?|Papiere?|Titel|Wertpapiere?|shares?|stock)(?![\p{L}])/u;

const moneyMove = /\b(?:gewinnt|gewann|verliert|verlor|steigt|stieg|fällt|fiel|rose|fell|gained|lost|added|shed|dropped|climbed)\s+(?:um\s+|by\s+)?$/i;

/** share_price: a quoted level of the stock; never scaled, so "$10 trillion" is not a price. */
export const extractSharePrice: Extractor = (context) => {
  const candidates: Candidate[] = [];
  context.figures.forEach((figure, index) => {
    if (!isPerShare(figure)) return;
    let distance = nearestCue(context, [levelCue], figure);
    const previous = context.figures[index - 1];
    const stock = nearestCue(context, [stockCue, pronounCue], figure);
    // "climbed 2.3pc, or 72p, to 3236p": the move may be restated in money before the level.
    const move = previous && !isPercent(previous) && context.figures[index - 2] && /^\s*,?\s*(?:or|oder)\s*$/.test(context.text.slice(context.figures[index - 2]!.end, previous.start)) ? context.figures[index - 2] : previous;
    if (move && isPercent(move) && afterMove.test(context.text.slice(move.end, figure.start).replace(/^\s*,\s*(?:or|oder)\s+\S+,/, '')) && stockMoveDistance(context, move) < Infinity) distance = Math.min(distance, 1);
    // "Salzgitter gewinnt 65 Cent auf 38,95 Euro": a move in money right before "auf" names the level.
    if (previous && isPerShare(previous) && moneyMove.test(context.text.slice(Math.max(0, previous.start - 20), previous.start)) && /^\s*(?:to|auf)\s*$/.test(context.text.slice(previous.end, figure.start))) distance = Math.min(distance, 1);
    // "sind die Anteile des Chemiekonzerns 42,08 Euro wert": what the stock is worth.
    if (/^\s*wert\b/.test(context.text.slice(figure.end)) && stockNoun.test(context.text.slice(Math.max(0, figure.start - 60), figure.start))) distance = Math.min(distance, 1);
    // A bare stock word only counts close by, and not where targets are discussed.
    if (stock <= 25 && !hasTargetWords(context)) distance = Math.min(distance, stock);
    if (isQuoteLine(context)) distance = 0;
    if (distance < Infinity && figure.value !== 0) candidates.push({ figure: index, kind: 'share_price', distance });
  });
  return candidates;
};

/** share_price_change: a move of the stock in percent. */
export const extractSharePriceChange: Extractor = (context) =>
  context.figures.flatMap((figure, index) => {
    if (!isPercent(figure)) return [];
    const distance = stockMoveDistance(context, figure);
    return distance < Infinity ? [{ figure: index, kind: 'share_price_change' as const, distance }] : [];
  });

