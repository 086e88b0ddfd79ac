import { describe, expect, test } from 'vitest';
import { rewriteHtmlUrls } from './rewrite-html-urls.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('rewriteHtmlUrls', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./rewrite-html-urls.ts'))).toEqual(['rewriteHtmlUrls']);
  });

  test('returns the very same string when nothing is root-absolute', () => {
    // Odd but valid markup that a re-serialiser would change: unquoted values, upper case, no </p>.
    const html = page('<LINK rel=icon href=favicon.svg>', '<P>One<p>Two <a href=../x.html>x</a> <img src="data:image/png;base64,AA==" alt="">');
    expect(rewriteHtmlUrls(html, 'articles/a.html')).toBe(html);
  });

  test('changes only the bytes of the URLs it rewrites', () => {
    const html = page(
      '<link rel=stylesheet href=/_astro/site.css><script type="module" src=\'/_astro/page.js\'></script>',
      '<a class="x" href="/companies/">Companies</a><form action="/search.html"><button formaction="/search.html?x=1&amp;y=2">Go</button></form>',
    );
    expect(rewriteHtmlUrls(html, 'articles/a.html')).toBe(
      page(
        '<link rel=stylesheet href="../_astro/site.css"><script type="module" src="../_astro/page.js"></script>',
        '<a class="x" href="../companies/index.html">Companies</a><form action="../search.html"><button formaction="../search.html?x=1&amp;y=2">Go</button></form>',
      ),
    );
  });

  test('rewrites srcset, poster, SVG links, style attributes and style sheets', () => {
    const html = page(
      '<style>body{background:url(/bg.svg)}</style>',
      '<img srcset="/a.png 1x, /b.png 2x" src="/a.png" alt=""><video poster="/p.png"></video>' +
        '<svg><use xlink:href="/icons.svg#i"></use><use href="/icons.svg#j"></use></svg><p style="background:url(\'/c.png\')">x</p>' +
        '<template><img src="/t.png" alt=""></template>',
    );
    const out = rewriteHtmlUrls(html, 'articles/a.html');
    expect(out).toContain('<style>body{background:url(../bg.svg)}</style>');
    expect(out).toContain('srcset="../a.png 1x, ../b.png 2x" src="../a.png"');
    expect(out).toContain('poster="../p.png"');
    expect(out).toContain('xlink:href="../icons.svg#i"');
    expect(out).toContain('<use href="../icons.svg#j">');
    expect(out).toContain(`style="background:url('../c.png')"`);
    expect(out).toContain('<template><img src="../t.png" alt=""></template>');
  });

  test('leaves text, scripts and external or relative URLs alone', () => {
    const html = page(
      '<script>var a = "/not-a-link";</script>',
      '<p>Write to /articles/x.html</p><a href="https://example.org/">e</a><a href="//cdn.example.org/">c</a><a href="#top">t</a><pre>href="/x"</pre>',
    );
    expect(rewriteHtmlUrls(html, 'index.html')).toBe(html);
  });

  test('makes canonical and OpenGraph URLs absolute against the site, or relative without one', () => {
    const html = page(
      '<link rel="canonical" href="/articles/a.html"><meta property="og:image" content="/og.png"><meta name="twitter:url" content="/articles/a.html"><meta name="description" content="/not/a/url">',
      '',
    );
    const site = new URL('https://intranet.example/wiki/research/');
    const absolute = rewriteHtmlUrls(html, 'articles/a.html', { site });
    expect(absolute).toContain('<link rel="canonical" href="https://intranet.example/wiki/research/articles/a.html">');
    expect(absolute).toContain('<meta property="og:image" content="https://intranet.example/wiki/research/og.png">');
    expect(absolute).toContain('content="https://intranet.example/wiki/research/articles/a.html"');
    expect(absolute).toContain('<meta name="description" content="/not/a/url">');

    const relative = rewriteHtmlUrls(html, 'articles/a.html');
    expect(relative).toContain('<link rel="canonical" href="a.html">');
    expect(relative).toContain('<meta property="og:image" content="../og.png">');
  });

  test('keeps an absolute canonical URL as it is', () => {
    const html = page('<link rel="canonical" href="https://example.org/a.html">', '');
    expect(rewriteHtmlUrls(html, 'articles/a.html', { site: new URL('https://example.org/') })).toBe(html);
  });

  test('rewrites the target of a meta refresh (Astro redirects)', () => {
    const html = page('<meta http-equiv="refresh" content="0;url=/articles/new/">', '');
    expect(rewriteHtmlUrls(html, 'old.html')).toContain('content="0;url=articles/new/index.html"');
  });

  test('escapes what it writes into an attribute', () => {
    const html = page('', '<a href=\'/a.html?q="x"&amp;y\'>a</a>');
    expect(rewriteHtmlUrls(html, 'index.html')).toContain('<a href="a.html?q=&quot;x&quot;&amp;y">a</a>');
  });

  test('is deterministic and idempotent', () => {
    const html = page('<link rel="icon" href="/favicon.svg">', '<a href="/">Home</a>');
    const once = rewriteHtmlUrls(html, 'articles/a.html');
    expect(rewriteHtmlUrls(html, 'articles/a.html')).toBe(once);
    expect(rewriteHtmlUrls(once, 'articles/a.html')).toBe(once);
  });
});
