/**
 * Every fact about a metric kind, declared once: how readers see it, how the extractor fills it,
 * where the site shows it. Each list the code uses (signed kinds, chart kinds, chip order…) is
 * derived from this table, and the compiler rejects a kind of `metricKinds` without its facts.
 *
 * Environment-neutral: imported by `scripts/` (the metrics stage) and by the site.
 */
import { metricKinds, type MetricKind } from './schema.ts';

/** How a kind is drawn on a company's price chart. */
export type ChartFacts = {
  /** Place in the legend and in the data table: lower first. */
  order: number;
  /** Shape of its marks. */
  mark: 'circle' | 'square' | 'diamond';
  /** Colour class: one for prices, one for the consensus, six cycling colours for the firms. */
  style: 'price' | 'consensus' | 'firm';
  /** One line per issuing firm rather than one for the kind. */
  perFirm: boolean;
  /** Its legend label; for a kind drawn per firm, the word after the firm's name. */
  legend: string;
};

/** The facts of one kind. */
export type MetricKindFacts = {
  /** Its name for readers ("Price target"). */
  label: string;
  /** The value is a change: shown with its sign ("+6.39 %"), its sign read from the sentence. */
  signed: boolean;
  /** An analyst firm may issue it: the extractor fills `firm` from the sentence. */
  takesFirm: boolean;
  /** It may be for a business segment: the extractor fills `segment` from the sentence. */
  takesSegment: boolean;
  /** How the company page's price chart draws it, or null when it is not charted. */
  chart: ChartFacts | null;
  /** Its column in the company page's analyst table, or null when the table leaves it out. */
  analystColumn: 'target' | 'rating' | null;
  /** Rank among an article's key figures in search results (lower first); null ranks after all others, in contract order. */
  keyRank: number | null;
  /** Rank among a timeline event's figure chips: what analysts and readers look for first. */
  chipRank: number;
};

const notCharted = { chart: null, analystColumn: null } as const;

/** The facts of every kind, in contract order. */
export const metricKindFacts = {
  share_price: { label: 'Share price', signed: false, takesFirm: false, takesSegment: false, chart: { order: 0, mark: 'circle', style: 'price', perFirm: false, legend: 'Share price' }, analystColumn: null, keyRank: 8, chipRank: 2 },
  share_price_change: { label: 'Share price change', signed: true, takesFirm: false, takesSegment: false, ...notCharted, keyRank: 7, chipRank: 3 },
  price_target: { label: 'Price target', signed: false, takesFirm: true, takesSegment: false, chart: { order: 2, mark: 'diamond', style: 'firm', perFirm: true, legend: 'target' }, analystColumn: 'target', keyRank: 0, chipRank: 0 },
  consensus_price_target: { label: 'Consensus price target', signed: false, takesFirm: false, takesSegment: false, chart: { order: 1, mark: 'square', style: 'consensus', perFirm: false, legend: 'Consensus target' }, analystColumn: null, keyRank: 2, chipRank: 1 },
  analyst_rating: { label: 'Analyst rating', signed: false, takesFirm: true, takesSegment: false, chart: null, analystColumn: 'rating', keyRank: 1, chipRank: 14 },
  revenue: { label: 'Revenue', signed: false, takesFirm: false, takesSegment: true, ...notCharted, keyRank: 3, chipRank: 4 },
  revenue_growth: { label: 'Revenue growth', signed: true, takesFirm: false, takesSegment: true, ...notCharted, keyRank: 4, chipRank: 5 },
  net_income: { label: 'Net income', signed: false, takesFirm: false, takesSegment: true, ...notCharted, keyRank: 5, chipRank: 6 },
  net_income_change: { label: 'Net income change', signed: true, takesFirm: false, takesSegment: true, ...notCharted, keyRank: null, chipRank: 7 },
  eps: { label: 'Earnings per share', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: 6, chipRank: 8 },
  free_cash_flow: { label: 'Free cash flow', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 9 },
  capex: { label: 'Capital expenditure', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 10 },
  buyback: { label: 'Share buyback', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 11 },
  dividend: { label: 'Dividend', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 12 },
  market_cap: { label: 'Market capitalisation', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 13 },
  valuation_multiple: { label: 'Valuation multiple', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 15 },
  user_metric: { label: 'Users and other counts', signed: false, takesFirm: false, takesSegment: false, ...notCharted, keyRank: null, chipRank: 16 },
} as const satisfies Record<MetricKind, MetricKindFacts>;

/** A kind the price chart draws. */
export type ChartKind = { [K in MetricKind]: (typeof metricKindFacts)[K]['chart'] extends null ? never : K }[MetricKind];

const facts: Readonly<Record<MetricKind, MetricKindFacts>> = metricKindFacts;
const kindsWhere = (test: (kind: MetricKindFacts) => boolean): ReadonlySet<MetricKind> => new Set(metricKinds.filter((kind) => test(facts[kind])));
const byRank = (rank: (kind: MetricKindFacts) => number | null): readonly MetricKind[] =>
  metricKinds.filter((kind) => rank(facts[kind]) !== null).sort((a, b) => rank(facts[a])! - rank(facts[b])!);

/** Kinds whose value is a change, shown and extracted with a sign. */
export const signedKinds = kindsWhere((kind) => kind.signed);
/** Kinds an analyst firm may issue. */
export const firmKinds = kindsWhere((kind) => kind.takesFirm);
/** Kinds that may be for a business segment. */
export const segmentKinds = kindsWhere((kind) => kind.takesSegment);
/** The kinds a price chart draws, in legend order. */
export const chartKinds = byRank((kind) => kind.chart?.order ?? null) as readonly ChartKind[];
/** Kinds the analyst table shows. */
export const analystKinds = kindsWhere((kind) => kind.analystColumn !== null);

/**
 * The chart facts of a charted kind.
 *
 * @example toChartFacts('share_price').mark // 'circle'
 */
export function toChartFacts(kind: ChartKind): ChartFacts {
  return facts[kind].chart!;
}
