/**
 * The hostile corpus (scripts/fixtures/hostile) built into a throw-away site and opened page by
 * page in Chromium: no payload runs (the flags its scripts would set stay unset, no dialog
 * opens), no element, handler or `javascript:` link comes from article text, no request leaves
 * the site, and each payload shows on its page as plain text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hostileMaxBytes, hostileOutcomes, pwnedFlags } from '../fixtures/hostile-expected.ts';
import { toArticleListPath } from '../../src/lib/paths.ts';
import { launchBrowser, watchPage } from './browser.ts';
import { startStaticServer, type StaticServer } from './serve.ts';

const mount = '/hostile/';
// Tags an article body may hold: what the MDX writer makes, and the figure marks.
const bodyTags = ['P', 'H2', 'UL', 'LI', 'MARK', 'SPAN'];

let work: string;
let server: StaticServer;
let browser: Browser;
let articles: { source: string; page: string }[];
let build: { status: number | null; output: string };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-hostile-site-'));
  const args = ['run', 'build', '--', '--sources', 'scripts/fixtures/hostile', '--max-bytes', String(hostileMaxBytes), '--out', join(work, 'articles'), '--dist', join(work, 'dist'), '--report', join(work, 'report.json'), '--quiet'];
  const result = spawnSync('npm', args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
  const report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8')) as { articles: { source: string; output: string }[] };
  articles = report.articles.map(({ source, output }) => ({ source, page: `articles/${output.split('/').pop()!.replace(/\.mdx$/, '.html')}` }));
  server = await startStaticServer(join(work, 'dist'), { mount });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
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
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchPage(page, new URL(server.url).origin);
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the hostile corpus in a browser', () => {
  test('builds the site from the readable sources and says how many failed (exit 1)', () => {
    expect(build.status).toBe(1);
    const failed = Object.values(hostileOutcomes).filter((outcome) => outcome.status === 'failed').length;
    expect(build.output).toContain(`The site was built, but ${failed} sources failed to ingest`);
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
