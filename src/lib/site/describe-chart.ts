/**
 * The words of a price chart: its accessible title and description, and its legend labels.
 *
 * Environment-neutral and pure; every number goes through the shared formatter.
 */
import { formatDay, formatMetricValue } from '../format.ts';
import { toChartFacts } from '../metric-kinds.ts';
import type { ChartSeries, PriceChart } from './price-series.ts';

/**
 * Names a series for the legend.
 *
 * @example toSeriesLabel({ kind: 'price_target', firm: 'Citigroup' }) // 'Citigroup target'
 */
export function toSeriesLabel(series: Pick<ChartSeries, 'kind' | 'firm'>): string {
  const { perFirm, legend } = toChartFacts(series.kind);
  if (!perFirm) return legend;
  return series.firm === null ? `${legend[0]!.toUpperCase()}${legend.slice(1)} (firm not named)` : `${series.firm} ${legend}`;
}

/**
 * Titles a chart for screen readers and the figure caption.
 *
 * @example toChartTitle('Alibaba Group', chart) // 'Alibaba Group: share prices and price targets in USD'
 */
export function toChartTitle(companyName: string, chart: Pick<PriceChart, 'currency'>): string {
  return `${companyName}: share prices and price targets in ${chart.currency}`;
}

/**
 * Describes a chart in a few sentences: the period, then per series its number of marks, range
 * and latest value, so a reader without the picture learns what it shows.
 */
export function toChartDescription(chart: PriceChart): string {
  const period = chart.firstDate === chart.lastDate ? `on ${formatDay(chart.firstDate)}` : `from ${formatDay(chart.firstDate)} to ${formatDay(chart.lastDate)}`;
  const parts = chart.series.map((series) => {
    const values = series.points.map((point) => point.value);
    const latest = series.points.at(-1);
    const format = (value: number) => formatMetricValue({ kind: series.kind, value, unit: chart.currency });
    const min = Math.min(...values);
    const max = Math.max(...values);
    const range = min === max ? format(min) : `${format(min)} to ${format(max)}`;
    const latestText = latest && series.points.length > 1 ? `, latest ${format(latest.value)} on ${formatDay(latest.date)}` : '';
    return `${toSeriesLabel(series)}: ${series.points.length === 1 ? '' : `${series.points.length} values, `}${range}${latestText}.`;
  });
  return [`Figures reported ${period}.`, ...parts].join(' ');
}
