/**
 * Whether a percentage is a move of a stock, and how sure: a stock word near it ("shares rose
 * 4%", "Die Aktie verliert 1,3 Prozent"), a move verb right after a company's name ("Alibaba
 * Surges 11%"), a percentage right after the name in a list or clause ("Porsche (+3,40 Prozent
 * auf 81,22 EUR)", "Zalando mit einem Minus von 4,21 Prozent", "Bayer: -6,82 %"), a move verb
 * before it in a sentence that names a company ("Nvidia … has climbed more than 165%"), "sie …
 * eingebrochen", or a quote line ("193.90 HKD +7.60%").
 */
import { isPercent, isPerShare, nearestCue, type Cue } from './create-cue-extractor.ts';
import type { ScannedNumber, SentenceContext } from './types.ts';

/** Words for the stock itself ("per share" and "je Aktie" are units, not the stock). */
export const stockCue: Cue = {
  pattern: /(?<![\p{L}])(?<!per |je |pro |a )(?:shares?|stocks?|ADRs?|share price|stock price|Aktien?|Aktienkurs\w*|Anteilsscheine?|Anteile(?= de[sr] )|Papiere?s?|Titel|Valoren|Kurs|Kursminus|Kursplus|Kursgewinne?|trading|traded|52-week change|\d+-(?:week|month) change|Börsenkurs|Notierung|Veränderung zum Vortag|Tagesveränderung|Kursveränderung|change on the day|daily change|closed|ended|finished|schloss|notierte)(?![\p{L}])/giu,
  penalty: 10,
};

/** "They fell 2.8% to HK$98.35": a pronoun opening the sentence after one about the shares. */
export const pronounCue: Cue = { pattern: /^(?:They|It|Sie|Es)(?= (?:fell|rose|closed|ended|gained|lost|slid|jumped|climbed|dropped|traded|were|was|stiegen|fielen|schlossen|verloren|gewannen|notierten|legten|gaben))/gu, penalty: 10 };

/** A move verb; it moves the stock only right after a company's name ("Alibaba Surges 11%"). */
const moveVerb = /^\s*(?:shares?\s+|Aktien?\s+)?(?:surg\w*|soar\w*|jump\w*|slump\w*|tumbl\w*|plung\w*|rall\w*|sank|slid|sink\w*|climb\w*|rose|fell|gain\w*|lost|loses|edged|firmed|eased|added|advanced|declined|dropped|slipped|shed|retreated|verlier\w*|verlor|legt\w*|steig\w*|stieg|gestiegen|fiel|fällt|bricht|brach|sackt\w*|springt|sprang|zieh\w*|zog\w*|klettert\w*|gewann\w*|gewinnt|rutscht\w*|up|down)\b/iu;

// What may stand between a company's name and its move in a list or clause: punctuation, a
// relative pronoun, "um", "mit einem Plus von".
const linkBefore = /^(?:['’]s|s)?(?:-Aktien?|-Papiere|-Titel)?\s*(?:[(:,–-]\s*)*(?:(?:die|der|das|which|that|who)\s+)?(?:(?:um|by)\s+|mit (?:einem|einer) (?:[\p{L}-]+ )?(?:Plus|Minus|Kursplus|Kursminus|Abschlag|Aufschlag|Anstieg|Rückgang|Zuwachs|Verlust|Gewinn) von\s+)?(?:(?:rund|knapp|fast|mehr als|über|etwa|about|nearly|almost) )?$/iu;

// "Nvidia … has climbed more than 165% this year".
const verbBefore = /\b(?:open|opened|pointed|indicated|climb|rose|rise|risen|jump|soar|surg|rall|gain|fell|fall|fallen|drop|slump|tumbl|plung|sank|slid|lost|shed|eingebrochen|gefallen|gestiegen|zugelegt|verloren|nachgegeben)\w*\s+(?:by\s+|um\s+)?(?:more than |about |nearly |almost |roughly |over |around |some |mehr als |fast |knapp |rund |etwa |über )?$/i;
// "Am Donnerstag waren sie … um mehr als 4 Prozent eingebrochen".
const pronounBefore = /(?<![\p{L}])(?:sie|they)(?![\p{L}])/iu;
const moveAfter = /^\s*(?:\w+\s+)?(?:eingebrochen|gefallen|gestiegen|zugelegt|verloren|nachgegeben|gesackt|abgesackt|geklettert|gesunken|eingeknickt)\b/iu;

/** True when a sentence is a quote line: a price and its change, maybe a name and pipes ("193.90 HKD +7.60%"). */
export function isQuoteLine(context: SentenceContext): boolean {
  const money = context.figures.filter((figure) => isPerShare(figure));
  if (money.length !== 1 || !context.figures.some((figure) => isPercent(figure) && figure.signed)) return false;
  let rest = context.text;
  for (const figure of [...context.figures].reverse()) rest = rest.slice(0, figure.start) + rest.slice(figure.end);
  return /^[\s|·•:–-]*(?:[\p{Lu}][\p{L}&.-]*\s*)*[\s|·•:–-]*$/u.test(rest);
}

// The nearest company (not a firm) before the figure that a move verb follows, or that the figure
// follows with only linking words between.
function nameDistance(context: SentenceContext, figure: ScannedNumber): number {
  let best = Infinity;
  for (const mention of context.mentions) {
    if (mention.isFirm || !mention.id || mention.end > figure.start) continue;
    const gap = context.text.slice(mention.end, figure.start);
    // "its holdings in Moderna by 230.4%": a name after a preposition is no subject of a move.
    const object = /\b(?:in|of|for|on|at|into|von|für|bei|an|am|im|zu)\s+$/i.test(context.text.slice(Math.max(0, mention.start - 8), mention.start));
    if (!object && linkBefore.test(gap) && !context.figures.some((other) => other.start >= mention.end && other.end <= figure.start)) best = Math.min(best, 2);
    else if (moveVerb.test(context.text.slice(mention.end).replace(/^(?:['’]s|s)?-?(?:Aktien?)?/, ''))) best = Math.min(best, gap.length + 10);
  }
  return best;
}

/**
 * How near a percentage stands to what makes it a stock's move; Infinity when nothing does.
 *
 * @example stockMoveDistance(context('Porsche (+3,40 Prozent auf 81,22 EUR)'), figure) // 2
 */
export function stockMoveDistance(context: SentenceContext, figure: ScannedNumber): number {
  if (!isPercent(figure)) return Infinity;
  if (isQuoteLine(context)) return 0;
  let distance = Math.min(nearestCue(context, [stockCue, pronounCue], figure), nameDistance(context, figure));
  const named = context.mentions.some((mention) => !mention.isFirm && mention.id);
  if (named && verbBefore.test(context.text.slice(Math.max(0, figure.start - 40), figure.start))) distance = Math.min(distance, 50);
  if (pronounBefore.test(context.text.slice(0, figure.start)) && moveAfter.test(context.text.slice(figure.end))) distance = Math.min(distance, 5);
  return distance;
}
