/**
 * Users, members, downloads and other counts: "over 300 million times", "600 Millionen
 * Downloads", "2,28 Millionen Restricted Share Units", "monthly active users …: 1.41 billion".
 */
import type { Extractor, ScannedNumber } from './types.ts';

// A scaled number followed by a preposition is an amount with its currency left out
// ("53 Milliarden für die KI-Offensive"), not a count.
const notANoun = /^\s*(?:(?:für|for|in|of|von|auf|and|und|to|bis|im|at|the|der|die|das|des|dem|mehr|more|than|als|worth|wert|oder|or|an|am|zu|bei|with|mit|from|aus)(?![\p{L}])|[.,;:!?)|–-]|$)/iu;
// A count noun standing before the figure ("users of Weixin and WeChat: 1.41 billion").
const nounBefore = /\b(?:users|customers|members|subscribers|accounts|downloads|vehicles|deliveries|shipments|employees|Nutzer\w*|Kunden|Mitglieder\w*|Abonnenten|Downloads|Fahrzeuge|Auslieferungen|Mitarbeiter\w*)\b[^.;\d]{0,40}$/i;

/** True when a count figure is followed by the noun it counts, or closes a clause that named it. */
export function isCounted(figure: ScannedNumber, text: string): boolean {
  if (figure.unit !== 'count') return false;
  if (!notANoun.test(text.slice(figure.end))) return true;
  return figure.scaled && /^\s*(?:[.,;)|]|$)/.test(text.slice(figure.end)) && nounBefore.test(text.slice(0, figure.start));
}

// "246 million, versus the 244 million analysts had expected": a bare scaled count compared with a
// counted one counts the same thing.
const comparedCount = /\b(?:versus|vs\.?|against|compared (?:with|to)|than|expected|forecast|estimates?|gegenüber|erwartet\w*)\b/i;

/** user_metric: any count with a noun; the cue is the noun itself, so the distance is small. */
export const extractUserMetric: Extractor = (context) => {
  const counted = context.figures.map((figure) => isCounted(figure, context.text));
  return context.figures.flatMap((figure, index) => {
    const earlier = counted.slice(0, index).lastIndexOf(true);
    const echoed = !counted[index] && figure.unit === 'count' && figure.scaled && earlier >= 0 && comparedCount.test(context.text.slice(context.figures[earlier]!.end, figure.start));
    return counted[index] || echoed ? [{ figure: index, kind: 'user_metric' as const, distance: echoed ? 15 : 5 }] : [];
  });
};
