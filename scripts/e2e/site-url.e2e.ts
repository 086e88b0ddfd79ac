import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteUrlVariable } from '../../src/lib/site-url.ts';

// One real build with a site URL: the layout, the config and the sitemap integration together.
// It runs with the browser tests, one at a time, rather than in parallel with the unit tests.
// The build without one is the default dist/, checked by hosting.e2e.ts.
const site = 'https://intranet.example/wiki/research/';
let temp: string;
let dist: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dossier-site-url-'));
  dist = join(temp, 'dist');
  // The articles are the default ones: ingest rewrites them byte for byte. (A temporary --out
  // folder would leave Astro's content cache pointing at it, and the next build from another
  // temporary folder fails to resolve the old paths.)
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--quiet', '--dist', dist], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { ...process.env, [siteUrlVariable]: site, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The build with ${siteUrlVariable} failed:\n${build.stdout}\n${build.stderr}`);
}, 120_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe(`a build with ${siteUrlVariable}`, () => {
  test('names every page by its absolute URL in canonical and og:url', async () => {
    const home = await readFile(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${site}">`);
    expect(home).toContain(`<meta property="og:url" content="${site}">`);
    const [article] = (await readdir(join(dist, 'articles'))).sort();
    const page = await readFile(join(dist, 'articles', article!), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${site}articles/${article}">`);
    expect(page).toContain(`<meta property="og:url" content="${site}articles/${article}">`);
  });

  test('writes a sitemap of the content pages', async () => {
    const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${site}</loc>`);
    const articles = (await readdir(join(dist, 'articles'))).filter((file) => file.endsWith('.html'));
    for (const article of articles) expect(sitemap).toContain(`<loc>${site}articles/${article}</loc>`);
    expect(sitemap).not.toContain('search.html');
  });

  test('keeps every link between pages relative', async () => {
    const home = await readFile(join(dist, 'index.html'), 'utf8');
    const absolute = [...home.matchAll(/(?:href|src|action)="([^"]*)"/g)].map(([, url]) => url).filter((url) => /^(\/|[a-z]+:)/i.test(url!));
    expect(absolute).toEqual([site]);
  });
});
