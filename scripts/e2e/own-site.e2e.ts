/**
 * A site of one's own, as a newcomer builds it: a corpus with an undated article, a company no
 * other article names, a figure removed by hand and a file that fails (scripts/fixtures/to-check/),
 * and a site configuration with its own name that hides source file names. The build's last lines
 * say what to check; the pages carry the configured name and no local file name.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { watchPage } from '../browser/browser.ts';
import { useThrowawaySite } from './throwaway-site.ts';

const fixture = 'scripts/fixtures/to-check';
const sourceFiles = ['dated.txt', 'undated.txt', 'unknown.txt'];
const corpusFlags = (work: string) => ['--sources', `${fixture}/sources`, '--overrides', `${fixture}/overrides`, '--cache-dir', join(work, 'cache')];
const siteConfig = (work: string) => ({ DOSSIER_SITE_CONFIG: join(work, 'site.yaml') });

const site = useThrowawaySite({
  name: 'own-site',
  mount: '/research/',
  quiet: false,
  prepare: (work) => writeFile(join(work, 'site.yaml'), 'name: Nordlicht Research\ndescription: Notes on listed companies.\nfooter: Nordlicht Research, for internal use.\nshowSourceFiles: false\n'),
  buildFlags: corpusFlags,
  env: siteConfig,
});

// The same corpus, with the file names shown (an intranet's choice).
const intranet = useThrowawaySite({
  name: 'own-site-intranet',
  mount: '/intranet/',
  prepare: (work) => writeFile(join(work, 'site.yaml'), 'showSourceFiles: true\n'),
  buildFlags: corpusFlags,
  env: siteConfig,
});

describe("the build's last lines", () => {
  test('count the site, list what to check with the file and what to do, and say where the report and the site are', async () => {
    expect(site.build.status, site.build.output).toBe(1);
    const lines = site.build.stdout.trimEnd().split('\n');
    const summary = lines.slice(lines.findIndex((line) => line.startsWith('[dossier] 3 articles')));
    expect(summary[0]).toBe('[dossier] 3 articles about 4 companies with 7 figures; 1 failed, 0 skipped, 0 duplicates');
    expect(summary[1]).toBe('[dossier] To check (7):');
    const overrides = `${fixture}/overrides`;
    expect(summary).toContain(`[dossier]   undated     undated.txt: no publication date found (it is listed as undated, off the charts); add \`date: YYYY-MM-DD\` to ${overrides}/undated.txt.yaml`);
    expect(summary).toContain(`[dossier]   one-off     unknown.txt: only this article names "Zentrafix" (zentrafix), its main company, and content/companies.yaml does not list it; if it is a company, add it to content/companies.yaml; if not, set \`primary:\` in ${overrides}/unknown.txt.yaml`);
    expect(summary.some((line) => /^\[dossier\] {3}failed {6}scan\.txt: the file looks binary/.test(line))).toBe(true);
    expect(summary).toContain(`[dossier]   warning     ${overrides}/undated.yaml: there is no source undated; it probably means undated.txt: rename it to ${overrides}/undated.txt.yaml`);
    expect(summary.at(-2)).toBe(`[dossier] Full report: ${join(site.work, 'articles.report.json')}`);
    expect(summary.at(-1)).toBe(`[dossier] The site is in ${join(site.work, 'dist')}/: open ${join(site.work, 'dist')}/index.html in a browser (search works from disk too), or copy the folder to any web server.`);
    const report = JSON.parse(await readFile(join(site.work, 'articles.report.json'), 'utf8')) as { checks: unknown[] };
    expect(report.checks).toHaveLength(6);
  });
});

describe('the configured site', () => {
  test('carries its name in the header, the titles, the footer and the feed', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = await watchPage(page, new URL(site.server.url).origin);
    await page.goto(new URL('index.html', site.server.url).href);
    expect(await page.locator('.site-header .site-name').innerText()).toBe('Nordlicht Research');
    expect(await page.title()).toBe('Articles · Nordlicht Research');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe('Notes on listed companies.');
    expect(await page.locator('.site-footer').innerText()).toMatch(/^Nordlicht Research, for internal use\. All articles$/);
    await page.getByRole('link', { name: 'Zentrafix-Aktie springt nach Zahlen' }).click();
    expect(await page.title()).toBe('Zentrafix-Aktie springt nach Zahlen · Nordlicht Research');
    expect(problems).toEqual([]);
    await context.close();
    expect(await readFile(join(site.work, 'dist/rss.xml'), 'utf8')).toContain('<title>Nordlicht Research: latest articles</title>');
  });

  test('names no source file on any page or in the exports when told not to', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const name of await readdir(join(site.work, 'dist/articles'))) {
      if (!name.endsWith('.html')) continue;
      await page.goto(new URL(`articles/${name}`, site.server.url).href);
      const text = await page.locator('body').innerText();
      for (const file of sourceFiles) expect(text, name).not.toContain(file);
    }
    await context.close();
    const exported = await readFile(join(site.work, 'dist/data/articles.json'), 'utf8');
    for (const file of sourceFiles) expect(exported).not.toContain(file);
  });

  test('names each source file where it is told to', async () => {
    expect(intranet.build.status, intranet.build.output).toBe(1);
    const context = await intranet.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('index.html', intranet.server.url).href);
    expect(await page.locator('.site-header .site-name').innerText()).toBe('Dossier');
    await page.getByRole('link', { name: 'Apple Raises Its Dividend' }).click();
    expect(await page.locator('.article-facts code', { hasText: 'undated.txt' }).count()).toBe(1);
    await context.close();
    expect(await readFile(join(intranet.work, 'dist/data/articles.json'), 'utf8')).toContain('"file": "undated.txt"');
  });
});
