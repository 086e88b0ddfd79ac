import { describe, expect, test } from 'vitest';
import { resolveSiteUrl, siteUrlVariable, toPageUrl } from './site-url.ts';

describe('site-url', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./site-url.ts')).sort()).toEqual(['resolveSiteUrl', 'siteUrlVariable', 'toPageUrl']);
  });

  test('is unset unless the variable names a URL', () => {
    expect(resolveSiteUrl({})).toBeUndefined();
    expect(resolveSiteUrl({ [siteUrlVariable]: '' })).toBeUndefined();
    expect(resolveSiteUrl({ [siteUrlVariable]: '  ' })).toBeUndefined();
  });

  test('always ends in a slash, so page paths resolve below it', () => {
    expect(resolveSiteUrl({ [siteUrlVariable]: 'https://intranet.example/wiki/research' })).toBe('https://intranet.example/wiki/research/');
    expect(resolveSiteUrl({ [siteUrlVariable]: 'http://example.org' })).toBe('http://example.org/');
  });

  test.each(['intranet/wiki', '/wiki/research/', 'file:///tmp/site/', 'https://example.org/?x=1'])('rejects %j and says what to set', (value) => {
    expect(() => resolveSiteUrl({ [siteUrlVariable]: value })).toThrow(/not the absolute http\(s\) address of a folder[\s\S]*DOSSIER_SITE_URL=https:/);
  });

  test('names index pages by their folder', () => {
    const site = new URL('https://intranet.example/wiki/research/');
    expect(toPageUrl(site, 'index.html')).toBe('https://intranet.example/wiki/research/');
    expect(toPageUrl(site, 'companies/index.html')).toBe('https://intranet.example/wiki/research/companies/');
    expect(toPageUrl(site, 'articles/a.html')).toBe('https://intranet.example/wiki/research/articles/a.html');
    expect(toPageUrl(site, 'articles/zürich index.html')).toBe('https://intranet.example/wiki/research/articles/z%C3%BCrich%20index.html');
  });
});
