/**
 * Market capitalisation and valuation multiples: "a market value of $420 billion",
 * "trading at 13x trailing earnings", "KGV von 18,5".
 */
import { createCueExtractor, isAggregate, type Cue } from './create-cue-extractor.ts';
import type { Extractor } from './types.ts';

/** Market capitalisation words. */
export const marketCapCue: Cue = {
  pattern: /(?<![\p{L}])(?:market (?:cap|capitalization|capitalisation|value|valuation)|valued at|valuation of|Marktkapitalisierung|Börsenwert\w*|Börsewert\w*|Marktwert\w*|an der Börse|Börsenbewertung|valuing (?:the company|the group|it) at|bewertet (?:das Unternehmen|den Konzern) mit)(?![\p{L}])/giu,
};

/** "… 187 Mrd. Euro wert": the German adjective after the amount (lower-case, so not "im Wert von"). */
export const worthCue: Cue = { pattern: /(?<![\p{L}])wert(?![\p{L}])/gu };

/** market_cap: the market value of the company; a scaled amount. */
export const extractMarketCap: Extractor = createCueExtractor({
  kind: 'market_cap',
  cues: [marketCapCue, worthCue],
  accepts: (figure, context) => isAggregate(figure, context) && (figure.scaled || Math.abs(figure.value) >= 1e6),
});

/** valuation_multiple: any multiple ("13x", "13-fach", "KGV von 13") belongs here. */
export const extractValuationMultiple: Extractor = (context) =>
  context.figures.flatMap((figure, index) => (figure.unit === 'x' ? [{ figure: index, kind: 'valuation_multiple' as const, distance: 0 }] : []));
