import fc from 'fast-check';
import matter from 'gray-matter';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/lib/schema.ts';
import { hostileBlock, hostileText as hostileTextOf, toRenderedBlocks, type RenderedBlock } from '../../testing/hostile-text.arbitrary.ts';
import { makeArticle } from '../../../src/testing/test-articles.ts';
import { toMdx } from './to-mdx.ts';
import type { Block, FigureSpan } from '../types.ts';

// The site renders MDX with Sätteri (Astro 7's processor, through @astrojs/mdx), with the options
// of astro.config.mjs: mdx({ gfm: false, smartypants: false }).
const features = { gfm: false, smartPunctuation: false };

const article: Article = makeArticle('t', { title: 'T', date: null, dateSource: 'none', companies: [], wordCount: 0 });

type Node = { type: string; tagName?: string; name?: string; value?: string; children?: Node[]; properties?: { start?: number } };

// Markdown and HTML collapse whitespace; the words, their order and every character must survive.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// Text that tries hard to be markup, mixed with anything at all (lone surrogates included).
const hostileText = hostileTextOf({ binary: true });
const block = hostileBlock(hostileText);

/** Every block as the page shows it: element name and its text. Fails on anything that is not plain structure. */
function render(mdx: string): RenderedBlock[] {
  const body = matter(mdx, {}).content;
  mdxToJs(body, { features }); // throws if the document does not compile
  const root = mdxToHast(body, { features }) as unknown as Node;
  const blocks = (root.children ?? []).flatMap((node) => {
    const items = () => (node.children ?? []).filter((item) => item.type === 'element').map((item) => ({ tag: 'li', text: normalise(textOf(item)) }));
    if (node.tagName === 'ul') return items();
    // A numbered list shows its first number (1 unless the page says otherwise).
    if (node.tagName === 'ol') return [{ tag: 'ol', text: `ol:${node.properties?.start ?? 1}` }, ...items()];
    return [{ tag: node.tagName ?? node.type, text: normalise(textOf(node)) }];
  });
  // A block of nothing but whitespace shows nothing, whether or not an empty element is left.
  return blocks.filter(({ text }) => text !== '');
}

const allowedTags = new Set(['p', 'h2', 'ul', 'ol', 'li', 'br']);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'element' && allowedTags.has(node.tagName ?? '')) return node.tagName === 'br' ? ' ' : (node.children ?? []).map(textOf).join('');
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') return (node.children ?? []).map(textOf).join('');
  throw new Error(`article text became markup: a ${node.type} ${node.tagName ?? node.name ?? ''} node`);
}

describe('toMdx (properties)', () => {
  test('any text becomes MDX that compiles and shows the same text, block for block', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        expect(render(toMdx(article, blocks))).toEqual(toRenderedBlocks(blocks));
      }),
      { numRuns: 300 },
    );
  });

  test('figure marks anywhere in any text keep the text whole', { timeout: 60_000 }, () => {
    const marked = hostileText.chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 3 })),
    );
    fc.assert(
      fc.property(marked, ([text, cuts]) => {
        const spans: FigureSpan[] = cuts.map(([a, b], index) => ({ block: 0, start: Math.min(a, b), end: Math.max(a, b), metric: index, kind: 'price_target' }));
        expect(render(toMdx(article, [{ type: 'paragraph', text }], spans))).toEqual(toRenderedBlocks([{ type: 'paragraph', text }]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('toMdx: counterexamples the properties found', () => {
  test.each<[string, Block[], FigureSpan[]]>([
    ['a line break ends a heading', [{ type: 'heading', text: '<\r' }, { type: 'list', items: ['<'] }], []],
    ['a blank line splits a paragraph', [{ type: 'paragraph', text: 'one\n\n# two' }], []],
    ['a mark between the halves of a surrogate pair', [{ type: 'paragraph', text: '𐀀<' }], [{ block: 0, start: 0, end: 1, metric: 0, kind: 'price_target' }]],
    ['a paragraph of nothing but figures', [{ type: 'paragraph', text: '~~~' }], [{ block: 0, start: 0, end: 2, metric: 0, kind: 'price_target' }, { block: 0, start: 2, end: 3, metric: 1, kind: 'price_target' }]],
    ['a paragraph that is one blank figure', [{ type: 'paragraph', text: ' ' }, { type: 'paragraph', text: 'x' }], [{ block: 0, start: 0, end: 1, metric: 0, kind: 'price_target' }]],
  ])('%s', (_, blocks, spans) => {
    expect(render(toMdx(article, blocks, spans))).toEqual(toRenderedBlocks(blocks));
  });
});
