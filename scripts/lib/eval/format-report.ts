/**
 * Formats an evaluation as plain-text tables: per kind and overall, the halves of a split set and
 * each file, then the list of misses and extras.
 */
import { metricKinds } from '../../../src/lib/schema.ts';
import type { EvalResult } from './evaluate-folder.ts';
import { isInHalf, type EvalSet } from './eval-sets.ts';
import { summarise, toRates, type ScoredMetric, type Tally } from './score.ts';

/** What the report shows beyond the tables. */
export type ReportOptions = { /** Leave out misses and extras. */ quiet?: boolean; /** Add one row per file. */ files?: boolean };

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`.padStart(7);
const header = `${'kind'.padEnd(24)}  tp  fp  fn   prec    rec     F1`;

function row(label: string, tally: Tally): string {
  const { precision, recall, f1 } = toRates(tally);
  return `${label.padEnd(24)}${String(tally.tp).padStart(4)}${String(tally.fp).padStart(4)}${String(tally.fn).padStart(4)}${percent(precision)}${percent(recall)}${percent(f1)}`;
}

function describe(metric: ScoredMetric): string {
  const firm = metric.firm ? ` firm=${metric.firm}` : '';
  const quote = metric.quote ? `  “${metric.quote.slice(0, 90)}${metric.quote.length > 90 ? '…' : ''}”` : '';
  return `${metric.kind} ${metric.subject} ${metric.value} ${metric.unit ?? ''}${firm}${quote}`;
}

function kindRows(result: EvalResult): string[] {
  const lines = [header];
  for (const kind of metricKinds) if (result.perKind[kind]) lines.push(row(kind, result.perKind[kind]));
  lines.push(row('overall', result.overall));
  return lines;
}

function detailRows(result: EvalResult): string[] {
  const lines: string[] = [];
  for (const article of result.articles) {
    if (article.misses.length === 0 && article.extras.length === 0) continue;
    lines.push('', article.file);
    for (const miss of article.misses) lines.push(`  miss   ${describe(miss)}`);
    for (const extra of article.extras) lines.push(`  extra  ${describe(extra)}`);
  }
  return lines;
}

function fileRows(result: EvalResult): string[] {
  return ['', `${'file'.padEnd(24)}  tp  fp  fn   prec    rec     F1`, ...result.articles.map((article) => row(article.file, summarise([article]).overall))];
}

function toBarStatus(f1: number, bar: number, floor: number | undefined): string {
  if (f1 >= bar) return `bar ${bar} reached`;
  return `bar ${bar} NOT reached${floor === undefined ? '' : ` (floor ${floor} ${f1 >= floor ? 'held' : 'NOT held'})`}`;
}

/** The report of one folder: one row per kind seen, the overall row, then misses and extras per file. */
export function formatReport(result: EvalResult, options: ReportOptions = {}): string {
  const lines = kindRows(result);
  lines.push(`extraction: ${Object.entries(result.modes).map(([mode, count]) => `${count} ${mode}`).join(', ')}`);
  if (options.files) lines.push(...fileRows(result));
  if (!options.quiet) lines.push(...detailRows(result));
  return lines.join('\n');
}

/**
 * The report of a named gold set: its kind table, a row per half with the bar each must reach,
 * and whether the set reaches its own bar.
 *
 * @example formatSetReport(findEvalSet('dev'), result, { quiet: true })
 */
export function formatSetReport(set: EvalSet, result: EvalResult, options: ReportOptions = {}): string {
  const gold = result.overall.tp + result.overall.fn;
  const lines = [`== ${set.name}: ${set.about} (${result.articles.length} articles, ${gold} gold figures) ==`, ...kindRows(result)];
  for (const half of set.halves ?? []) {
    const tally = summarise(result.articles.filter((article) => isInHalf(article.file, half))).overall;
    lines.push(`${row(`half ${half.name}`, tally)}   ${toBarStatus(toRates(tally).f1, half.bar, half.floor)}`);
  }
  lines.push(`set F1 ${result.f1.toFixed(3)}, ${toBarStatus(result.f1, set.bar, set.floor)}; extraction: ${Object.entries(result.modes).map(([mode, count]) => `${count} ${mode}`).join(', ')}`);
  if (options.files) lines.push(...fileRows(result));
  if (!options.quiet) lines.push(...detailRows(result));
  return lines.join('\n');
}
