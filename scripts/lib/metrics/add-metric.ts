/**
 * Adding a metric to an article's list: a figure the article states twice (headline and body, a
 * bullet and a table row) is one entry, and a firm's advice in words restates its printed label.
 */
import type { Metric } from '../../../src/lib/schema.ts';
import { toRatingClass } from './analyst-rating.ts';

/**
 * Adds a metric unless the article already holds the same figure (same kind, subject, unit and
 * value, firms and segments not in conflict); returns the index of the entry that holds it.
 * `seen` indexes `metrics` by those fields, so an article of 20,000 figures is not compared
 * pairwise; pass the same map for every call on one `metrics` list. `apart` names entries that
 * are another figure whatever their value (one stated in the same sentence, another table row).
 */
export function addMetric(metrics: Metric[], metric: Metric, seen: Map<string, number[]> = indexMetrics(metrics), apart: (index: number) => boolean = () => false): number {
  const key = toFigureKey(metric);
  const bucket = seen.get(key) ?? seen.set(key, []).get(key)!;
  const index = bucket.find((candidate) => !apart(candidate) && isSameFigure(metrics[candidate]!, metric)) ?? -1;
  if (index === -1) {
    bucket.push(metrics.length);
    return metrics.push(metric) - 1;
  }
  const kept = metrics[index]!;
  // "Kursziel … weiter bei 53 Euro" in a subhead, the firm's own sentence below: one target, the firm's.
  if (!kept.firm && metric.firm) Object.assign(kept, { firm: metric.firm, quote: metric.quote });
  kept.segment ??= metric.segment;
  kept.period ??= metric.period;
  kept.previous ??= metric.previous;
  return index;
}

function indexMetrics(metrics: Metric[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  metrics.forEach((metric, index) => {
    const key = toFigureKey(metric);
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  return seen;
}

// The fields isSameFigure compares exactly (not the firm), and the value to 8 significant digits: figures parsed
// from the same printed text are identical, so the 1e-9 tolerance never needs a wider bucket.
function toFigureKey(metric: Metric): string {
  const value = typeof metric.value === 'number' ? metric.value.toPrecision(8) : String(metric.value).toLowerCase();
  return [metric.kind, metric.subject, metric.unit, value].join('\u0000');
}

function isSameFigure(a: Metric, b: Metric): boolean {
  const sameValue = typeof a.value === 'number' && typeof b.value === 'number' ? Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9 : String(a.value).toLowerCase() === String(b.value).toLowerCase();
  // Two rows of one table with equal values stay two figures ("basic" and "diluted" EPS of 2.32).
  const samePeriod = !a.period || !b.period || a.period === b.period || !(a.period.startsWith('(') || b.period.startsWith('('));
  // A figure without a firm restates a firm's equal figure; two firms' equal figures are two,
  // and a rating without a firm is the consensus, never a firm's.
  const sameFirm = (a.firm ?? '') === (b.firm ?? '') || (a.kind !== 'analyst_rating' && (!a.firm || !b.firm));
  return a.kind === b.kind && a.subject === b.subject && a.unit === b.unit && sameValue && sameFirm && (!a.segment || !b.segment || a.segment === b.segment) && samePeriod;
}

/**
 * The index of a rating of the same firm, subject and advice that a new rating restates: a worded
 * one restates any; a printed one replaces an earlier worded one. -1 when there is none.
 */
export function findSameAdvice(metrics: Metric[], rating: Metric, worded: Set<number>, isWorded: boolean): number {
  const advice = toRatingClass(String(rating.value));
  if (!advice || !rating.firm) return -1;
  return metrics.findIndex(
    (other, index) => other.kind === 'analyst_rating' && other.subject === rating.subject && other.firm === rating.firm && toRatingClass(String(other.value)) === advice && (isWorded || worded.has(index)),
  );
}
