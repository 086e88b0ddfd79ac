/**
 * Net income, its change and earnings per share: "net income of 48.95 billion yuan",
 * "net profit experienced a sharp 72% decline", "Gewinn je Aktie von 1,20 Euro".
 */
import { createCueExtractor, isAggregate, isPercent, isPerShare, type Cue } from './create-cue-extractor.ts';
import type { Extractor } from './types.ts';

/** Net income words; a loss word makes the amount negative (see `isLossCue`). */
export const netIncomeCue: Cue = {
  pattern: /(?<![\p{L}])(?:net (?:income|profit|earnings|loss)|profits?|earnings(?! per| report| call| season| release)|bottom line|Nettogewinn\w*|Reingewinn\w*|Gewinn(?:e|s|es)?|\p{L}*[üÜ]berschuss\w*|Nettoergebnis\w*|Konzernergebnis\w*|Periodenergebnis\w*|Ergebnis(?:ses)?|Nettoverlust\w*|net losses|earned|verdient\w*|unter dem Strich)(?![\p{L}])/giu,
};

/** Earnings-per-share words. */
export const epsCue: Cue = {
  pattern: /(?<![\p{L}])(?:(?:diluted |adjusted )?earnings per (?:share|ADS)|per-share earnings|EPS|Ergebnis je Aktie|Gewinn je Aktie|Gewinn pro Aktie|Ergebnis pro Aktie)(?![\p{L}])/giu,
};

/** "… or $1.08 per share" after an earnings figure: weaker, since dividends and targets are per share too. */
export const perShareCue: Cue = { pattern: /(?<![\p{L}])(?:per (?:diluted |basic )?(?:share|ADS|ADR)|a (?:diluted )?share|je Aktie|pro Aktie)(?![\p{L}])/giu, penalty: 25 };

/** True for cue words that report a loss. */
export const isLossCue = (text: string): boolean => /loss|verlust/i.test(text);

/** net_income: net income or net profit (a net loss is negative). */
export const extractNetIncome: Extractor = createCueExtractor({
  kind: 'net_income',
  cues: [netIncomeCue],
  accepts: isAggregate,
});

/** net_income_change: change of net income in percent, signed. */
export const extractNetIncomeChange: Extractor = createCueExtractor({
  kind: 'net_income_change',
  cues: [netIncomeCue],
  accepts: isPercent,
});

/** eps: earnings per share, a per-share amount; its change in percent has no kind. */
export const extractEps: Extractor = createCueExtractor({
  kind: 'eps',
  cues: [epsCue, perShareCue],
  accepts: (figure) => isPerShare(figure) && Math.abs(figure.value) < 1000,
  blocks: isPercent,
});
