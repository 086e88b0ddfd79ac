import { describe, expect, test } from 'vitest';
import { sitemapPath, toSitemap } from './sitemap.ts';

describe('sitemap', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./sitemap.ts')).sort()).toEqual(['sitemapPath', 'toSitemap']);
  });

  test('lists every content page by its absolute URL, and nothing else', () => {
    const site = new URL('https://intranet.example/wiki/research/');
    const paths = ['404.html', 'articles/a.html', 'companies/index.html', 'favicon.svg', 'index.html', 'search.html', 'q&a.html'];
    expect(toSitemap(site, paths)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://intranet.example/wiki/research/articles/a.html</loc></url>
  <url><loc>https://intranet.example/wiki/research/companies/</loc></url>
  <url><loc>https://intranet.example/wiki/research/</loc></url>
  <url><loc>https://intranet.example/wiki/research/q&amp;a.html</loc></url>
</urlset>
`);
    expect(sitemapPath).toBe('sitemap.xml');
  });
});
