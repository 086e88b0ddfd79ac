/**
 * Formats an evaluation as a plain-text table plus the list of misses and extras.
 */
import { metricKinds } from '../../../src/lib/schema.ts';
import type { EvalResult } from './evaluate-folder.ts';
import { toRates, type ScoredMetric, type Tally } from './score.ts';

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`.padStart(7);

function row(label: string, tally: Tally): string {
  const { precision, recall, f1 } = toRates(tally);
  return `${label.padEnd(24)}${String(tally.tp).padStart(4)}${String(tally.fp).padStart(4)}${String(tally.fn).padStart(4)}${percent(precision)}${percent(recall)}${percent(f1)}`;
}

function describe(metric: ScoredMetric): string {
  const firm = metric.firm ? ` firm=${metric.firm}` : '';
  const quote = metric.quote ? `  “${metric.quote.slice(0, 90)}${metric.quote.length > 90 ? '…' : ''}”` : '';
  return `${metric.kind} ${metric.subject} ${metric.value} ${metric.unit ?? ''}${firm}${quote}`;
}

/** The report: one row per kind seen, the overall row, then misses and extras per file. */
export function formatReport(result: EvalResult, options: { quiet?: boolean } = {}): string {
  const lines = [`${'kind'.padEnd(24)}  tp  fp  fn   prec    rec     F1`];
  for (const kind of metricKinds) if (result.perKind[kind]) lines.push(row(kind, result.perKind[kind]));
  lines.push(row('overall', result.overall));
  lines.push(`extraction: ${Object.entries(result.modes).map(([mode, count]) => `${count} ${mode}`).join(', ')}`);
  if (options.quiet) return lines.join('\n');
  for (const article of result.articles) {
    if (article.misses.length === 0 && article.extras.length === 0) continue;
    lines.push('', article.file);
    for (const miss of article.misses) lines.push(`  miss   ${describe(miss)}`);
    for (const extra of article.extras) lines.push(`  extra  ${describe(extra)}`);
  }
  return lines.join('\n');
}
