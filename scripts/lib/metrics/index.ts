/**
 * The extractor registry: one extractor per metric kind, keyed by `metricKinds`, so adding a kind
 * means adding a file and one line here (and the compiler insists on the line).
 *
 * Files group close kinds: `price-target.ts` holds `price_target` and `consensus_price_target`.
 */
import type { MetricKind } from '../../../src/lib/schema.ts';
import { extractAnalystRating } from './analyst-rating.ts';
import { blockFigures } from './block-figures.ts';
import { blockPhrases } from './block-phrases.ts';
import { extractBuyback, extractCapex, extractDividend, extractFreeCashFlow } from './capital.ts';
import { extractEps, extractNetIncome, extractNetIncomeChange } from './net-income.ts';
import { extractConsensusPriceTarget, extractPriceTarget } from './price-target.ts';
import { extractRevenue, extractRevenueGrowth } from './revenue.ts';
import { extractSharePrice, extractSharePriceChange } from './share-price.ts';
import type { Extractor } from './types.ts';
import { extractUserMetric } from './user-metric.ts';
import { extractMarketCap, extractValuationMultiple } from './valuation.ts';

/** kind → extractor, in the order of `metricKinds` (ties between kinds go to the earlier one). */
export const extractors: Readonly<Record<MetricKind, Extractor>> = {
  share_price: extractSharePrice,
  share_price_change: extractSharePriceChange,
  price_target: extractPriceTarget,
  consensus_price_target: extractConsensusPriceTarget,
  analyst_rating: extractAnalystRating,
  revenue: extractRevenue,
  revenue_growth: extractRevenueGrowth,
  net_income: extractNetIncome,
  net_income_change: extractNetIncomeChange,
  eps: extractEps,
  free_cash_flow: extractFreeCashFlow,
  capex: extractCapex,
  buyback: extractBuyback,
  dividend: extractDividend,
  market_cap: extractMarketCap,
  valuation_multiple: extractValuationMultiple,
  user_metric: extractUserMetric,
};

/** Extractors of figures that fit no kind; they run first so they win ties. */
export const blockers: readonly Extractor[] = [...blockFigures, ...blockPhrases];
