/**
 * The hostile corpus (scripts/fixtures/hostile) built into a throw-away site and opened page by
 * page in Chromium: no payload runs (the flags its scripts would set stay unset, no dialog
 * opens), no element, handler or `javascript:` link comes from article text, no request leaves
 * the site, and each payload shows on its page as plain text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hostileMaxBytes, hostileOutcomes, pwnedFlags } from '../fixtures/hostile-expected.ts';
import { toArticleListPath } from '../../src/lib/paths.ts';
import { watchPage } from '../browser/browser.ts';
import { useThrowawaySite } from './throwaway-site.ts';

const mount = '/hostile/';
// Tags an article body may hold: what the MDX writer makes, and the figure marks.
const bodyTags = ['P', 'H2', 'UL', 'OL', 'LI', 'MARK', 'SPAN'];

const site = useThrowawaySite({
  name: 'hostile-site',
  mount,
  buildFlags: (work) => ['--sources', 'scripts/fixtures/hostile', '--max-bytes', String(hostileMaxBytes), '--report', join(work, 'report.json')],
});
let articles: { source: string; page: string }[];

beforeAll(async () => {
  const report = JSON.parse(await readFile(join(site.work, 'report.json'), 'utf8')) as { articles: { source: string; output: string }[] };
  articles = report.articles.map(({ source, output }) => ({ source, page: `articles/${output.split('/').pop()!.replace(/\.mdx$/, '.html')}` }));
});

/** Everything on the page that markup from an article could have caused. */
async function findInjections(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ flags, allowed }) => {
      const found: string[] = [];
      const global = window as unknown as Record<string, unknown>;
      for (const flag of flags) if (global[flag] !== undefined) found.push(`window.${flag} is ${String(global[flag])}`);
      for (const script of document.querySelectorAll('script')) found.push(`script: ${script.src || script.textContent?.slice(0, 80)}`);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) found.push(`<${element.localName} ${attribute.name}>`);
          if (/^\s*(?:javascript|vbscript|data):/i.test(attribute.value)) found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
        }
      }
      for (const element of document.querySelectorAll('.article-body *')) {
        if (!allowed.includes(element.tagName)) found.push(`<${element.localName}> in the body`);
      }
      return found;
    },
    { flags: [...pwnedFlags], allowed: bodyTags },
  );
}

async function openPage(path: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, new URL(site.server.url).origin);
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the hostile corpus in a browser', () => {
  test('builds the site from the readable sources and says how many failed (exit 1)', () => {
    expect(site.build.status).toBe(1);
    const failed = Object.values(hostileOutcomes).filter((outcome) => outcome.status === 'failed').length;
    expect(site.build.output).toContain(`The site was built, but ${failed} sources failed to ingest`);
    expect(articles.map((article) => article.source).sort()).toEqual(Object.entries(hostileOutcomes).filter(([, outcome]) => outcome.status === 'article').map(([source]) => source).sort());
  });

  test('the home page and the list of all articles show every title as text and run nothing', async () => {
    // The home page shows the latest 20; the first list page (50 a page) holds every article.
    for (const path of ['index.html', toArticleListPath(1)]) {
      const { page, problems, close } = await openPage(path);
      const listed = await page.locator('.article-list h2').count();
      expect(listed).toBe(path === 'index.html' ? Math.min(articles.length, 20) : articles.length);
      expect(await findInjections(page)).toEqual([]);
      await close();
      expect({ path, problems }).toEqual({ path, problems: [] });
    }
  });

  test('every article page shows its payloads as text and runs none of them', async () => {
    for (const { source, page: path } of articles) {
      const { page, problems, close } = await openPage(path);
      const outcome = hostileOutcomes[source]!;
      expect({ source, injections: await findInjections(page) }).toEqual({ source, injections: [] });
      const shown = squeeze(await page.locator('article').innerText());
      if (outcome.status === 'article') for (const text of outcome.visible) expect(shown, source).toContain(squeeze(text));
      await close();
      expect({ source, problems }).toEqual({ source, problems: [] });
    }
  }, 300_000);
});
