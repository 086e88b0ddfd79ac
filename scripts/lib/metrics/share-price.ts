/**
 * Share prices and share price changes: "closed at $155.74", "schloss bei 155,74 US-Dollar",
 * "shares soaring more than 11%", "Die Aktie verliert 1,3 bis 2,5 Prozent".
 */
import { isPercent, isPerShare, nearestCue, type Cue } from './create-cue-extractor.ts';
import { consensusCue, targetCue } from './price-target.ts';
import type { Candidate, Extractor, ScannedNumber, SentenceContext } from './types.ts';

/** Words for the stock itself ("per share" and "je Aktie" are units, not the stock). */
export const stockCue: Cue = {
  pattern: /(?<![\p{L}])(?<!per |je |pro |a )(?:shares?|stocks?|ADRs?|share price|stock price|Aktien?|Aktienkurs\w*|Anteilsscheine?|Papiere?s?|Titel|Valoren|Kurs|Kursminus|Kursplus|Kursgewinne?|trading|traded|52-week change|\d+-(?:week|month) change|Börsenkurs|Notierung|Veränderung zum Vortag|Tagesveränderung|Kursveränderung|change on the day|daily change|closed|ended|finished|schloss|notierte)(?![\p{L}])/giu,
  penalty: 10,
};

/** "They fell 2.8% to HK$98.35": a pronoun opening the sentence after one about the shares. */
export const pronounCue: Cue = { pattern: /^(?:They|It|Sie|Es)(?= (?:fell|rose|closed|ended|gained|lost|slid|jumped|climbed|dropped|traded|were|was|stiegen|fielen|schlossen|verloren|gewannen|notierten|legten|gaben))/gu, penalty: 10 };

/** Phrases that quote a traded level (close, open, intraday or 52-week high/low). */
export const levelCue: Cue = {
  pattern: /\b(?:trading|trades?|traded|changing hands|quoted|closed|closing|ended|finished|opened|settled|stood)\b[^.;\d]{0,20}?\b(?:at|around|near|on)\b|\b(?:as (?:low|high) as|touching|touched|ranged? from|range of)\b|\bclose of\b|\bclosing price\b|\b(?:high|low|peak)s? (?:of|at)\b|\bpriced at\b|\bschloss\b(?: \w+)? (?:bei|mit)|\bnotiert\w*(?: \w+)? (?:bei|mit|um)|\bSchlusskurs\w*|\bKurs von\b|\bLetzter Kurs\b|\bSpanne\b|\bHandelsspanne\b|\bbewegt sich\b|\b(?:Tages|Jahres|Rekord|Allzeit|Verlaufs|Zwischen)(?:hoch|tief)\w*|\b52-(?:Wochen|week)[- ](?:Hoch|Tief|high|low)|\bkostet\w*|\bzuletzt\b|\b(?:höchste[nr]?|tiefste[nr]?|niedrigste[nr]?) (?:Stand|Kurs|Wert|Niveau)\b|\bbis auf\b|\b(?:Er)?[öÖ]ffn\w*|\bEröffnungskurs\b|\b(?:stock|share) price of\b|\bAktienkurs von\b/giu,
};

/** A move verb; it moves the stock only right after a company's name ("Alibaba Surges 11%"). */
const moveVerb = /^\s*(?:shares?\s+|Aktien?\s+)?(?:surg\w*|soar\w*|jump\w*|slump\w*|tumbl\w*|plung\w*|rall\w*|sank|slid|sink\w*|climb\w*|rose|fell|gain\w*|lost|loses|verlier\w*|verlor|legt\w*|steig\w*|stieg|gestiegen|fiel|fällt|bricht|brach|sackt\w*|springt|sprang|zieh\w*|zog\w*|klettert\w*|gewann\w*|gewinnt|rutscht\w*|up|down)\b/iu;

// "shares rose 4% to a record $270.37", "legte um 5,8 Prozent auf 1.842 Euro zu".
const afterMove = /^\s*(?:[^,.;]{0,30}\s)?(?:to|auf|at|bei)\s+(?:a |an |ein |einen )?(?:[\p{L}-]+ )?(?:von |of )?$/iu;

function hasTargetWords(context: SentenceContext): boolean {
  return context.find(targetCue.pattern).length > 0 || context.find(consensusCue.pattern).length > 0;
}

function moveDistance(context: SentenceContext, figure: ScannedNumber): number {
  let best = Infinity;
  for (const mention of context.mentions) {
    if (mention.isFirm || mention.end > figure.start || !moveVerb.test(context.text.slice(mention.end).replace(/^(?:['’]s|s)?-?(?:Aktien?)?/, ''))) continue;
    best = Math.min(best, figure.start - mention.end);
  }
  return best;
}

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
    if (move && isPercent(move) && afterMove.test(context.text.slice(move.end, figure.start).replace(/^\s*,\s*(?:or|oder)\s+\S+,/, '')) && stock < Infinity) distance = Math.min(distance, 1);
    // A bare stock word only counts close by, and not where targets are discussed.
    if (stock <= 25 && !hasTargetWords(context)) distance = Math.min(distance, stock);
    if (isQuoteLine(context)) distance = 0;
    if (distance < Infinity && figure.value !== 0) candidates.push({ figure: index, kind: 'share_price', distance });
  });
  return candidates;
};

// "Nvidia … has climbed more than 165% this year": a move verb right before the percentage, in a
// sentence that names a company, is the stock's move where no other word names the figure.
const verbBefore = /\b(?:climb|rose|rise|risen|jump|soar|surg|rall|gain|fell|fall|fallen|drop|slump|tumbl|plung|sank|slid|lost|shed|eingebrochen|gefallen|gestiegen|zugelegt|verloren|nachgegeben)\w*\s+(?:by\s+|um\s+)?(?:more than |about |nearly |almost |roughly |over |around |some |mehr als |fast |knapp |rund |etwa |über )?$/i;
// "Am Donnerstag waren sie … um mehr als 4 Prozent eingebrochen": "sie" with a move verb is the stock.
const pronounMove = /(?<![\p{L}])(?:sie|they)(?![\p{L}])[^.;]*\b(?:eingebrochen|gefallen|gestiegen|zugelegt|verloren|nachgegeben|gesackt|geklettert|fell|rose|dropped|jumped|climbed|slid|gained|lost)\b/iu;

/** True when a sentence is a quote line: a price and its change, maybe a name and pipes ("193.90 HKD +7.60%"). */
function isQuoteLine(context: SentenceContext): boolean {
  const money = context.figures.filter((figure) => isPerShare(figure));
  if (money.length !== 1 || !context.figures.some((figure) => isPercent(figure) && figure.signed)) return false;
  let rest = context.text;
  for (const figure of [...context.figures].reverse()) rest = rest.slice(0, figure.start) + rest.slice(figure.end);
  return /^[\s|·•:–-]*(?:[\p{Lu}][\p{L}&.-]*\s*)*[\s|·•:–-]*$/u.test(rest);
}

/** share_price_change: a move of the stock in percent. */
export const extractSharePriceChange: Extractor = (context) => {
  const candidates: Candidate[] = [];
  const quoteLine = isQuoteLine(context);
  const named = context.mentions.some((mention) => !mention.isFirm && mention.id);
  const pronoun = pronounMove.test(context.text);
  context.figures.forEach((figure, index) => {
    if (!isPercent(figure)) return;
    let distance = Math.min(nearestCue(context, [stockCue, pronounCue], figure), moveDistance(context, figure) + 10);
    if (quoteLine) distance = 0;
    if (named && verbBefore.test(context.text.slice(Math.max(0, figure.start - 40), figure.start))) distance = Math.min(distance, 20);
    if (pronoun) distance = Math.min(distance, 25);
    if (distance < Infinity) candidates.push({ figure: index, kind: 'share_price_change', distance });
  });
  return candidates;
};
