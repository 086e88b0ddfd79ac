/**
 * Analyst ratings: a label ("Buy", "Overweight", „Moderate Buy“, "Kaufen") printed as a rating,
 * a firm's advice in words ("has a buy recommendation", "rät zum Halten", "Kaufempfehlung"), the
 * old label of a change ("upgraded to Buy from Hold") and the counts of recommendations where
 * given ("17 Kaufempfehlungen, 2 Halten, 1 Verkaufen").
 */
import type { Candidate, Extractor, SentenceContext } from './types.ts';

// Order matters: compound labels before their last word.
const labels = String.raw`Strong Buy|Moderate Buy|Conviction Buy|Speculative Buy|Strong Sell|Moderate Sell|Sector Outperform|Sector Underperform|Buy|Outperform|Overweight|Accumulate|Add|Hold|Neutral|Equal[- ]?[Ww]eight|Market Perform|Sector Perform|Peer Perform|In[- ]Line|Underweight|Underperform|equal[- ]?weight|overweight|underweight|outperform|underperform|(?:market|sector|peer) perform|Reduce|Sell|Kaufen|Halten|Verkaufen|Übergewichten|Untergewichten|Akkumulieren|Reduzieren|Marktgewichten`;
const quoted = new RegExp(String.raw`["„“”'‘’»«](?<label>${labels})["“”'‘’«»]`, 'giu');
const cued = new RegExp(String.raw`(?:\b(?:rating|rated|rates|rate it|recommendation|upgraded|downgraded|upgrades|downgrades|reiterated|reiterates|maintained|maintains|initiated|initiates|assigned|Rating|Einstufung|Votum|Empfehlung|Anlageurteil|hochgestuft|abgestuft|bestätigt|bekräftigt|stuft\w*|Kaufempfehlung)\b[^.;:]{0,40}?\b|\b(?:auf|to|at|with an?|mit|is|bei|from|von)\s|:\s|\|\s*|\s[—–-]\s)(?<label>${labels})\b(?!\s(?:or|oder)\b)`, 'gu');
const after = new RegExp(String.raw`\b(?<label>${labels})(?:[- ](?:rating|Rating|Einstufung|Votum|recommendation|Empfehlung)\b|\s+(?:reiterated|maintained|kept|confirmed|reaffirmed|bestätigt|bekräftigt)\b)`, 'gu');
// "has a buy recommendation", "its buy call": lower-case labels before a rating noun, from a named firm.
const worded = /\b(?:a|an|its|their|his|her|the)\s+(?<label>strong buy|buy|hold|sell|neutral|outperform|underperform|overweight|underweight|equal[- ]?weight|market perform|sector perform)\s+(?:rating|recommendation|call|stance)\b/giu;
// German advice as a noun or a verb phrase, from a named firm: the label's base form.
const advice: Array<{ pattern: RegExp; label: string }> = [
  { pattern: /(?<![\p{L}])(?:Kaufempfehlung|Kaufvotum|Kaufurteil|zum Kauf(?:en)?)(?![\p{L}])/gu, label: 'Kaufen' },
  { pattern: /(?<![\p{L}])(?:Halteempfehlung|Haltevotum|zum Halten)(?![\p{L}])/gu, label: 'Halten' },
  { pattern: /(?<![\p{L}])(?:Verkaufsempfehlung|Verkaufsvotum|zum Verkauf(?:en)?)(?![\p{L}])/gu, label: 'Verkaufen' },
];
const countPattern = /(\d+)\s+(?:analysts? (?:rate|say|recommend)\w* )?(?:["„“]?)(Kaufempfehlung\w*|Kaufen|Kauf|Buy\w*|Strong Buy|Outperform|Overweight|Halte\w*|Halten|Hold\w*|Neutral|Verkaufsempfehlung\w*|Verkaufen|Verkauf|Sell\w*|Underweight|Underperform)/g;
const orPair = new RegExp(String.raw`(?:${labels})\s*(?:or|oder|/)\s*(?:${labels})|(?:or|oder)\s+(?:${labels})`, 'iu');
// The old label of a change: "from "hold"", "von „Neutral“".
const fromBefore = /\b(?:from|von)\s*["„“'‘«»]?$/i;

// Every label and word of advice holds one of these: a sentence without any has no rating.
const ratingWords = /buy|sell|hold|neutral|perform|weight|accumul|add|reduce|line|kauf|halte|gewichten|akkumul|reduzier/i;

// Labels that are never plain words, in any case.
const ratingOnly = /^(?:equal[- ]?weight|overweight|underweight|outperform|underperform|(?:market|sector|peer) perform)$/i;

// Words that make a label an analyst's, where no firm is named.
const analystWords = /nalyst|[Rr]ating|Einstufung|Votum|Empfehlung|[Rr]ecommend|[Cc]onsensus|Konsens|[Bb]roker|upgrade|downgrade|stuft/;

const withdrawn = /\b(?:gestrichen|aufgegeben|zurückgezogen|zurückgenommen|kassiert|withdr[ae]wn?|withdrew|dropped|removed|scrapped|abandoned)\b/i;

type Label = { text: string; start: number; end: number; old: boolean; worded?: boolean };

/**
 * analyst_rating: finds rating labels printed as ratings; "Buy or Sell?" promos are not ratings,
 * and the old label of a change is the new label's `previous`, never a rating of its own.
 *
 * @example extractAnalystRating(context('HSBC upgraded Moderna to "buy" from "hold"'))
 * // one candidate: label "Buy", previous "Hold"
 */
export const extractAnalystRating: Extractor = (context) => {
  if (!ratingWords.test(context.text) || orPair.test(context.text)) return [];
  const found = findLabels(context);
  const current = found.filter((label) => !label.old);
  const counts = readCounts(context.text);
  return current.map((label): Candidate => {
    const old = found.find((other) => other.old && Math.abs(other.start - label.start) < 60);
    return { figure: null, kind: 'analyst_rating', distance: 0, label: { text: toLabel(label.text), start: label.start, end: label.end, ...(old ? { previous: toLabel(old.text) } : {}), ...(label.worded ? { worded: true } : {}) }, ...counts };
  });
};

function findLabels(context: SentenceContext): Label[] {
  const found: Label[] = [];
  const add = (text: string, start: number) => {
    if (found.some((other) => start < other.end && other.start < start + text.length)) return;
    found.push({ text, start, end: start + text.length, old: fromBefore.test(context.text.slice(Math.max(0, start - 12), start)) });
  };
  const fromAnalysts = context.mentions.some((mention) => mention.isFirm) || analystWords.test(context.text);
  for (const pattern of [quoted, cued, after]) {
    // A quoted label from no firm and no analyst is the author's own verdict ("a compelling “buy”").
    if (pattern === quoted && !fromAnalysts) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
      const text = match.groups!['label']!;
      // English labels are capitalised when printed as ratings ("upgraded to Buy"), unless quoted
      // or a word that is nothing but a rating ("launched coverage at equalweight").
      if (pattern !== quoted && /^[a-z]/.test(text) && !ratingOnly.test(text)) continue;
      // "added it to its "Conviction Buy" list" is a list, not a rating.
      if (/^["“”'’»«]?\s*(?:list|Liste)\b|^["“”'’»«]?-Liste/.test(context.text.slice(match.index + match[0].length))) continue;
      add(text, match.index + match[0].lastIndexOf(text));
    }
  }
  // Words of advice count only from a named firm, and only where no label is printed.
  if (found.length > 0 || !context.mentions.some((mention) => mention.isFirm)) return found.sort((a, b) => a.start - b.start);
  worded.lastIndex = 0;
  for (let match = worded.exec(context.text); match; match = worded.exec(context.text)) add(match.groups!['label']!, match.index + match[0].indexOf(match.groups!['label']!));
  for (const label of found) label.worded = true;
  for (const { pattern, label } of advice) {
    if (found.length > 0) break;
    pattern.lastIndex = 0;
    const match = pattern.exec(context.text);
    // "hatte ihre Kaufempfehlung gestrichen": advice withdrawn is no rating.
    if (match && !withdrawn.test(context.text.slice(match.index, match.index + match[0].length + 40))) found.push({ text: label, start: match.index, end: match.index + match[0].length, old: false, worded: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

const ratingClasses: Array<[RegExp, 'buy' | 'hold' | 'sell']> = [
  [/^(?:strong buy|moderate buy|conviction buy|speculative buy|buy|kaufen|accumulate|add|akkumulieren|outperform|overweight|übergewichten|sector outperform)$/i, 'buy'],
  [/^(?:hold|halten|neutral|equal[- ]?weight|market perform|sector perform|peer perform|in[- ]line|marktgewichten)$/i, 'hold'],
  [/^(?:sell|verkaufen|strong sell|moderate sell|reduce|reduzieren|underperform|underweight|untergewichten|sector underperform)$/i, 'sell'],
];

/**
 * Whether a label advises buying, holding or selling; "Kaufen" and "Buy" are one advice.
 *
 * @example toRatingClass('Overweight') // 'buy'
 */
export function toRatingClass(label: string): 'buy' | 'hold' | 'sell' | null {
  return ratingClasses.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

// "outperform" as printed in quotes is the label "Outperform".
function toLabel(text: string): string {
  return /^[a-z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** Reads "17 Kaufempfehlungen, 2 Halten, 1 Verkaufen" or "12 Buy, 5 Hold and 1 Sell". */
export function readCounts(text: string): { counts?: { buy: number; hold: number; sell: number } } {
  const counts = { buy: 0, hold: 0, sell: 0 };
  let found = 0;
  countPattern.lastIndex = 0;
  for (let match = countPattern.exec(text); match; match = countPattern.exec(text)) {
    const word = match[2]!.toLowerCase();
    const key = /verkauf|sell|underweight|underperform/.test(word) ? 'sell' : /halt|hold|neutral/.test(word) ? 'hold' : 'buy';
    counts[key] += Number(match[1]);
    found++;
  }
  return found >= 2 ? { counts } : {};
}
