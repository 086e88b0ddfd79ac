import { isAbsolute, relative } from 'node:path';
import { formatCount } from '../../../src/lib/format.ts';
import type { Check } from './find-checks.ts';
import type { Report } from './report.ts';

/** Where the build's summary says things are. */
export type SummaryPlaces = {
  /** The sources folder, to say where articles go when there are none. */
  sources: string;
  /** The full report the build wrote. */
  reportFile: string;
  /** The built site's folder. */
  siteDir: string;
  /** Whether `siteDir` is the folder `npm run preview` serves. */
  isPreviewDir: boolean;
};

const prefix = '[dossier]';
// How many lines of one kind the terminal shows; the report has every one.
const shownPerRule = 5;
const labels: Record<Check['rule'] | 'skipped' | 'warning', string> = {
  undated: 'undated',
  'no-company': 'no company',
  'one-off-company': 'one-off',
  'figures-removed': 'removed',
  failed: 'failed',
  skipped: 'skipped',
  warning: 'warning',
};
const width = Math.max(...Object.values(labels).map((label) => label.length));

/**
 * The last lines of `npm run build`: the counts, what to check (each with the file and what to
 * do; at most five of a kind, the rest counted), where the full report is, and where the site is
 * and how to open it. Paths inside the working folder are shown relative to it.
 *
 * @example formatSummary(report, places)[0] // '[dossier] 5 articles about 13 companies with 47 figures; 0 failed, 0 skipped, 0 duplicates'
 */
export function formatSummary(report: Report, places: SummaryPlaces): string[] {
  const { counts } = report;
  const lines = [
    `${formatCount(counts.articles, 'article')} about ${formatCount(counts.companies, 'company', 'companies')} with ${formatCount(counts.metrics, 'figure')}; ` +
      `${report.failed.length} failed, ${report.skipped.length} skipped, ${formatCount(report.duplicates.length, 'duplicate')}`,
  ];
  if (counts.articles === 0 && report.failed.length === 0) {
    lines.push(`No articles yet: put your clippings (.txt, .md or .html files, one article each) into ${show(places.sources)}/ and run \`npm run build\` again.`);
  }
  const items = [
    ...report.checks.map((check) => ({ label: labels[check.rule], text: check.fix === '' ? `${check.source}: ${check.message}` : `${check.source}: ${check.message}; ${check.fix}` })),
    ...report.skipped.filter(({ source }) => !source.split('/').some((part) => part.startsWith('.'))).map(({ source, reason }) => ({ label: labels.skipped, text: `${source}: ${reason}` })),
    ...report.warnings.map((warning) => ({ label: labels.warning, text: warning })),
  ];
  if (items.length === 0) lines.push('Nothing to check: every article has a date and a main company, no figure was removed by hand and no file failed.');
  else lines.push(`To check (${items.length}):`, ...capPerLabel(items));
  lines.push(`Full report: ${show(places.reportFile)}`);
  const index = `${show(places.siteDir)}/index.html`;
  lines.push(
    places.isPreviewDir
      ? `The site is in ${show(places.siteDir)}/: open ${index} in a browser (search works from disk too), or serve it with \`npm run preview\`.`
      : `The site is in ${show(places.siteDir)}/: open ${index} in a browser (search works from disk too), or copy the folder to any web server.`,
  );
  return lines.map((line) => `${prefix} ${line}`);
}

// Items of one label are contiguous (checks come sorted by rule); each group is cut after a few lines.
function capPerLabel(items: { label: string; text: string }[]): string[] {
  const groups = Map.groupBy(items, (item) => item.label);
  return [...groups].flatMap(([label, group]) => [
    ...group.slice(0, shownPerRule).map(({ text }) => `  ${label.padEnd(width)}  ${text}`),
    ...(group.length > shownPerRule ? [`  ${label.padEnd(width)}  … and ${group.length - shownPerRule} more in the report`] : []),
  ]);
}

// Relative to the working folder when inside it, so the lines stay short and can be pasted.
function show(path: string): string {
  const inside = relative(process.cwd(), path);
  const shown = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside;
  return shown.split('\\').join('/').replace(/\/+$/, '');
}
