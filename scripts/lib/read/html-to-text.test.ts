import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from './html-to-text.ts';

const readPage = (name: string) => readFile(join(import.meta.dirname, 'fixtures', name), 'utf8');

// A story of three paragraphs with a menu and a footer of links around it; `wrap` puts the
// story inside markup of the shape under test.
const story = [
  'The regional bank raised its dividend by a fifth on Tuesday after profit rose to a record.',
  'Deposits grew by four percent over the year, while loan losses stayed below the long-term average.',
  'The board expects a similar result next year if interest rates stay where they are now.',
];
const page = (wrap: (body: string) => string) => `<!doctype html><html lang="en"><head><title>Bank raises dividend</title></head><body>
<div class="top"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/companies">Companies</a> <a href="/opinion">Opinion</a></div>
${wrap(`<h1>Bank raises dividend</h1>${story.map((line) => `<p>${line}</p>`).join('')}`)}
<div class="bottom"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></div></body></html>`;

describe('htmlToText', () => {
  test('a saved news page: the article text as lines, the chrome and the byline dropped, its metadata as hints', async () => {
    expect(htmlToText(await readPage('news-page.html'))).toEqual({
      text: [
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
    // Names that matched a chrome pattern in part and removed the whole article before.
    'l-sidebar-fixed', 'content-with-sidebar-wrp', 'modal-enabled', 'ad_body', 'post category-native-advertising-news', 'paywall',
    'has-paywall', 'isPaywall', 'TestReport__Section--Ads',
  ])('an article wrapped in class="%s" is read', (name) => {
    expect(htmlToText(page((body) => `<div class="${name}">${body}</div>`)).text).toBe(story.join('\n'));
  });

  test('a chrome name never drops the element holding most of the text', () => {
    expect(htmlToText(page((body) => `<div class="sidebar">${body}</div>`)).text).toBe(story.join('\n'));
    expect(htmlToText(page((body) => `<aside>${body}</aside>`)).text).toBe(story.join('\n'));
  });

  test('reader comments in <article> elements lose to the story; the comments heading ends the text', async () => {
    const { text, hints } = htmlToText(await readPage('pages/comments-as-articles.html'));
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toMatch(/^Der Stadtrat hat am Dienstagabend/);
    expect(text).not.toMatch(/Kommentare|Radler_42|Achtzehn Millionen|zu spät/);
    // The comments' dates are not the article's.
    expect(hints.published).toBeUndefined();
  });

  test('teaser cards in <article> elements are left out by their shape', async () => {
    const { text } = htmlToText(await readPage('pages/teaser-cards.html'));
    expect(text).toMatch(/^Dock workers returned/);
    expect(text).toMatch(/training centre for crane operators\.$/);
    expect(text).not.toMatch(/Ferry|lighthouse|Fish market|Harbour swim|sailings/);
  });

  test('an empty <article> and a first <main> holding only an ad do not hide the story in a second <main>', async () => {
    const { text } = htmlToText(await readPage('pages/empty-article-second-main.html'));
    expect(text).toBe([
      'The central library will open until 10 pm on weekdays from next month, the city council announced on Thursday, after a petition gathered more than 3,000 signatures.',
      'Evening staff will be paid from a fund that previously covered the mobile library, which has been out of service since the spring.',
    ].join('\n'));
  });

  test('without <article> or <main>, menus and link lists are left out by their shape', async () => {
    const { text, hints } = htmlToText(await readPage('pages/no-landmarks.html'));
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^Seit 1925 backt die Familie Korn/),
      expect.stringMatching(/^Geplant sind Führungen/),
    ]);
    expect(hints.title).toBe('Bäckerei Korn feiert 100 Jahre');
  });

  test('lists keep every item, repeated short ones included, and numbered lists their numbers', async () => {
    const { text } = htmlToText(await readPage('pages/recipe-lists.html'));
    expect(text.split('\n').slice(2)).toEqual([
      'Für den Teig:', '- 250 g Butter', '- 200 g Zucker', '- 1 Prise Salz', '- 4 Eier',
      'Für den Guss:', '- 200 g Zucker', '- 1 Prise Salz', '- Saft von 2 Zitronen',
      '## Zubereitung',
      '1. Butter, Zucker und Salz schaumig rühren.', '2. Die Eier einzeln unterrühren.', '3. Den Teig auf das Blech streichen und 25 Minuten backen.',
      '4. Für den Guss Zucker und Zitronensaft verrühren.', '7. Den warmen Kuchen damit bestreichen.',
    ]);
  });

  test('a visible byline gives the date, a kicker is not part of the title', async () => {
    const { text, hints } = htmlToText(await readPage('pages/byline-dates.html'));
    expect(hints).toMatchObject({ title: 'Neue Brücke über die Aller', titlePrinted: true, published: '2020-04-21T16:40:00', publisher: 'Kreisanzeiger' });
    expect(text).not.toMatch(/Petra Lange|^Verkehr/m);
  });

  test('a UTC stamp is dated in the page\'s time zone', () => {
    const html = (lang: string) => `<html lang="${lang}"><head><meta property="article:published_time" content="2020-01-27T23:30:00Z"></head><body><p>${story[0]}</p></body></html>`;
    expect(htmlToText(html('de')).hints.published).toBe('2020-01-28T00:30:00+01:00');
    expect(htmlToText(html('en-US')).hints.published).toBe('2020-01-27T18:30:00-05:00');
    // An English page on no national domain keeps the stamp as it is.
    expect(htmlToText(html('en')).hints.published).toBe('2020-01-27T23:30:00Z');
  });

  test.each([
    ['og:title', '<meta property="og:title" content="From OG"><title>From title</title><p>Body text.</p>', 'From OG'],
    ['<title> without the site name', '<meta property="og:site_name" content="Site"><title>From title | Site</title><p>Body text.</p>', 'From title'],
  ])('without an <h1> the title comes from %s', (_name, html, title) => {
    expect(htmlToText(html).hints).toMatchObject({ title, titlePrinted: false });
  });

  test('date sources in order: article:published_time, JSON-LD, a <time> outside running text, a written meta date', () => {
    const time = '<article><p>Event on <time datetime="2020-01-01">1 Jan</time>.</p><div><time datetime="2025-03-04">4 March</time></div></article>';
    expect(htmlToText(time).hints.published).toBe('2025-03-04');
    expect(htmlToText(`<meta property="article:published_time" content="2025-05-06T10:00">${time}`).hints.published).toBe('2025-05-06T10:00:00');
    expect(htmlToText('<meta name="date" content="27.01.2022"><p>Text without a date.</p>').hints.published).toBe('2022-01-27');
  });

  test('the title is the headline a reader sees: no screen-reader label, small print, wrapped kicker or second line', () => {
    const title = (h1: string, og = 'Energiewende und gesellschaftlicher Wandel') => htmlToText(`<meta property="og:title" content="${og}"><article>${h1}<p>${story[0]}</p><p>${story[1]}</p></article>`).hints.title;
    expect(title('<h1><span class="visually-hidden">Headline:</span> Energiewende und gesellschaftlicher Wandel</h1>')).toBe('Energiewende und gesellschaftlicher Wandel');
    expect(title('<h1>Energiewende und gesellschaftlicher Wandel<span class="element-invisible"> | Fassette</span></h1>')).toBe('Energiewende und gesellschaftlicher Wandel');
    expect(title('<h1><div class="headline">Energiewende und gesellschaftlicher Wandel</div></h1>')).toBe('Energiewende und gesellschaftlicher Wandel');
    expect(title('<h1>Energiewende und gesellschaftlicher Wandel <small>Thema: Forschung</small></h1>', 'Something else entirely')).toBe('Energiewende und gesellschaftlicher Wandel');
    expect(title('<h1>Energiewende und gesellschaftlicher Wandel<br>02.02.2022 • Presse</h1>')).toBe('Energiewende und gesellschaftlicher Wandel');
    expect(title('<h1><a href="/x"><span class="label">Patch Notes</span> Energiewende und gesellschaftlicher Wandel</a></h1>')).toBe('Energiewende und gesellschaftlicher Wandel');
  });

  test('a headline\'s own date is the event\'s; an element named for dates in it, microdata and a dateline after the intro are the article\'s', () => {
    const date = (head: string, body = `<p>${story[0]}</p><p>${story[1]}</p>`) => htmlToText(`<article>${head}${body}</article>`).hints.published;
    expect(date('<h1>Ergebnisse der Regionalmeisterschaft, 19.5.2007</h1><p class="post-meta">von Marc Scheloske | 20. Mai 2007</p>')).toBe('2007-05-20');
    expect(date('<h1><span class="date">27.01.2022</span>Mineralölabsatz im November 2021</h1>')).toBe('2022-01-27');
    expect(date('<h1>Coronavirus-Update</h1><span itemprop="datePublished" content="2020-03-18T13:15:00+01:00">18.03.2020</span>')).toBe('2020-03-18T13:15:00+01:00');
    expect(date('<h1>Bioenergie-Branche protestiert</h1>', `<p>${story[0]}</p><p>29.11.2022 – ${story[1]}</p>`)).toBe('2022-11-29');
  });

  test('a generic meta date yields to the byline under the headline; a page\'s publication stamp does not', () => {
    const byline = '<h1>Riesling feiert Geburtstag</h1><div>27.01.2022</div>';
    expect(htmlToText(`<meta name="date" content="2021-12-20T11:02:44+01:00"><article>${byline}<p>${story[0]}</p></article>`).hints.published).toBe('2022-01-27');
    expect(htmlToText(`<meta property="article:published_time" content="2021-12-20T11:02:44+01:00"><article>${byline}<p>${story[0]}</p></article>`).hints.published).toBe('2021-12-20T11:02:44+01:00');
  });

  test('markup in text and character references stay text; scripts and handlers vanish', () => {
    const result = htmlToText('<article><h1>T</h1><p onclick="x()">&lt;script&gt;alert(1)&lt;/script&gt; {x} <a href="javascript:y()">link</a></p><script>z()</script></article>');
    expect(result.text).toBe('<script>alert(1)</script> {x} link');
  });

  test('character references cannot bring back bidi controls or NULs', () => {
    expect(htmlToText('<p>a&#x202E;b&#0;c</p>').text).toBe('ab\uFFFDc');
  });

  test('a script template holding the post is read as the markup it shows', () => {
    const html = `<div class="post"><script type="text/template"><p>${story[0]}</p><p>${story[1]}</p></script></div><div><a href="/">Home</a></div>`;
    expect(htmlToText(html).text).toBe(`${story[0]}\n${story[1]}`);
  });

  test('a page nested 100,000 elements deep is read without exhausting the stack', () => {
    const depth = 100_000;
    expect(htmlToText(`${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`).text).toBe('Deep text.');
    expect(htmlToText(`<p>${'<b>'.repeat(depth)}Bold text.`).text).toBe('Bold text.');
  });

  test('a page of only navigation, cookie banner and footer has no text', () => {
    expect(htmlToText('<nav>Home</nav><div class="cookie-notice">We use cookies</div><footer>©</footer>').text).toBe('');
  });

  test('a short section a sub-heading opens after the last paragraph is a closing box; its date still counts', () => {
    // Running text is a paragraph of 120 characters or more; the story's last one is.
    const last = 'Analysts had expected a smaller increase, since the bank spent heavily on its branches, its staff and its systems during the year.';
    const closing = '<h2>Ihr Ansprechpartner</h2><p>Anna Beispiel, Pressestelle</p><p>Tel.: +49 30 1234 567</p><p>Stand: 14.02.2019</p>';
    const result = htmlToText(page((body) => `<article>${body}<p>${last}</p>${closing}</article>`));
    expect(result.text).toBe([...story, last].join('\n'));
    expect(result.hints.published).toBe('2019-02-14');
  });

  test('a long section after the last paragraph (a specification list) is article text', () => {
    const specs = Array.from({ length: 12 }, (_, index) => `<li>Rated voltage class ${index + 1}: 380 to 415 V</li>`).join('');
    const last = 'Analysts had expected a smaller increase, since the bank spent heavily on its branches, its staff and its systems during the year.';
    const result = htmlToText(page((body) => `<article>${body}<p>${last}</p><h2>Specifications</h2><ul>${specs}</ul></article>`));
    expect(result.text).toContain('## Specifications');
    expect(result.text.split('\n').at(-1)).toBe('- Rated voltage class 12: 380 to 415 V');
  });
});
