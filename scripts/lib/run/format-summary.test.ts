import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Check } from './find-checks.ts';
import { formatSummary } from './format-summary.ts';
import { createReport, type Report } from './report.ts';

const places = { sources: join(process.cwd(), 'content/sources'), reportFile: join(process.cwd(), 'content/articles.report.json'), siteDir: join(process.cwd(), 'dist'), isPreviewDir: true };
const undated = (source: string): Check => ({ rule: 'undated', source, message: 'no publication date found', fix: `add \`date: YYYY-MM-DD\` to content/overrides/${source}.yaml` });

function report(overrides: Partial<Report>): Report {
  return { ...createReport(), counts: { articles: 3, companies: 4, metrics: 7 }, ...overrides };
}

describe('formatSummary', () => {
  test('gives the counts, each thing to check with its file and fix, the report and the site, in that order', () => {
    const lines = formatSummary(
      report({
        checks: [undated('b.txt'), { rule: 'failed', source: 'scan.txt', message: 'the file looks binary; save it as .txt', fix: '' }],
        failed: [{ source: 'scan.txt', reason: 'the file looks binary; save it as .txt' }],
        skipped: [{ source: 'notes.docx', reason: 'unsupported file type' }, { source: '.DS_Store', reason: 'hidden file' }],
        warnings: ['content/overrides/gone.txt.yaml: there is no source gone.txt any more'],
      }),
      places,
    );
    expect(lines).toEqual([
      '[dossier] 3 articles about 4 companies with 7 figures; 1 failed, 2 skipped, 0 duplicates',
      '[dossier] To check (4):',
      '[dossier]   undated     b.txt: no publication date found; add `date: YYYY-MM-DD` to content/overrides/b.txt.yaml',
      '[dossier]   failed      scan.txt: the file looks binary; save it as .txt',
      '[dossier]   skipped     notes.docx: unsupported file type',
      '[dossier]   warning     content/overrides/gone.txt.yaml: there is no source gone.txt any more',
      '[dossier] Full report: content/articles.report.json',
      '[dossier] The site is in dist/: open dist/index.html in a browser (search works from disk too), or serve it with `npm run preview`.',
    ]);
  });

  test('shows five of a kind and counts the rest', () => {
    const lines = formatSummary(report({ checks: Array.from({ length: 7 }, (_, index) => undated(`${index}.txt`)) }), places);
    expect(lines.filter((line) => line.includes(' undated '))).toHaveLength(6);
    expect(lines).toContain('[dossier]   undated     … and 2 more in the report');
  });

  test('says where articles go when there are none, and that nothing needs checking', () => {
    const lines = formatSummary(report({ counts: { articles: 0, companies: 0, metrics: 0 } }), { ...places, siteDir: '/srv/site', isPreviewDir: false });
    expect(lines[1]).toMatch(/^\[dossier\] No articles yet: put your clippings .* into content\/sources\/ and run `npm run build` again\.$/);
    expect(lines).toContain('[dossier] Nothing to check: every article has a date and a main company, no figure was removed by hand and no file failed.');
    expect(lines.at(-1)).toBe('[dossier] The site is in /srv/site/: open /srv/site/index.html in a browser (search works from disk too), or copy the folder to any web server.');
  });
});
