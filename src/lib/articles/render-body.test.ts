import fc from 'fast-check';
import matter from 'gray-matter';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { hostileBlock, hostileText as hostileTextOf, toRenderedBlocks } from '../../../scripts/testing/hostile-text.arbitrary.ts';
import { toMdx } from '../../../scripts/lib/emit/to-mdx.ts';
import { makeArticle } from '../../testing/test-articles.ts';
import type { Block, FigureSpan } from '../../../scripts/lib/types.ts';
import type { Article } from '../schema.ts';
import { escapeHtml, renderBody } from './render-body.ts';

const file = 'content/articles/x.mdx';
const html = (mdx: string) => renderBody(mdx, file).html;

describe('renderBody', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./render-body.ts')).sort()).toEqual(['escapeHtml', 'renderBody']);
  });

  // Expected HTML is what @astrojs/mdx rendered for the same body (see the samples' built pages).
  test.each<[string, string, string]>([
    ['a paragraph', 'Shares rose on Friday.', '<p>Shares rose on Friday.</p>'],
    ['blocks separated by one line break', 'One.\n\n## Two\n\nThree.', '<p>One.</p>\n<h2 id="two">Two</h2>\n<p>Three.</p>'],
    ['heading ids as GitHub slugs', '## Cloud und KI als Wachstumstreiber', '<h2 id="cloud-und-ki-als-wachstumstreiber">Cloud und KI als Wachstumstreiber</h2>'],
    ['umlauts kept in heading ids', '## Größter Zukauf', '<h2 id="größter-zukauf">Größter Zukauf</h2>'],
    ['repeated headings numbered', '## Outlook\n\n## Outlook', '<h2 id="outlook">Outlook</h2>\n<h2 id="outlook-1">Outlook</h2>'],
    ['a tight bullet list', '- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['a tight numbered list', '1. one\n2. two', '<ol>\n<li>one</li>\n<li>two</li>\n</ol>'],
    ['a numbered list keeps its first number', '7. seven\n8. eight', '<ol start="7">\n<li>seven</li>\n<li>eight</li>\n</ol>'],
    ['a figure in a numbered list item', '3. Revenue: <Fig id="m1" kind="revenue">$5bn</Fig>', '<ol start="3">\n<li>Revenue: <mark class="figure" data-kind="revenue"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>$5bn</mark></li>\n</ol>'],
    ['a typed figure', 'Up <Fig id="m1" kind="share_price_change">5%</Fig>.', '<p>Up <mark class="figure" data-kind="share_price_change"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>5%</mark>.</p>'],
    ['a plain figure', 'Some <Fig kind="figure">30</Fig> more', '<p>Some <span class="figure" data-kind="figure">30</span> more</p>'],
    ['a figure in a heading counts in its id', '## Target <Fig id="m2" kind="price_target">$225</Fig>', '<h2 id="target-225">Target <mark class="figure" data-kind="price_target"><span class="figure-anchor" id="m2" data-pagefind-ignore></span>$225</mark></h2>'],
    ['a figure in a list item', '- Revenue: <Fig id="m1" kind="revenue">$5bn</Fig>', '<ul>\n<li>Revenue: <mark class="figure" data-kind="revenue"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>$5bn</mark></li>\n</ul>'],
    ['a paragraph that is only a figure', '<Fig id="m1" kind="capex">$9bn</Fig>', '<mark class="figure" data-kind="capex"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>$9bn</mark>'],
    ['quotes and apostrophes escaped as Astro does', 'The "AI-first" plan\'s cost', '<p>The &quot;AI-first&quot; plan&#39;s cost</p>'],
    ['escaped markup stays text', '\\<script>alert(1)\\</script> \\{x} \\*y\\* a &amp; b', '<p>&lt;script&gt;alert(1)&lt;/script&gt; {x} *y* a &amp; b</p>'],
    ['an escaped import stays text', '&#x69;mport x from "y"', '<p>import x from &quot;y&quot;</p>'],
    ['an empty body', '', ''],
  ])('%s', (_, source, expected) => {
    expect(html(source)).toBe(expected);
  });

  test('reports the headings as Astro does', () => {
    expect(renderBody('## A <Fig kind="figure">1</Fig>\n\n## A 1', file).headings).toEqual([
      { depth: 2, slug: 'a-1', text: 'A 1' },
      { depth: 2, slug: 'a-1-1', text: 'A 1' },
    ]);
  });

  test.each<[string, string, string]>([
    ['another JSX element', 'Hello\n\nText <Chart data="x" /> here', 'content/articles/x.mdx:3: unexpected JSX element <Chart> in the body'],
    ['an expression', 'Hello {1 + 1}', 'content/articles/x.mdx:1: unexpected expression {1 + 1} in the body'],
    ['an import', 'import X from "y"\n\nText', 'content/articles/x.mdx:1: unexpected import/export statement in the body'],
    ['emphasis', 'a *b* c', 'content/articles/x.mdx:1: unexpected emphasis node in the body'],
    ['a link', '[a](https://example.com)', 'content/articles/x.mdx:1: unexpected link node in the body'],
    ['a figure with another attribute', '<Fig kind="figure" onclick="x">1</Fig> a', 'content/articles/x.mdx:1: unexpected attribute "onclick" on <Fig>'],
    ['a figure with an expression attribute', 'a <Fig kind={k}>1</Fig>', 'content/articles/x.mdx:1: unexpected attribute "kind" on <Fig>'],
    ['a figure without its kind', 'a <Fig id="m1">1</Fig>', 'content/articles/x.mdx:1: <Fig> without its kind attribute'],
  ])('fails on %s, naming the file and line', (_, source, message) => {
    expect(() => html(source)).toThrow(message);
  });

  test('fails on a body that is not MDX, naming the file', () => {
    expect(() => html('a <b c')).toThrow(/^content\/articles\/x\.mdx: the body is not valid MDX \(.+\)\. Generated article bodies/);
  });

  test('says what to do about an unexpected element', () => {
    expect(() => html('<Foo />')).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/articles/x.mdx:1: unexpected JSX element <Foo> in the body. Generated article bodies hold only paragraphs, "##" headings, bullet and numbered lists and <Fig> elements; rebuild the file with \`npm run ingest\` instead of editing it, and put corrections in content/overrides/.]`,
    );
  });
});

describe('escapeHtml', () => {
  test('escapes the five characters Astro escapes, and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom's & "Jerry"</a> € {}`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; &quot;Jerry&quot;&lt;/a&gt; € {}');
  });
});

// Any text the writer is given, however much it looks like markup, comes back as text: the HTML
// holds only the writer's structure, and each block shows the block's words.
describe('renderBody figure ids', () => {
  test('lists the typed figures the body marks, in order, and no plain figure', () => {
    const { figureIds } = renderBody('Up <Fig id="m2" kind="share_price_change">5%</Fig> to <Fig kind="figure">$3</Fig>, target <Fig id="m1" kind="price_target">$9</Fig>.', 'x.mdx');
    expect(figureIds).toEqual(['m2', 'm1']);
  });
});

describe('renderBody (properties)', () => {
  const article: Article = makeArticle('t', { title: 'T', date: null, dateSource: 'none', companies: [], wordCount: 0 });
  const hostileText = hostileTextOf({ binary: false });
  const block = hostileBlock(hostileText);
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

  // Reads the HTML back: block elements with their text, and every figure mark; fails on any other tag.
  function readBack(source: string): { blocks: Array<{ tag: string; text: string }>; marks: string[] } {
    const blocks: Array<{ tag: string; text: string }> = [];
    const marks: string[] = [];
    let current: { tag: string; text: string } | null = null;
    const parser = new Parser({
      onopentag(name, attributes) {
        if (name === 'p' || name === 'h2' || name === 'li') blocks.push((current = { tag: name, text: '' }));
        // A typed figure's id is on the empty anchor that opens its mark.
        else if (name === 'span' && attributes['class'] === 'figure-anchor') marks.push(`${marks.pop()?.replace(/^mark::/, `mark:${attributes['id']}:`)}`);
        else if (name === 'mark' || name === 'span') marks.push(`${name}:${attributes['id'] ?? ''}:${attributes['data-kind']}`);
        // A numbered list shows its first number (1 unless the page says otherwise).
        else if (name === 'ol') blocks.push((current = { tag: 'ol', text: `ol:${attributes['start'] ?? 1}` }));
        else if (name !== 'ul') throw new Error(`article text became markup: <${name}>`);
      },
      ontext(text) {
        if (current) current.text += text;
      },
    }, { decodeEntities: true });
    parser.end(source);
    return { blocks: blocks.map(({ tag, text }) => ({ tag, text: normalise(text) })).filter(({ text }) => text !== ''), marks };
  }

  // Found by the property below: an empty paragraph between two lists was written as a blank
  // line, the lists ran together into one loose list, and the renderer refused it.
  test('keeps two lists apart when an empty paragraph stood between them', () => {
    const blocks: Block[] = [{ type: 'list', items: [''] }, { type: 'paragraph', text: '' }, { type: 'list', items: ['<'] }];
    expect(readBack(html(matter(toMdx(article, blocks), {}).content)).blocks).toEqual(toRenderedBlocks(blocks));
  });

  test('hostile text stays text, block for block', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const body = matter(toMdx(article, blocks), {}).content;
        expect(readBack(html(body)).blocks).toEqual(toRenderedBlocks(blocks));
      }),
      { numRuns: 300 },
    );
  });

  test('figures anywhere in hostile text become marks and keep the text whole', { timeout: 60_000 }, () => {
    const marked = hostileText.filter((text) => text.trim() !== '').chain((text) => fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 3 })));
    fc.assert(
      fc.property(marked, ([text, cuts]) => {
        const spans: FigureSpan[] = cuts.map(([a, b], index) => ({ block: 0, start: Math.min(a, b), end: Math.max(a, b), metric: index, kind: 'price_target' }));
        const { blocks, marks } = readBack(html(matter(toMdx(article, [{ type: 'paragraph', text }], spans), {}).content));
        expect(marks.every((mark) => /^mark:m\d+:price_target$/.test(mark))).toBe(true);
        expect(blocks).toEqual(toRenderedBlocks([{ type: 'paragraph', text }]));
      }),
      { numRuns: 200 },
    );
  });
});
