/**
 * Where the money goes: free cash flow, capital expenditure, buybacks and dividends.
 * "free cash flow (to RMB3.74 billion)", "53 Milliarden US-Dollar … zu investieren",
 * "repurchased US$11.9 billion of shares", "a US$4.6 billion dividend".
 */
import { createCueExtractor, isAggregate, isCurrency, type Cue } from './create-cue-extractor.ts';
import type { Extractor, ScannedNumber } from './types.ts';

/** Free cash flow words. */
export const freeCashFlowCue: Cue = {
  pattern: /(?<![\p{L}])(?:free cash[- ]?flows?|FCF|freie[nrs]? Cash-?[Ff]low\w*|Free[- ]Cash[- ]?[Ff]low\w*|freier Mittelzufluss)(?![\p{L}])/giu,
};

/** Investment words: capex, "earmarked for", "zu investieren". */
export const capexCue: Cue = {
  pattern: /(?<![\p{L}])(?:capex|capital expenditures?|capital spending|capital investments?|invest|invests|invested|investing|investments?|Investitionen|Investition|Investitionsbudget\w*|Investitionsprogramm\w*|Investitionsoffensive|Investitionsvolumen|investier\w*|earmarked|pledged|spend|spends|spending|ausgeben|Ausgaben|stecken)(?![\p{L}])/giu,
};

/** Buyback words. */
export const buybackCue: Cue = {
  pattern: /(?<![\p{L}])(?:buy-?backs?|share repurchases?|stock repurchases?|repurchase[ds]?|repurchasing|bought back|Aktienrückk(?:a|ä)uf\w*|Rückkauf\w*|Rückkäufe\w*|zurückkaufen|zurückgekauft|zurückzukaufen)(?![\p{L}])/giu,
};

/** Dividend words. */
export const dividendCue: Cue = {
  pattern: /(?<![\p{L}])(?:dividends?|\p{L}*[dD]ividende\w*|Ausschüttung\w*|payouts?)(?![\p{L}])/giu,
};

// Percent figures near these words are ratios or changes the contract has no kind for.
const anyPercent = (figure: ScannedNumber): boolean => figure.unit === '%' || figure.unit === 'pp';

/** free_cash_flow: an amount of free cash flow. */
export const extractFreeCashFlow: Extractor = createCueExtractor({ kind: 'free_cash_flow', cues: [freeCashFlowCue], accepts: isAggregate, blocks: anyPercent });

/** capex: announced or spent investment. */
export const extractCapex: Extractor = createCueExtractor({ kind: 'capex', cues: [capexCue], accepts: isAggregate, blocks: anyPercent });

/** buyback: share repurchases. */
export const extractBuyback: Extractor = createCueExtractor({ kind: 'buyback', cues: [buybackCue], accepts: isAggregate, blocks: anyPercent });

/** dividend: a dividend paid or approved (total or per share). */
export const extractDividend: Extractor = createCueExtractor({ kind: 'dividend', cues: [dividendCue], accepts: isCurrency, blocks: anyPercent });
