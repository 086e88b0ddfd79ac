/**
 * Scores extracted metrics against gold files: precision, recall and F1 per kind and overall,
 * with every miss and every extra. Pure; the CLI is `scripts/eval.ts`.
 *
 * @see shared/spec/frontmatter.md — Gold files (the matching rule).
 */
import { toHouseName } from '../metrics/houses.ts';

/** The fields of a metric the matching rule reads (gold files and extracted metrics alike). */
export type ScoredMetric = { kind: string; subject: string; value: number | string; unit: string | null; firm?: string | null; quote?: string };

/** Counts of one kind (or of all kinds). */
export type Tally = { tp: number; fp: number; fn: number };

/** The outcome of one article. */
export type ArticleScore = { file: string; matched: number; misses: ScoredMetric[]; extras: ScoredMetric[]; tallies: Record<string, Tally> };

// Corporate suffixes and fillers that never tell two names apart.
const fillers = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'ag', 'se', 'sa', 'nv', 'llc', 'group', 'holding', 'holdings', 'the', 'kgaa', 'gmbh']);

/**
 * Normalises a company id or firm name for loose comparison: case, punctuation, corporate
 * suffixes, "analysts at" and single-letter initials are ignored.
 *
 * @example normaliseName('Sanford C. Bernstein') // 'sanford bernstein'
 * @example normaliseName('analysts at Citigroup Inc.') // 'citigroup'
 * @example normaliseName('sanford-c-bernstein') // 'sanford bernstein'
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the )?analysts? (?:at|from|of) /, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !fillers.has(word))
    .join(' ');
}

/**
 * True when two printed firm names are the same analyst house: equal as loose names, or two
 * names of one house of `metrics/houses.ts` ("Citi" and "Citigroup", "Goldman" and "Goldman Sachs").
 *
 * @example isSameFirm('BofA Securities', 'Bank of America') // true
 */
export function isSameFirm(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b) || normaliseName(toHouseName(a)) === normaliseName(toHouseName(b));
}

/** True when `predicted` matches `gold` under the contract's rule. */
export function isMatch(predicted: ScoredMetric, gold: ScoredMetric): boolean {
  if (predicted.kind !== gold.kind || predicted.unit !== gold.unit) return false;
  if (normaliseName(predicted.subject) !== normaliseName(gold.subject)) return false;
  if (gold.firm && !isSameFirm(predicted.firm ?? '', gold.firm)) return false;
  if (typeof gold.value === 'string' || typeof predicted.value === 'string') {
    return String(predicted.value).toLowerCase() === String(gold.value).toLowerCase();
  }
  return Math.abs(predicted.value - gold.value) <= Math.abs(gold.value) * 0.005;
}

/**
 * Pairs each gold metric with at most one predicted metric (nearest value first) and counts
 * true positives, extras (false positives) and misses (false negatives) per kind.
 */
export function scoreArticle(file: string, predicted: ScoredMetric[], gold: ScoredMetric[]): ArticleScore {
  const used = new Set<number>();
  const misses: ScoredMetric[] = [];
  const tallies: Record<string, Tally> = {};
  const tally = (kind: string) => (tallies[kind] ??= { tp: 0, fp: 0, fn: 0 });
  for (const expected of gold) {
    const candidates = predicted.map((metric, index) => ({ metric, index })).filter(({ metric, index }) => !used.has(index) && isMatch(metric, expected));
    candidates.sort((a, b) => distance(a.metric, expected) - distance(b.metric, expected));
    const hit = candidates[0];
    if (hit) {
      used.add(hit.index);
      tally(expected.kind).tp++;
    } else {
      misses.push(expected);
      tally(expected.kind).fn++;
    }
  }
  const extras = predicted.filter((_, index) => !used.has(index));
  for (const extra of extras) tally(extra.kind).fp++;
  return { file, matched: used.size, misses, extras, tallies };
}

function distance(a: ScoredMetric, b: ScoredMetric): number {
  return typeof a.value === 'number' && typeof b.value === 'number' ? Math.abs(a.value - b.value) : 0;
}

/** Precision, recall and F1 of a tally; an empty side counts as perfect. */
export function toRates(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.tp + tally.fp === 0 ? 1 : tally.tp / (tally.tp + tally.fp);
  const recall = tally.tp + tally.fn === 0 ? 1 : tally.tp / (tally.tp + tally.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums article scores into per-kind tallies and one overall tally. */
export function summarise(scores: ArticleScore[]): { perKind: Record<string, Tally>; overall: Tally } {
  const perKind: Record<string, Tally> = {};
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const score of scores) {
    for (const [kind, tally] of Object.entries(score.tallies)) {
      const sum = (perKind[kind] ??= { tp: 0, fp: 0, fn: 0 });
      for (const key of ['tp', 'fp', 'fn'] as const) {
        sum[key] += tally[key];
        overall[key] += tally[key];
      }
    }
  }
  return { perKind, overall };
}
