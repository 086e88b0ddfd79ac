/**
 * Users, members, downloads and other counts: "over 300 million times", "600 Millionen
 * Downloads", "2,28 Millionen Restricted Share Units", "monthly active users …: 1.41 billion".
 */
import type { Extractor, ScannedNumber } from './types.ts';

// A scaled number followed by a preposition is an amount with its currency left out
// ("53 Milliarden für die KI-Offensive"), not a count.
const notANoun = /^\s*(?:(?:für|for|in|of|von|auf|and|und|to|bis|im|at|the|der|die|das|des|dem|mehr|more|than|als|worth|wert|oder|or|an|am|zu|bei|with|mit|from|aus)(?![\p{L}])|[.,;:!?)|–-]|$)/iu;
// A count noun standing before the figure ("users of Weixin and WeChat: 1.41 billion").
// Singular heads of a compound count too ("Subscriber additions:", "vehicle delivery guidance:").
const nounBefore = /\b(?:users?|customers?|members?|subscribers?|subscriber additions|net (?:adds|additions|change)|accounts|downloads|vehicles?|deliver(?:y|ies)|shipments|employees|Nutzer\w*|Kunden|Mitglieder\w*|Abonnenten|Downloads|Fahrzeuge|Auslieferungen|Mitarbeiter\w*)\b[^.;\d]{0,40}$/i;

/** True when a count figure is followed by the noun it counts, or closes a clause that named it. */
export function isCounted(figure: ScannedNumber, text: string): boolean {
  if (figure.unit !== 'count' && figure.unit !== null) return false;
  if (figure.unit === 'count' && !notANoun.test(text.slice(figure.end))) return true;
  // "Subscriber additions: 7 million", "delivery guidance: 113,000 to 118,000": a count after its noun.
  return (figure.scaled || isWholeCount(figure)) && /^\s*(?:[.,;)|]|to\b|bis\b|in total\b|insgesamt\b|$)/i.test(text.slice(figure.end, figure.end + 12)) && nounBefore.test(text.slice(Math.max(0, figure.start - 80), figure.start));
}

// A bare whole number of thousands that is no year ("113,000", not "2024").
function isWholeCount(figure: ScannedNumber): boolean {
  return Number.isInteger(figure.value) && Math.abs(figure.value) >= 1000 && !(figure.value >= 1900 && figure.value <= 2100);
}

// "246 million, versus the 244 million analysts had expected": a bare scaled count compared with a
// counted one counts the same thing.
const comparedCount = /\b(?:versus|vs\.?|against|compared (?:with|to)|than|expected|forecast|estimates?|gegenüber|erwartet\w*)\b/i;

/** user_metric: any count with a noun; the cue is the noun itself, so the distance is small. */
// "expected 4.8 million, made up of 600,000 in the US and 4.2 million abroad": the parts of a counted total.
const partsOf = /\b(?:made up of|split (?:into|between)|consisting of|of which|including|davon|aufgeteilt in)\b/i;

export const extractUserMetric: Extractor = (context) => {
  const counted = context.figures.map((figure) => isCounted(figure, context.text));
  const parted = counted.includes(true) && partsOf.test(context.text);
  return context.figures.flatMap((figure, index) => {
    const earlier = counted.slice(0, index).lastIndexOf(true);
    const compared = figure.unit === 'count' && figure.scaled && earlier >= 0 && comparedCount.test(context.text.slice(context.figures[earlier]!.end, figure.start));
    // The high end of a counted range counts the same thing.
    const rangeEnd = counted[index - 1] === true && (figure.range === 'high' || /^\s*(?:to|bis|-|–)\s*$/.test(context.text.slice(context.figures[index - 1]!.end, figure.start)));
    const part = parted && (figure.unit === 'count' || figure.unit === null) && (figure.scaled || (isWholeCount(figure) && figure.value >= 10000));
    const echoed = !counted[index] && (compared || rangeEnd || part);
    return counted[index] || echoed ? [{ figure: index, kind: 'user_metric' as const, distance: echoed ? 15 : 5 }] : [];
  });
};
