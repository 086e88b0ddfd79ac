import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSummary } from './lib/run/format-summary.ts';
import { readReport } from './lib/run/read-report.ts';
import { runIngest } from './testing/run-ingest.ts';

// An undated article, a company no other article names, a figure removed by hand, a binary
// file and an override named without its source's extension (scripts/fixtures/to-check/).
const fixture = join(import.meta.dirname, 'fixtures/to-check');

describe('what a run says to check', () => {
  test('the report lists each thing to check with its file, and the summary prints them', async () => {
    const work = await mkdtemp(join(tmpdir(), 'dossier-checks-'));
    const reportFile = join(work, 'report.json');
    const overrides = join(fixture, 'overrides');
    const run = await runIngest(['--sources', join(fixture, 'sources'), '--overrides', overrides, '--out', join(work, 'articles'), '--report', reportFile, '--no-cache']);
    expect(run.code, run.stderr).toBe(1);

    const report = readReport(reportFile)!;
    expect(report.counts).toEqual({ articles: 3, companies: 4, metrics: 7 });
    expect(report.articles.map(({ source, date, primary }) => [source, date, primary])).toEqual([
      ['dated.txt', '2025-03-14', 'tesla'],
      ['undated.txt', null, 'apple'],
      ['unknown.txt', '2025-03-14', 'zentrafix'],
    ]);
    expect(report.checks.map(({ rule, source }) => `${rule} ${source}`)).toEqual([
      'undated undated.txt',
      'one-off-company dated.txt',
      'one-off-company dated.txt',
      'one-off-company unknown.txt',
      'figures-removed dated.txt',
      'failed scan.txt',
    ]);
    expect(report.warnings).toEqual([`${overrides}/undated.yaml: there is no source undated; it probably means undated.txt: rename it to ${overrides}/undated.txt.yaml`]);

    const lines = formatSummary(report, { sources: join(fixture, 'sources'), reportFile, siteDir: join(work, 'dist'), isPreviewDir: false });
    expect(lines[0]).toBe('[dossier] 3 articles about 4 companies with 7 figures; 1 failed, 0 skipped, 0 duplicates');
    expect(lines[1]).toBe('[dossier] To check (7):');
    expect(lines).toContain(`[dossier]   undated     undated.txt: no publication date found (it is listed as undated, off the charts); add \`date: YYYY-MM-DD\` to ${overrides}/undated.txt.yaml`);
    expect(lines).toContain(`[dossier]   one-off     unknown.txt: only this article names "Zentrafix" (zentrafix), its main company, and content/companies.yaml does not list it; if it is a company, add it to content/companies.yaml; if not, set \`primary:\` in ${overrides}/unknown.txt.yaml`);
    expect(lines).toContain(`[dossier]   removed     dated.txt: ${overrides}/dated.txt.yaml removes 1 extracted figure (price_target 310); check that they are wrong, or narrow \`metrics: remove\` in the override`);
    expect(lines.find((line) => line.includes(' failed ') && line.includes('scan.txt'))).toMatch(/scan\.txt: the file looks binary, not text; save the article as plain text/);
    expect(lines.at(-2)).toBe(`[dossier] Full report: ${reportFile}`);
    expect(JSON.parse(await readFile(reportFile, 'utf8')).checks).toHaveLength(6);
  });
});
