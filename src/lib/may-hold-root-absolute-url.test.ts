import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { toRelativeCss } from './relative-url.ts';
import { rewriteHtmlUrls } from './rewrite-html-urls.ts';

// The rewriter without its pre-check, so the property below compares the pre-check with a parse.
vi.mock('./may-hold-root-absolute-url.ts', () => ({ mayHoldRootAbsoluteUrl: () => true }));
const { mayHoldRootAbsoluteUrl } = await vi.importActual<typeof import('./may-hold-root-absolute-url.ts')>('./may-hold-root-absolute-url.ts');

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

// Pieces of markup around URLs: quotes, entities that decode to whitespace, a slash or a comma,
// the attributes and style contexts the rewriter reads, and plain text with slashes in it.
const pieces = [
  '<a href=', '<img srcset=', '<img src=', '<p style=', '<style>', '</style>', '<meta http-equiv="refresh" content=',
  '<meta property="og:image" content=', '<link rel="canonical" href=', '<svg><use xlink:href=', '<template>', '>', '</p>', '/>',
  '"', "'", '=', ',', '(', ')', 'url(', '@import ', '0;url=', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff',
  '&#32;', '&#32', '&#x20;', '&nbsp;', '&nbsp', '&Tab;', '&NewLine;', '&quot;', '&#39;', '&#44;', '&comma;', '&lpar;', '&equals;',
  '&amp;', '&#47;', '&#x2F;', '&#0047;', '&sol;', '/', '//', '/x', 'x', 'a/b', '../y.html', 'https://e.org/', '1x', ';',
];

describe('mayHoldRootAbsoluteUrl', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await vi.importActual('./may-hold-root-absolute-url.ts'))).toEqual(['mayHoldRootAbsoluteUrl']);
  });

  test('passes over a page whose only slashes are closing tags, relative links and text', () => {
    const html = page(
      '<a href="../companies/index.html">Companies</a> <a href=x/y.html>y</a> <a href="https://example.org/a">e</a>' +
        '<img src="data:image/png;base64,AA==" alt=""><p>Revenue in 2024/25 rose by a/b &amp; c/d.</p><br/>',
    );
    expect(mayHoldRootAbsoluteUrl(html)).toBe(false);
    expect(mayHoldRootAbsoluteUrl('body{background:url(../bg.svg)}')).toBe(false);
  });

  test.each([
    ['an unquoted attribute', '<a href=/x.html>x</a>'],
    ['a quoted attribute with spaces around', '<a href = " /x.html">x</a>'],
    ['a later srcset candidate', '<img srcset="a.png 1x,/b.png 2x" alt="">'],
    ['a srcset candidate after a written comma', '<img srcset="a.png 1x&#44; /b.png 2x" alt="">'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0; url=/new/">'],
    ['a meta refresh with a quoted url', `<meta http-equiv="refresh" content="0;URL='/new/'">`],
    ['a style attribute', '<p style="background:url( /bg.png )">x</p>'],
    ['a style attribute with a written quote', '<p style="background:url(&quot;/bg.png&quot;)">x</p>'],
    ['a style block', '<style>@import "/print.css";p{background:url(\'/bg.png\')}</style>'],
    ['a written slash', '<a href="&#47;x.html">x</a>'],
    ['a written slash in hex', '<a href="&#x2f;x.html">x</a>'],
    ['a named slash', '<a href="&sol;x.html">x</a>'],
    ['a space written as a reference', '<a href="&#32;/x.html">x</a>'],
    ['a space written without its semicolon', '<a href="&#32/x.html">x</a>'],
    ['a no-break space', '<a href="&nbsp/x.html">x</a>'],
    ['a literal no-break space', '<a href="\u00a0/x.html">x</a>'],
    ['a template', '<template><img src="/t.png" alt=""></template>'],
  ])('sends %s to the parser, which rewrites it', (_, body) => {
    const html = page(body);
    expect(mayHoldRootAbsoluteUrl(html)).toBe(true);
    expect(rewriteHtmlUrls(html, 'articles/a.html')).not.toBe(html);
  });

  test('sends a style sheet with a root-absolute URL to the rewriter', () => {
    for (const css of ['a{background:url(/bg.svg)}', 'a{background:url( "/bg.svg" )}', '@import "/x.css";', "@import '/x.css';"]) {
      expect(mayHoldRootAbsoluteUrl(css)).toBe(true);
      expect(toRelativeCss('a/b.css', css)).not.toBe(css);
    }
  });

  test('never passes over a page the parser would rewrite', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const html = page(parts.join(''));
        if (!mayHoldRootAbsoluteUrl(html)) expect(rewriteHtmlUrls(html, 'articles/a.html')).toBe(html);
        const css = parts.join('');
        if (!mayHoldRootAbsoluteUrl(css)) expect(toRelativeCss('a/b.css', css)).toBe(css);
      }),
      { numRuns: 3000 },
    );
  });
});
