import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkLinks } from './check-links.ts';
import { readSiteFiles } from './check-links-read.ts';

let folders: string[] = [];

/** Writes a throw-away site folder: path → file text. */
async function createSite(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-links-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  folders = [];
});

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./check-links.ts'))).toEqual(['checkLinks']);
    expect(Object.keys(await import('./check-links-read.ts'))).toEqual(['readSiteFiles']);
  });

  test('accepts relative links, folders, queries, fragments and external links', async () => {
    const dir = await createSite({
      'index.html': page(`
        <a href="#main">skip</a><main id="main"></main>
        <a href="articles/a%20b.html#m1">figure</a>
        <a href="companies/">companies</a> <a href="./">home</a>
        <form action="search.html"></form><a href="search.html?q=BABA">BABA</a>
        <link rel="stylesheet" href="pagefind/ui.css"><script src="pagefind/ui.js"></script>
        <a href="https://example.com/x">out</a><a href="mailto:desk@example.com">mail</a>`),
      'articles/a b.html': page('<mark id="m1">$225</mark><a href="../index.html#main">back</a><a href="#legacy">x</a><a name="legacy"></a>'),
      'companies/index.html': page('<img src="../favicon.svg" alt="">'),
      'search.html': page(''),
      'favicon.svg': '<svg/>',
      'pagefind/ui.css': '',
      'pagefind/ui.js': '',
    });
    expect(checkLinks(await readSiteFiles(dir))).toEqual([]);
  });

  test('reports missing files, missing fragments and links that break below a sub-path', async () => {
    const dir = await createSite({
      'index.html': page(`
        <a href="articles/gone.html">gone</a>
        <a href="articles/a.html#m9">missing figure</a>
        <a href="#nowhere">missing here</a>
        <a href="/articles/a.html">root-relative</a>
        <a href="../../etc/passwd">above</a>
        <a href="data/metrics.csv#row">fragment into csv</a>
        <img src="logo.png" alt="">`),
      'articles/a.html': page('<mark id="m1">$225</mark>'),
      'data/metrics.csv': 'slug\n',
    });
    expect(checkLinks(await readSiteFiles(dir))).toEqual([
      { page: 'index.html', link: '#nowhere', reason: 'no element with id "nowhere" in index.html' },
      { page: 'index.html', link: '../../etc/passwd', reason: 'leads above the site root' },
      { page: 'index.html', link: '/articles/a.html', reason: expect.stringMatching(/^root-relative/) },
      { page: 'index.html', link: 'articles/a.html#m9', reason: 'no element with id "m9" in articles/a.html' },
      { page: 'index.html', link: 'articles/gone.html', reason: 'no file articles/gone.html in the site' },
      { page: 'index.html', link: 'data/metrics.csv#row', reason: '#row points into data/metrics.csv, which is not an HTML page' },
      { page: 'index.html', link: 'logo.png', reason: 'no file logo.png in the site' },
    ]);
  });

  test('reads entities in attributes as the browser does', () => {
    const site = { files: new Set(['a&b.html', 'index.html']), pages: new Map([['index.html', page('<a href="a&amp;b.html">x</a>')]]) };
    expect(checkLinks(site)).toEqual([]);
  });

  test('says what to do when the folder is missing', async () => {
    await expect(readSiteFiles('/no/such/site')).rejects.toThrow('Failed to read the site folder /no/such/site; run `npm run build` first');
  });
});
