/**
 * The metric series of a company page: every figure of one kind across articles and languages
 * (revenue growth by segment, net income, capex…), with period, segment and source.
 *
 * Environment-neutral and pure. Prices, targets and ratings are left to the chart and the analyst
 * table. Segments and periods are shown as worded: "Cloud-Sparte" and "Cloud Intelligence Group"
 * are not merged, because no rule tells reliably that they are the same segment.
 */
import { metricKinds, type MetricKind } from '../schema.ts';
import { compareFiguresNewestFirst, type Figure } from './figures.ts';
import { analystKinds, chartKinds } from '../metric-kinds.ts';

/** Kinds shown elsewhere on the company page: in the price chart or the analyst table. */
const elsewhere: ReadonlySet<MetricKind> = new Set([...chartKinds, ...analystKinds]);

/** Every figure of one kind. */
export interface MetricSeries {
  kind: MetricKind;
  /** Newest article first, undated last; within an article, in metric order. */
  figures: Figure[];
  /** How many languages report it. */
  languages: number;
}

/** Groups a company's figures (see `collectFigures`) by kind, in the contract's kind order. */
export function toMetricSeries(figures: readonly Figure[]): MetricSeries[] {
  const byKind = new Map<MetricKind, Figure[]>();
  for (const figure of [...figures].sort(compareFiguresNewestFirst)) {
    if (elsewhere.has(figure.metric.kind)) continue;
    byKind.set(figure.metric.kind, [...(byKind.get(figure.metric.kind) ?? []), figure]);
  }
  return metricKinds.flatMap((kind) => {
    const kindFigures = byKind.get(kind);
    if (!kindFigures) return [];
    return [{ kind, figures: kindFigures, languages: new Set(kindFigures.map((figure) => figure.article.lang)).size }];
  });
}
