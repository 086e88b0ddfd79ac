/**
 * Revenue and revenue growth, of the company or a named segment: "Revenue climbed 8% … to
 * 280.15 billion yuan", "Die Cloud-Sparte wächst mit 34,5 Prozent".
 */
import { createCueExtractor, isAggregate, isPercent, type Cue } from './create-cue-extractor.ts';
import type { Extractor } from './types.ts';

/** Revenue words. */
export const revenueCue: Cue = {
  pattern: /(?<![\p{L}])(?:revenues?|sales|turnover|top[- ]line|Umsatz\w*|Umsätze\w*|\w+umsatz\w*|Erlös\w*|\w+erlöse?|Erträge|umgesetzt|umsetzte)(?![\p{L}])/giu,
};

/** Growth words without the word revenue ("Local Services Group grew 10%"): weaker. */
export const growthCue: Cue = {
  pattern: /(?<![\p{L}])(?:grew|grow|grows|growing|growth|wächst|wuchs|gewachsen|Wachstum\w*|expanded)(?![\p{L}])/giu,
  penalty: 15,
};

/** revenue: an amount of revenue. */
export const extractRevenue: Extractor = createCueExtractor({
  kind: 'revenue',
  cues: [revenueCue, { ...growthCue, penalty: 30 }],
  accepts: isAggregate,
});

/** revenue_growth: growth of revenue in percent, signed. */
export const extractRevenueGrowth: Extractor = createCueExtractor({
  kind: 'revenue_growth',
  cues: [revenueCue, growthCue],
  accepts: isPercent,
});
