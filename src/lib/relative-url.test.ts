import { describe, expect, test } from 'vitest';
import { toRelativeCss, toRelativeSrcset, toRelativeUrl, toSitePath } from './relative-url.ts';

describe('relative-url', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./relative-url.ts')).sort()).toEqual([
      'toRelativeCss',
      'toRelativeSrcset',
      'toRelativeUrl',
      'toSitePath',
    ]);
  });

  test.each([
    ['index.html', '/favicon.svg', 'favicon.svg'],
    ['articles/a.html', '/favicon.svg', '../favicon.svg'],
    ['articles/a.html', '/_astro/site.Bx1.css', '../_astro/site.Bx1.css'],
    ['articles/a.html', '/articles/b.html', 'b.html'],
    ['data/companies/x.html', '/articles/b.html#m3', '../../articles/b.html#m3'],
    // A folder shows as a listing from file://, so it gets its index page.
    ['index.html', '/', 'index.html'],
    ['articles/a.html', '/', '../index.html'],
    ['articles/a.html', '/companies/', '../companies/index.html'],
    ['index.html', '/companies/?sort=name#top', 'companies/index.html?sort=name#top'],
    ['index.html', '/search.html?q=Aktie', 'search.html?q=Aktie'],
    ['index.html', '  /favicon.svg ', 'favicon.svg'],
    ['index.html', '/Ordner%20mit%20Leerzeichen/a.html', 'Ordner%20mit%20Leerzeichen/a.html'],
  ])('from %s, %s becomes %s', (from, url, expected) => {
    expect(toRelativeUrl(from, url)).toBe(expected);
  });

  test.each([
    'favicon.svg',
    '../index.html',
    '#main',
    '?q=x',
    'https://example.org/a',
    '//cdn.example.org/a.js',
    '/\\cdn.example.org/a.js',
    'data:image/svg+xml,<svg/>',
    'mailto:a@example.org',
    '',
  ])('leaves %j alone', (url) => {
    expect(toRelativeUrl('articles/a.html', url)).toBeNull();
  });

  test('finds the page of an extensionless URL when only the .html file exists', () => {
    const files = new Set(['articles/b.html', 'data/metrics', 'companies/zürich.html']);
    const exists = (path: string) => files.has(path);
    expect(toRelativeUrl('articles/a.html', '/articles/b', { exists })).toBe('b.html');
    expect(toRelativeUrl('index.html', '/data/metrics', { exists })).toBe('data/metrics');
    expect(toRelativeUrl('index.html', '/companies/z%C3%BCrich', { exists })).toBe('companies/z%C3%BCrich.html');
    expect(toRelativeUrl('index.html', '/missing', { exists })).toBe('missing');
  });

  test('splits a site path from its query and fragment', () => {
    expect(toSitePath('/articles/?q=1#x')).toEqual({ pathname: 'articles/index.html', suffix: '?q=1#x' });
    expect(toSitePath('/#top')).toEqual({ pathname: 'index.html', suffix: '#top' });
  });

  test('rewrites every candidate of a srcset and keeps descriptors', () => {
    expect(toRelativeSrcset('articles/a.html', '/a.png 1x, /b.png 2x,https://x.org/c.png 3x')).toBe(
      '../a.png 1x, ../b.png 2x,https://x.org/c.png 3x',
    );
  });

  test('rewrites url() in every quoting and @import, nothing else', () => {
    const css = `a{background:url("/a.svg")}b{background:url('/b.svg')}c{background:url( /c.svg )}d{background:url(data:x)}@import "/e.css";@import 'f.css';`;
    expect(toRelativeCss('articles/a.html', css)).toBe(
      `a{background:url("../a.svg")}b{background:url('../b.svg')}c{background:url(../c.svg)}d{background:url(data:x)}@import "../e.css";@import 'f.css';`,
    );
    expect(toRelativeCss('index.html', 'a{color:red}')).toBe('a{color:red}');
  });
});
