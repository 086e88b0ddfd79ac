import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listSiteFiles } from '../node/list-site-files.ts';
import { makeUrlsRelative, relativeUrls } from './relative-urls.ts';

const fixture = new URL('./fixtures/absolute-urls/', import.meta.url);
const silent = { info: vi.fn() };
let site: string;

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'dossier-relative-'));
  await cp(fixture, site, { recursive: true });
});

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('relativeUrls', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./relative-urls.ts')).sort()).toEqual(['makeUrlsRelative', 'relativeUrls']);
  });

  test('reads the site URL from the config and rewrites after the build', () => {
    expect(Object.keys(relativeUrls().hooks)).toEqual(['astro:config:done', 'astro:build:done']);
  });

  // Astro runs each hook integration by integration in config order, awaiting each one: the
  // search index must see the rewritten pages, and the sitemap must list them.
  test('runs before the search index in astro.config.mjs', async () => {
    const { default: config } = await import('../../astro.config.mjs');
    const names = (config.integrations ?? []).flat().map((integration) => (integration ? integration.name : ''));
    const position = (name: string) => names.indexOf(name);
    expect(position('dossier:relative-urls')).toBeGreaterThan(-1);
    expect(position('dossier:relative-urls')).toBeLessThan(position('dossier:sitemap'));
    expect(position('dossier:sitemap')).toBeLessThan(position('dossier:article-search'));
  });

  test('rewrites HTML and CSS files relative to themselves and leaves the rest untouched', async () => {
    const before = await stat(join(site, 'articles/a.html'));
    const original = await readFile(join(site, 'articles/a.html'), 'utf8');

    await expect(makeUrlsRelative(site, {}, silent)).resolves.toEqual(['_astro/site.css', 'index.html']);

    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe(
      '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="_astro/site.css"></head><body><a href="articles/a.html">A</a></body></html>\n',
    );
    expect(await readFile(join(site, '_astro/site.css'), 'utf8')).toBe('body{background:url(../favicon.svg)}\n');
    expect(await readFile(join(site, 'articles/a.html'), 'utf8')).toBe(original);
    expect((await stat(join(site, 'articles/a.html'))).mtimeMs).toBe(before.mtimeMs);
    expect(silent.info).toHaveBeenCalledWith('Made root-absolute URLs relative in 2 files');
  });

  test('changes nothing on a second run', async () => {
    await makeUrlsRelative(site, {}, silent);
    await expect(makeUrlsRelative(site, {}, silent)).resolves.toEqual([]);
  });

  test('lists site files sorted, with / separators', async () => {
    await expect(listSiteFiles(site)).resolves.toEqual(['_astro/site.css', 'articles/a.html', 'favicon.svg', 'index.html']);
    await expect(listSiteFiles(`${site}/`)).resolves.toEqual(['_astro/site.css', 'articles/a.html', 'favicon.svg', 'index.html']);
  });
});
