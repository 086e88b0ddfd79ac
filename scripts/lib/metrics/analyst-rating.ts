/**
 * Analyst ratings: a label ("Buy", "Overweight", „Moderate Buy“, "Kaufen") printed as a rating,
 * with the counts of recommendations where given ("17 Kaufempfehlungen, 2 Halten, 1 Verkaufen").
 */
import type { Candidate, Extractor } from './types.ts';

// Order matters: compound labels before their last word.
const labels = String.raw`Strong Buy|Moderate Buy|Conviction Buy|Strong Sell|Moderate Sell|Buy|Outperform|Overweight|Accumulate|Add|Hold|Neutral|Equal[- ]?[Ww]eight|Market Perform|Sector Perform|Peer Perform|In[- ]Line|Underweight|Underperform|Reduce|Sell|Kaufen|Halten|Verkaufen|Übergewichten|Untergewichten|Akkumulieren|Reduzieren|Marktgewichten`;
const quoted = new RegExp(String.raw`["„“”'‘’»«](?<label>${labels})["“”'‘’«»]`, 'giu');
const cued = new RegExp(String.raw`(?:\b(?:rating|rated|rates|rate it|recommendation|upgraded|downgraded|upgrades|downgrades|reiterated|reiterates|maintained|maintains|initiated|initiates|assigned|Rating|Einstufung|Votum|Empfehlung|Anlageurteil|hochgestuft|abgestuft|bestätigt|bekräftigt|stuft\w*|Kaufempfehlung)\b[^.;:]{0,40}?\b|\b(?:auf|to|at|with an?|mit|is|bei)\s|:\s|\s[—–-]\s)(?<label>${labels})\b(?!\s(?:or|oder)\b)`, 'gu');
const after = new RegExp(String.raw`\b(?<label>${labels})[- ](?:rating|Rating|Einstufung|Votum|recommendation|Empfehlung)\b`, 'gu');
const countPattern = /(\d+)\s+(?:analysts? (?:rate|say|recommend)\w* )?(?:["„“]?)(Kaufempfehlung\w*|Kaufen|Kauf|Buy\w*|Strong Buy|Outperform|Overweight|Halte\w*|Halten|Hold\w*|Neutral|Verkaufsempfehlung\w*|Verkaufen|Verkauf|Sell\w*|Underweight|Underperform)/g;
const orPair = new RegExp(String.raw`(?:${labels})\s*(?:or|oder|/)\s*(?:${labels})|(?:or|oder)\s+(?:${labels})`, 'iu');

/**
 * analyst_rating: finds rating labels printed as ratings; "Buy or Sell?" promos are not ratings.
 *
 * @example extractAnalystRating(context('Das Rating „Moderate Buy“ (17 Kaufempfehlungen, 2 Halten, 1 Verkaufen)'))
 * // one candidate, label "Moderate Buy", counts { buy: 17, hold: 2, sell: 1 }
 */
export const extractAnalystRating: Extractor = (context) => {
  const candidates: Candidate[] = [];
  if (orPair.test(context.text)) return candidates;
  for (const pattern of [quoted, cued, after]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
      const text = match.groups!['label']!;
      const start = match.index + match[0].lastIndexOf(text);
      // English labels are capitalised when printed as ratings ("upgraded to Buy"), unless quoted.
      if (pattern !== quoted && /^[a-z]/.test(text)) continue;
      if (candidates.some((other) => other.label && start < other.label.end && other.label.start < start + text.length)) continue;
      candidates.push({ figure: null, kind: 'analyst_rating', distance: 0, label: { text, start, end: start + text.length }, ...readCounts(context.text) });
    }
  }
  return candidates;
};

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
