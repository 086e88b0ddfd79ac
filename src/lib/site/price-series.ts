/**
 * The data behind a company's price chart: share prices, price targets by firm and consensus
 * targets, one chart per currency.
 *
 * Environment-neutral and pure. Currency decision: values in different currencies never share an
 * axis (a HK$ price next to a US$ ADR price would mislead). Each currency gets its own chart, the
 * one with the most figures first; figures in other units (percentages) are not prices and stay
 * out. Undated figures cannot be placed in time: they are returned apart for the data table.
 */
import { toNameKey } from '../companies.ts';
import type { Metric } from '../schema.ts';
import { compareText } from '../compare.ts';
import { compareFiguresNewestFirst, type Figure } from './figures.ts';
import { chartKinds, toChartFacts, type ChartKind } from '../metric-kinds.ts';


/** One mark: a value on a day, and every figure that reports it. */
export interface ChartPoint {
  /** Publication day of the reporting article(s). */
  date: string;
  /** The value, in the chart's currency. */
  value: number;
  /** The figures stating this value on this day, first one linked from the mark. */
  figures: [Figure, ...Figure[]];
}

/** A line of marks of one kind (and one firm for targets), oldest first. */
export interface ChartSeries {
  /** Stable key: the kind, plus the firm's name key for targets. */
  key: string;
  kind: ChartKind;
  /** The firm as printed, for targets; null for prices, consensus and unnamed firms. */
  firm: string | null;
  points: ChartPoint[];
}

/** The chart of one currency. */
export interface PriceChart {
  /** ISO 4217 code of every value in it. */
  currency: string;
  /** Share price first, then consensus, then firms by name. */
  series: ChartSeries[];
  /** Number of figures in it. */
  count: number;
  /** First and last day charted. */
  firstDate: string;
  lastDate: string;
}

/** The charts of a company and the chart figures that have no day. */
export interface PriceCharts {
  /** One per currency, the dominant (most figures) first. */
  charts: PriceChart[];
  /** Price and target figures from undated articles, newest article order. */
  undated: Figure[];
}

// Units that are not money: shares of a whole, multiples, counts.
const nonCurrencyUnits: ReadonlySet<string> = new Set(['%', 'x', 'count']);

/** Tells whether a figure belongs in a price chart: a chart kind with a value in a currency. */
export function isChartFigure(figure: Figure): figure is Figure & { metric: Metric & { kind: ChartKind; value: number; unit: string } } {
  const { kind, value, unit } = figure.metric;
  return (chartKinds as readonly string[]).includes(kind) && typeof value === 'number' && unit !== null && !nonCurrencyUnits.has(unit);
}

/**
 * Builds one chart per currency from a company's figures (see `collectFigures`). The same value
 * of the same series on the same day (an English and a German report) is one mark listing both.
 */
export function toPriceCharts(figures: readonly Figure[]): PriceCharts {
  const chartFigures = figures.filter(isChartFigure);
  const undated = chartFigures.filter((figure) => figure.article.date === null).sort(compareFiguresNewestFirst);
  const byCurrency = new Map<string, Map<string, ChartSeries>>();
  for (const figure of [...chartFigures].sort(compareFiguresNewestFirst).reverse()) {
    const date = figure.article.date;
    if (date === null) continue;
    const { unit, kind, firm, value } = figure.metric;
    const seriesMap = byCurrency.get(unit) ?? new Map<string, ChartSeries>();
    byCurrency.set(unit, seriesMap);
    const { perFirm } = toChartFacts(kind);
    const firmKey = perFirm && firm !== null ? toNameKey(firm) : '';
    const key = firmKey === '' ? kind : `${kind}:${firmKey}`;
    const series = seriesMap.get(key) ?? { key, kind, firm: perFirm ? firm : null, points: [] };
    seriesMap.set(key, series);
    const same = series.points.find((point) => point.date === date && point.value === value);
    if (same) same.figures.push(figure);
    else series.points.push({ date, value, figures: [figure] });
  }
  const charts = [...byCurrency].map(([currency, seriesMap]) => toChart(currency, [...seriesMap.values()]));
  charts.sort((a, b) => b.count - a.count || compareText(a.currency, b.currency));
  return { charts, undated };
}

function toChart(currency: string, series: ChartSeries[]): PriceChart {
  const order = (s: ChartSeries) => toChartFacts(s.kind).order;
  series.sort((a, b) => order(a) - order(b) || compareText(a.key, b.key));
  for (const line of series) line.points.sort((a, b) => compareText(a.date, b.date) || a.value - b.value);
  const dates = series.flatMap((line) => line.points.map((point) => point.date)).sort(compareText);
  const count = series.reduce((sum, line) => sum + line.points.reduce((n, point) => n + point.figures.length, 0), 0);
  return { currency, series, count, firstDate: dates[0] ?? '', lastDate: dates.at(-1) ?? '' };
}

/**
 * Keeps a chart's latest marks: every point on or after the day of the `max`-th newest one (a day
 * is never cut in half), so a company with thousands of figures still gets a light, readable
 * chart. Series left without points are dropped, `firstDate` and `count` follow; a chart within
 * the bound is returned as it is.
 *
 * @example limitChartPoints(chart, 120).firstDate // the day the shown period starts
 */
export function limitChartPoints(chart: PriceChart, max: number): PriceChart {
  const days = chart.series.flatMap((line) => line.points.map((point) => point.date)).sort(compareText);
  const from = days[days.length - max];
  if (from === undefined || days.length <= max) return chart;
  const series = chart.series.map((line) => ({ ...line, points: line.points.filter((point) => point.date >= from) })).filter((line) => line.points.length > 0);
  const count = series.reduce((sum, line) => sum + line.points.reduce((n, point) => n + point.figures.length, 0), 0);
  return { ...chart, series, count, firstDate: from };
}

/** One row of a chart's data table. */
export interface ChartRow {
  /** Null for an undated figure. */
  date: string | null;
  kind: ChartKind;
  firm: string | null;
  value: number;
  currency: string;
  /** Every figure reporting it; each is a source link. */
  figures: Figure[];
}

/**
 * Lists the rows of the data table beside the charts: every mark, newest first (share price,
 * consensus, then firms within a day), then the undated figures.
 */
export function listChartRows(result: PriceCharts): ChartRow[] {
  const rows: ChartRow[] = result.charts.flatMap((chart) =>
    chart.series.flatMap((series) =>
      series.points.map((point) => ({ date: point.date, kind: series.kind, firm: series.firm, value: point.value, currency: chart.currency, figures: point.figures })),
    ),
  );
  rows.sort((a, b) => compareText(b.date ?? '', a.date ?? '') || toChartFacts(a.kind).order - toChartFacts(b.kind).order || compareText(a.firm ?? '', b.firm ?? '') || a.value - b.value);
  for (const figure of result.undated) {
    if (!isChartFigure(figure)) continue;
    const { kind, firm, value, unit } = figure.metric;
    rows.push({ date: null, kind, firm, value, currency: unit, figures: [figure] });
  }
  return rows;
}

/**
 * Returns the share prices of the currency with the most of them, oldest first (for a sparkline
 * and the latest price); null when no dated share price exists.
 */
export function pickSharePrices(result: PriceCharts): { currency: string; points: ChartPoint[] } | null {
  let best: { currency: string; points: ChartPoint[] } | null = null;
  for (const chart of result.charts) {
    const prices = chart.series.find((series) => series.kind === 'share_price');
    if (prices && prices.points.length > (best?.points.length ?? 0)) best = { currency: chart.currency, points: prices.points };
  }
  return best;
}
