/**
 * Scales, ticks and coordinates for the build-time SVG charts.
 *
 * Environment-neutral and pure. Hand-written rather than d3-scale: a day axis, a linear value
 * axis with "nice" ticks and a polyline are all the charts need, and every coordinate is rounded
 * to one decimal so the SVG is byte-identical between builds.
 */
import type { PriceChart } from './price-series.ts';

/** Size of a chart and the room kept for its axes, in SVG user units. */
export interface ChartFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The frame of the company page charts. */
export const priceChartFrame: ChartFrame = { width: 640, height: 300, top: 16, right: 16, bottom: 32, left: 64 };

const dayNumbers = new Map<string, number>();
const maxRememberedDays = 100_000;

/**
 * Counts days since 1970-01-01 for a `YYYY-MM-DD` day.
 *
 * Remembered per day: the article links compare the days of 10,000 articles many times over, and
 * parsing a date each time was 0.8 s of a build (a corpus has only a few thousand distinct days).
 *
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(day: string): number {
  let number = dayNumbers.get(day);
  if (number === undefined) {
    number = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    // Bounded so that a long-running dev server cannot grow it without end.
    if (dayNumbers.size >= maxRememberedDays) dayNumbers.clear();
    dayNumbers.set(day, number);
  }
  return number;
}

/** Rounds a coordinate to one decimal: enough for a screen, stable in text. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Returns a linear map from `domain` to `range`; a zero-width domain maps to the range's middle.
 *
 * @example createLinearScale([0, 10], [0, 100])(5) // 50
 */
export function createLinearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => roundCoordinate((r0 + r1) / 2);
  return (value) => roundCoordinate(r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/**
 * Returns about `count` round tick values (1, 2 or 5 times a power of ten apart) covering
 * `min`…`max`.
 *
 * @example toNiceTicks(154, 225, 4) // [140, 160, 180, 200, 220, 240]
 */
export function toNiceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    return toNiceTicks(min - pad, max + pad, count);
  }
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const ticks: number[] = [];
  // Multiplying integers by the step avoids the drift of repeated float addition.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * Returns the first days of months between two days, thinned to at most `max` ticks by taking
 * every 2nd, 3rd, 6th or 12th month.
 *
 * @example toMonthTicks('2025-11-20', '2026-01-04', 6) // ['2025-12-01', '2026-01-01']
 */
export function toMonthTicks(first: string, last: string, max: number): string[] {
  const months: number[] = [];
  // Months counted from year 0, so "every 3rd month" lands on January, April, July, October.
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1;
  for (let index = start; index <= end; index++) months.push(index);
  const every = [1, 2, 3, 6, 12, 24, 60].find((step) => Math.ceil(months.length / step) <= max) ?? 120;
  return months
    .filter((index) => index % every === 0)
    .map((index) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`);
}

/** A mark's place and what it stands for. */
export interface PlacedMark<T> {
  x: number;
  y: number;
  point: T;
}

/** The coordinates of one price chart. */
export interface PriceChartLayout {
  frame: ChartFrame;
  /** Vertical grid lines at month starts. */
  xTicks: { x: number; day: string }[];
  /** Horizontal grid lines at round values. */
  yTicks: { y: number; value: number }[];
  /** Per series (same order as the chart): an SVG path through its marks, and the marks. */
  series: { path: string; marks: PlacedMark<PriceChart['series'][number]['points'][number]>[] }[];
}

/**
 * Places every mark of a price chart in `frame`. The day axis spans the charted days (a single
 * day gets two weeks either side); the value axis spans the nice ticks around all values.
 */
export function layoutPriceChart(chart: PriceChart, frame: ChartFrame = priceChartFrame): PriceChartLayout {
  let first = toDayNumber(chart.firstDate);
  let last = toDayNumber(chart.lastDate);
  if (first === last) [first, last] = [first - 14, last + 14];
  // Keep marks off the plot's left and right edges.
  const pad = Math.max(1, Math.round((last - first) * 0.04));
  const x = createLinearScale([first - pad, last + pad], [frame.left, frame.width - frame.right]);
  const values = chart.series.flatMap((series) => series.points.map((point) => point.value));
  const ticks = toNiceTicks(Math.min(...values), Math.max(...values), 5);
  const y = createLinearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [frame.height - frame.bottom, frame.top]);
  const fromDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    frame,
    xTicks: toMonthTicks(fromDay(first - pad), fromDay(last + pad), 6).map((day) => ({ x: x(toDayNumber(day)), day })),
    yTicks: ticks.map((value) => ({ y: y(value), value })),
    series: chart.series.map((series) => {
      const marks = series.points.map((point) => ({ x: x(toDayNumber(point.date)), y: y(point.value), point }));
      return { path: toPath(marks), marks };
    }),
  };
}

/**
 * Draws a sparkline of values over days into a `width` × `height` box (1 unit of padding);
 * empty for fewer than two distinct days. Beyond one point per 4 units of width the points are
 * thinned evenly (`thinPoints`): a company list of 150 rows stayed 118 KB at 10,000 articles.
 *
 * @example toSparklinePath([{ date: '2025-01-01', value: 1 }, { date: '2025-01-03', value: 3 }], 100, 20) // 'M1 19L99 1'
 */
export function toSparklinePath(all: readonly { date: string; value: number }[], width: number, height: number): string {
  const points = thinPoints(all, Math.floor(width / 4));
  if (new Set(points.map((point) => point.date)).size < 2) return '';
  const days = points.map((point) => toDayNumber(point.date));
  const values = points.map((point) => point.value);
  const x = createLinearScale([Math.min(...days), Math.max(...days)], [1, width - 1]);
  const y = createLinearScale([Math.min(...values), Math.max(...values)], [height - 1, 1]);
  return toPath(points.map((point, i) => ({ x: x(days[i] ?? 0), y: y(point.value) })));
}

/**
 * Keeps at most `max` items, spread evenly from the first to the last (both kept); fewer are
 * returned as they are.
 *
 * @example thinPoints([1, 2, 3, 4, 5], 3) // [1, 3, 5]
 */
export function thinPoints<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max || max < 2) return items;
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))] as T);
}

function toPath(marks: readonly { x: number; y: number }[]): string {
  return marks.map((mark, i) => `${i === 0 ? 'M' : 'L'}${mark.x} ${mark.y}`).join('');
}
