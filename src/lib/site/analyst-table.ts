/**
 * The analyst table of a company page: one row per firm with its latest target and rating.
 *
 * Environment-neutral and pure. Firms are matched by name key (`toNameKey`), so "Sanford C.
 * Bernstein" and "Sanford Bernstein" are one firm; a target or rating whose firm the article does
 * not name gets a row of its own per article rather than being merged with strangers.
 */
import { toNameKey } from '../companies.ts';
import { compareDaysDesc, compareText } from '../compare.ts';
import { compareFiguresNewestFirst, type Figure } from './figures.ts';
import { analystKinds, metricKindFacts } from '../metric-kinds.ts';

/** The value before the latest target, and where it came from. */
export interface PreviousTarget {
  value: number;
  /** Its unit (the currency). */
  unit: string | null;
  /** `stated`: the article gives it ("from $200 to $225"); `earlier`: the firm's target in an older article. */
  source: 'stated' | 'earlier';
  /** The older figure, for `earlier`. */
  figure: Figure | null;
}

/** One firm's view of the company. */
export interface AnalystRow {
  /** The firm as printed in the latest article; null when not named. */
  firm: string | null;
  /** The firm's latest price target, if any. */
  target: Figure | null;
  previous: PreviousTarget | null;
  /** The rating stated with the latest target, else the firm's latest rating. */
  rating: Figure | null;
  /** The figure that dates the row and names its source article: the target, else the rating. */
  latest: Figure;
}

/**
 * Builds the analyst rows from a company's figures (see `collectFigures`): newest first, undated
 * last, then by firm.
 */
export function toAnalystRows(figures: readonly Figure[]): AnalystRow[] {
  const byFirm = new Map<string, Figure[]>();
  for (const figure of [...figures].sort(compareFiguresNewestFirst)) {
    const { kind, firm } = figure.metric;
    if (!analystKinds.has(kind)) continue;
    const key = firm === null ? `?${figure.article.slug}` : toNameKey(firm) || firm;
    byFirm.set(key, [...(byFirm.get(key) ?? []), figure]);
  }
  const rows = [...byFirm.values()].map(toRow);
  return rows.sort((a, b) => compareDaysDesc(a.latest.article.date, b.latest.article.date) || compareText(a.firm ?? '~', b.firm ?? '~'));
}

// `figures` are newest first.
function toRow(figures: Figure[]): AnalystRow {
  const targets = figures.filter((figure) => metricKindFacts[figure.metric.kind].analystColumn === 'target');
  const ratings = figures.filter((figure) => metricKindFacts[figure.metric.kind].analystColumn === 'rating');
  const target = targets[0] ?? null;
  const rating = (target && ratings.find((figure) => figure.article.slug === target.article.slug)) ?? ratings[0] ?? null;
  const latest = (target ?? rating) as Figure;
  return { firm: latest.metric.firm, target, previous: target && toPrevious(target, targets.slice(1)), rating, latest };
}

function toPrevious(target: Figure, older: Figure[]): PreviousTarget | null {
  if (typeof target.metric.previous === 'number') return { value: target.metric.previous, unit: target.metric.unit, source: 'stated', figure: null };
  // An older article's target only counts when it is older indeed and a different value: the same
  // target reported again (or in another language) is not a revision.
  const earlier = older.find(
    (figure) =>
      figure.article.date !== null &&
      compareDaysDesc(target.article.date, figure.article.date) < 0 &&
      figure.metric.value !== target.metric.value &&
      typeof figure.metric.value === 'number',
  );
  if (!earlier || typeof earlier.metric.value !== 'number') return null;
  return { value: earlier.metric.value, unit: earlier.metric.unit, source: 'earlier', figure: earlier };
}
