import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  test('a saved news page: the article text as lines, the chrome dropped, its metadata as hints', async () => {
    const page = await readFile(join(import.meta.dirname, 'fixtures/news-page.html'), 'utf8');
    expect(htmlToText(page)).toEqual({
      text: [
        'By Jane Doe, 12 December 2025',
        'Siemens AG shares rose 3% to €200 on Friday after the company raised its outlook.',
        '## The numbers',
        '- Revenue: €20 billion',
        '- EPS: €2.50',
        'Line one',
        'line two & <three>',
        'code line 1',
        'code line 2',
        'Q1 €5bn',
      ].join('\n'),
      hints: {
        origin: 'page metadata',
        title: 'Siemens raises outlook',
        titlePrinted: true,
        // article:published_time is absent, so JSON-LD's datePublished wins over the <time>.
        published: '2025-12-11T08:00:00Z',
        publisher: 'Example News',
        url: 'https://news.example/siemens',
      },
    });
  });

  test.each([
    ['og:title', '<meta property="og:title" content="From OG"><title>From title</title><p>Body text.</p>', 'From OG'],
    ['<title> without the site name', '<meta property="og:site_name" content="Site"><title>From title | Site</title><p>Body text.</p>', 'From title'],
  ])('without an <h1> the title comes from %s', (_name, html, title) => {
    expect(htmlToText(html).hints).toMatchObject({ title, titlePrinted: false });
  });

  test('date sources in order: article:published_time, JSON-LD, a <time> outside running text', () => {
    const time = '<article><p>Event on <time datetime="2020-01-01">1 Jan</time>.</p><div><time datetime="2025-03-04">4 March</time></div></article>';
    expect(htmlToText(time).hints.published).toBe('2025-03-04');
    expect(htmlToText(`<meta property="article:published_time" content="2025-05-06T10:00">${time}`).hints.published).toBe('2025-05-06T10:00');
    expect(htmlToText('<p>Event on <time datetime="2020-01-01">1 Jan</time>.</p>').hints.published).toBeUndefined();
  });

  test('markup in text and character references stay text; scripts and handlers vanish', () => {
    const result = htmlToText('<article><h1>T</h1><p onclick="x()">&lt;script&gt;alert(1)&lt;/script&gt; {x} <a href="javascript:y()">link</a></p><script>z()</script></article>');
    expect(result.text).toBe('<script>alert(1)</script> {x} link');
  });

  test('character references cannot bring back bidi controls or NULs', () => {
    expect(htmlToText('<p>a&#x202E;b&#0;c</p>').text).toBe('ab\uFFFDc');
  });

  test('the longest of several articles is the one read', () => {
    const html = '<article><p>Teaser.</p></article><article><p>The real article is much longer than the teaser.</p></article>';
    expect(htmlToText(html).text).toBe('The real article is much longer than the teaser.');
  });

  test('a page nested 100,000 elements deep is read without exhausting the stack', () => {
    const depth = 100_000;
    expect(htmlToText(`${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`).text).toBe('Deep text.');
    expect(htmlToText(`<p>${'<b>'.repeat(depth)}Bold text.`).text).toBe('Bold text.');
  });

  test('a page of only navigation, cookie banner and footer has no text', () => {
    expect(htmlToText('<nav>Home</nav><div class="cookie-notice">We use cookies</div><footer>©</footer>').text).toBe('');
  });
});
