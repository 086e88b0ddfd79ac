import { resolve } from 'node:path';
import { formatSummary } from './format-summary.ts';
import { readReport } from './read-report.ts';

/**
 * Prints the build's last lines (see `formatSummary`) from the report ingest wrote; prints
 * nothing when there is no report, since ingest has said why it stopped.
 */
export function printSummary(reportFile: string, places: { sources: string; siteDir: string }, write: (line: string) => void = console.log): void {
  const report = readReport(reportFile);
  if (!report) return;
  const isPreviewDir = resolve(places.siteDir) === resolve('dist');
  for (const line of formatSummary(report, { ...places, reportFile: resolve(reportFile), isPreviewDir })) write(line);
}
