/**
 * A sentence that names no kind for a figure but repeats the shape of the sentence before speaks
 * of the same kinds: "Am Markt werden 4,24 Milliarden Euro Umsatz und 357 Millionen Euro EBIT
 * erwartet. Die Analysten der DZ Bank kalkulieren mit 4,26 Milliarden Euro beziehungsweise 362
 * Millionen Euro." A percentage that only says "Plus" after an amount is that amount's growth
 * ("… auf 1.231,20 Mio. EUR. Das entspricht einem Plus von 15,98 Prozent").
 */
import type { MetricKind } from '../../../src/lib/schema.ts';
import type { ScannedNumber } from './types.ts';

/** What a sentence told of one figure: its unit and kind (null: a figure of no kind); `age` 0 is the sentence just before. */
export type EchoKind = { unit: string | null; kind: MetricKind | null; age?: number };

// How many sentences back a unit's kind still speaks.
const reach = 2;

/**
 * The echo the next sentence reads: this sentence's kinds, then older ones aged by one.
 *
 * @example toNextEcho([{ unit: '%', kind: 'share_price_change' }], []) // [{ unit: '%', kind: 'share_price_change', age: 0 }]
 */
export function toNextEcho(kinds: readonly EchoKind[], echo: readonly EchoKind[]): EchoKind[] {
  return [...echo.map((kind) => ({ ...kind, age: (kind.age ?? 0) + 1 })).filter((kind) => kind.age < reach), ...kinds.map((kind) => ({ ...kind, age: 0 }))];
}

// The growth kind of an amount's kind.
const growthOf: Partial<Record<MetricKind, MetricKind>> = { revenue: 'revenue_growth', net_income: 'net_income_change', share_price: 'share_price_change' };
const changeWords = /(?<![\p{L}])(?:Plus|Minus|Anstieg|Zuwachs|Rückgang|Wachstum|increase|decrease|rise|decline|growth|gain|drop|up|down)(?![\p{L}])/iu;

/**
 * The kind a figure with no cue of its own takes from the sentence before, or undefined.
 *
 * @example toEchoKind(figure, 0, [figure], [{ unit: 'EUR', kind: 'revenue' }], 'Die Analysten kalkulieren mit 4,26 Milliarden Euro.')
 * // 'revenue'
 */
export function toEchoKind(figure: ScannedNumber, index: number, figures: ScannedNumber[], echo: readonly EchoKind[], text: string): MetricKind | null | undefined {
  if (figure.unit === null || echo.length === 0) return undefined;
  const last = echo.filter((kind) => (kind.age ?? 0) === 0);
  const sameShape = last.length === figures.length && last.every((kind, at) => kind.unit === figures[at]!.unit);
  if (sameShape) return last[index]!.kind;
  const sameUnit = echo.findLast((kind) => kind.unit === figure.unit);
  if (sameUnit) return sameUnit.kind;
  if (figure.unit !== '%' || !changeWords.test(text)) return undefined;
  const amount = echo.findLast((kind) => kind.kind !== null && growthOf[kind.kind] !== undefined);
  return amount ? growthOf[amount.kind!] : undefined;
}
