/**
 * Price targets of one firm and the consensus of analysts: "Citigroup has raised its price target
 * for Alibaba to $225", "Der Konsens liegt bei etwa 194 US-Dollar".
 */
import { extremeTarget } from './block-phrases.ts';
import { createCueExtractor, isPercent, isPerShare, type Cue } from './create-cue-extractor.ts';
import type { Extractor, ScannedNumber, SentenceContext } from './types.ts';

/** Target words; "target" alone only reaches unscaled per-share amounts. */
export const targetCue: Cue = {
  pattern: /(?<![\p{L}])(?:price targets?|target prices?|price objective|PT|Kursziel\w*|Kurszielen|Preisziel\w*|Zielkurs\w*|Ziel|[Tt]argets?|Kursziel-Konsens|fair value|fairen Wert|fairer Wert|trau\w*|zutrauen)(?![\p{L}])/gu,
};

/** Words that make a target the average of many analysts. */
export const consensusCue: Cue = {
  pattern: /(?<![\p{L}])(?:consensus|average|mean|median|Konsens\w*|durchschnittlich\w*|Durchschnitt\w*|im Schnitt|im Mittel|Analystenkonsens|Mittelwert|mittler(?:e[snr]?)?)(?![\p{L}])/giu,
};

/** The head of an analyst table row ("- Deutsche Bank: „Buy“ – 200,00 Euro"): its amount is the firm's target. */
export const analystRowCue: Cue = {
  pattern: /^\s*(?:[-•*–]\s*)?[\p{Lu}][^:|—–\d]{1,40}(?::|\||—|–)\s*["„“'‘«»]?(?:Strong Buy|Buy|Outperform|Overweight|Accumulate|Add|Hold|Neutral|Equal[- ]?[Ww]eight|Market Perform|Sector Perform|Underweight|Underperform|Reduce|Sell|Kaufen|Halten|Verkaufen|Übergewichten|Untergewichten)["“”'’»«]?/gu,
  penalty: 5,
};

/** True when a consensus word is nearer to the figure than any firm named before it. */
export function isConsensus(figure: ScannedNumber, context: SentenceContext): boolean {
  const before = context.find(consensusCue.pattern).filter((cue) => cue.end <= figure.start).at(-1);
  const consensus = before ? figure.start - before.end : Infinity;
  if (consensus > 80) return false;
  // "Der Mittelwert … liegt bei 40,41 Euro, das höchste Ziel von 46 Euro": the top one, not the mean.
  if (context.find(extremeTarget).some((cue) => cue.start > before!.end && cue.end <= figure.start)) return false;
  const firm = context.mentions.filter((mention) => mention.isFirm && mention.end <= figure.start).at(-1);
  return !firm || figure.start - firm.end > consensus;
}

/** price_target: one firm's target; percent figures near a target (implied upside) are blocked. */
export const extractPriceTarget: Extractor = createCueExtractor({
  kind: 'price_target',
  cues: [targetCue, analystRowCue],
  accepts: (figure, context) => isPerShare(figure) && figure.value !== 0 && !isConsensus(figure, context),
  blocks: isPercent,
});

/** consensus_price_target: the average or consensus target of analysts. */
// A consensus word alone ("Der Konsens liegt bei 194 US-Dollar") names a target only where no
// nearer word names another figure ("versus a consensus estimate of $1.51" is an EPS estimate).
export const extractConsensusPriceTarget: Extractor = createCueExtractor({
  kind: 'consensus_price_target',
  cues: [targetCue, { ...consensusCue, penalty: 40 }],
  accepts: (figure, context) => isPerShare(figure) && isConsensus(figure, context),
});
