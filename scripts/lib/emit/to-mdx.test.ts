import matter from 'gray-matter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { articleSchema, type Article } from '../../../src/lib/schema.ts';
import { toMdx } from './to-mdx.ts';
import type { Block } from '../types.ts';

const article: Article = {
  schemaVersion: 1,
  title: 'Citigroup: "Buy" {x} <b>',
  titleSource: 'headline',
  slug: 'citigroup-buy',
  date: '2025-12-12',
  time: '04:09:05',
  dateSource: 'dateline',
  lang: 'en',
  source: { file: 'nested/000.txt', sha256: 'a'.repeat(64), publisher: null },
  primary: 'alibaba',
  companies: [{ id: 'alibaba', name: 'Alibaba Group', mentions: 14 }],
  identifiers: [{ type: 'isin', value: 'US01609W1027' }, { type: 'ticker', value: 'BABA', exchange: 'NYSE' }],
  summary: 'A lead paragraph: with colons, "quotes" and # hashes.',
  wordCount: 412,
  metrics: [
    { kind: 'net_income', subject: 'alibaba', value: 48950000000, unit: 'CNY', firm: null, previous: null, segment: null, period: 'December quarter', quote: 'Alibaba posted net income of 48.95 billion yuan ($6.72 billion).', converted: { value: 6720000000, unit: 'USD' } },
    { kind: 'analyst_rating', subject: 'alibaba', value: 'Moderate Buy', unit: null, firm: null, previous: null, segment: null, period: null, quote: 'Das Rating „Moderate Buy“.', counts: { buy: 17, hold: 2, sell: 1 } },
  ],
};

const parser = unified().use(remarkParse).use(remarkMdx);

describe('toMdx', () => {
  test('front-matter round-trips through gray-matter and the schema', () => {
    const written = toMdx(article, [{ type: 'paragraph', text: 'Body.' }]);
    const parsed = articleSchema.parse(matter(written, {}).data);
    expect(parsed).toEqual(article);
  });

  test('an undated article keeps date: null and has no time', () => {
    const { time: _time, ...rest } = article;
    const undated = { ...rest, date: null, dateSource: 'none' as const };
    const data = matter(toMdx(undated, []), {}).data;
    expect(data.date).toBeNull();
    expect('time' in data).toBe(false);
  });

  test('refuses front-matter that breaks the schema, naming the field', () => {
    expect(() => toMdx({ ...article, date: '12.12.2025' }, [])).toThrow(/date: expected YYYY-MM-DD/);
  });

  test('news text never becomes markup: JSX, expressions, HTML, links, headings', () => {
    const hostile = [
      '<script>window.pwned = 1</script>',
      '{alert(1)}',
      '<Fig id="x">fake</Fig>',
      '[click](javascript:alert(1))',
      '# not a heading',
      '---\ntitle: injected\n---',
      'import x from "y"',
      'export const a = 1',
      '*emphasis* and `code` and <!-- comment -->',
    ];
    const blocks: Block[] = hostile.map((text) => ({ type: 'paragraph', text }));
    const body = matter(toMdx(article, blocks), {}).content;
    const tree = parser.parse(body);
    const kinds = new Set<string>();
    visit(tree, (node) => {
      kinds.add(node.type);
    });
    expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
    const texts: string[] = [];
    visit(tree, 'text', (node) => {
      texts.push(node.value);
    });
    // A line break inside a paragraph is only a space on the page; it is written as one.
    expect(texts.join('\n')).toBe(hostile.map((text) => text.replace(/\n/g, ' ')).join('\n'));
  });

  test('figure spans become Fig elements carrying the metric id and kind', () => {
    const body = matter(
      toMdx(article, [{ type: 'paragraph', text: 'Citigroup raised its target to $225 {per} share.' }], [
        { block: 0, start: 31, end: 35, metric: 0, kind: 'price_target' },
        { block: 0, start: 0, end: 3, metric: null, kind: 'figure' },
      ]),
      {},
    ).content;
    expect(body.trim()).toBe('<Fig kind="figure">Cit</Fig>igroup raised its target to <Fig id="m1" kind="price_target">$225</Fig> \\{per} share.');
  });

  test('a figure marked twice carries its id once, on the first occurrence', () => {
    const body = matter(
      toMdx(article, [{ type: 'heading', text: 'Sales Surge 32%' }, { type: 'paragraph', text: 'Sales rose 32% this year.' }], [
        { block: 1, start: 11, end: 14, metric: 0, kind: 'revenue_growth' },
        { block: 0, start: 12, end: 15, metric: 0, kind: 'revenue_growth' },
      ]),
      {},
    ).content;
    expect(body.match(/id="m1"/g)).toHaveLength(1);
    expect(body).toContain('## Sales Surge <Fig id="m1" kind="revenue_growth">32%</Fig>');
    expect(body).toContain('Sales rose <Fig kind="revenue_growth">32%</Fig> this year.');
  });
});
