import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/lib/schema.ts';
import { makeArticle, makeMetric } from '../../../src/testing/test-articles.ts';
import { hostileBlock, hostileText } from '../../testing/hostile-text.arbitrary.ts';
import { toMdast, toMdx, toMdxReference } from './to-mdx.ts';
import type { Block, FigureSpan } from '../types.ts';
import { writeFrontMatter } from './write-front-matter.ts';
import { writeMdxBody } from './write-mdx-body.ts';

// News-like text: words, figures and the punctuation articles use, so the direct writers' own
// path is what most runs take; the hostile arbitraries cover the way back to remark.
const newsPiece = fc.constantFrom(
  'Alibaba', 'shares', 'rose', 'Kursziel', 'für', 'Ärger', 'the', 'import', 'export', '3.5%', '$156', '€1,2 Mrd.', '(NYSE: BABA)', '1.', '2)',
  ' ', ' ', ' ', ', ', '. ', ': ', '; ', '!', '?', '+', '-', '–', '=', '>', '"', "'", '„', '“', '/', '%', '@', '\u00a0', '😀', '#', '&', 'x_y', 'true', 'null', '0x1F', '2025-12-12', '\u2003', '\u3000', '^', ';', '\u2028', '\u200b', '(x)', ')', '1.5', 'a.', '*'
);
const newsText = fc.array(newsPiece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
const word = fc.constantFrom('Alibaba', 'Umsatz', 'Shares', 'Ölpreis', '2025', 'Q3', '(Reporting', '$156', '„Kaufen“', '"Buy"', '€1,2', '3.5%', '.5', ')');
const safePiece = newsPiece.filter((piece) => !/[#&_]/.test(piece));
const cleanText = fc.tuple(word, fc.array(safePiece, { maxLength: 14 }), word).map(([first, parts, last]) => [first, ...parts, last].join(''));
const text = fc.oneof(newsText, newsText, hostileText({ binary: true }));
const block: fc.Arbitrary<Block> = fc.oneof(hostileBlock(cleanText), hostileBlock(cleanText), hostileBlock(cleanText), hostileBlock(cleanText), hostileBlock(newsText), hostileBlock(text));
const spanKind = fc.constantFrom('price_target', 'figure', 'revenue_growth');

const blocksWithSpans = fc.array(block, { minLength: 1, maxLength: 5 }).chain((blocks) => {
  const span = fc.integer({ min: 0, max: blocks.length - 1 }).chain((index) => {
    const target = blocks[index]!;
    const item = target.type === 'list' ? fc.integer({ min: 0, max: target.items.length - 1 }) : fc.constant(undefined);
    return item.chain((itemIndex) => {
      const length = target.type === 'list' ? target.items[itemIndex!]!.length : target.text.length;
      return fc.record({ a: fc.nat(length), b: fc.nat(length), metric: fc.option(fc.nat(3)), kind: spanKind }).map(
        ({ a, b, metric, kind }): FigureSpan => ({ block: index, ...(itemIndex === undefined ? {} : { item: itemIndex }), start: Math.min(a, b), end: Math.max(a, b), metric, kind }),
      );
    });
  });
  return fc.tuple(fc.constant(blocks), fc.array(span, { maxLength: 4 }));
});

// Front-matter strings: mostly what js-yaml writes on one line (plain or quoted), some anything.
const printablePiece = newsPiece.filter((piece) => !/[\u00a0\u{1F600}]/u.test(piece));
const yamlText = fc.oneof(...Array.from({ length: 8 }, () => fc.array(printablePiece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))), text);
const nonEmpty = yamlText.filter((value) => value.length > 0);
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(48950000000, 1e21, 1.5e-7, -0.25, 0));
const articleArbitrary: fc.Arbitrary<Article> = fc
  .record({
    title: nonEmpty,
    summary: yamlText,
    publisher: fc.option(nonEmpty),
    names: fc.array(nonEmpty, { maxLength: 3 }),
    metric: fc.record({ value: fc.oneof(number, nonEmpty), firm: fc.option(nonEmpty), quote: nonEmpty, period: fc.option(nonEmpty), previous: fc.option(number) }),
    corrected: fc.option(fc.record({ note: fc.option(nonEmpty, { nil: undefined }) }), { nil: undefined }),
  })
  .map(({ title, summary, publisher, names, metric, corrected }) =>
    makeArticle('a-b', {
      title,
      summary,
      time: '04:09',
      source: { file: title, sha256: 'e'.repeat(64), publisher },
      companies: names.map((name, index) => ({ id: `c${index}`, name, mentions: index + 1 })),
      identifiers: [{ type: 'ticker', value: 'BABA', exchange: 'NYSE' }],
      metrics: [makeMetric({ kind: 'price_target', ...metric, converted: { value: 1.5, unit: 'USD' } }), makeMetric({ kind: 'analyst_rating', value: 'Buy', counts: { buy: 1, hold: 0, sell: 2 } })],
      ...(corrected ? { corrections: { fields: ['title', 'date'], ...corrected } } : {}),
    }),
  );

describe('the direct MDX writers', () => {
  test('write the same bytes as remark and gray-matter, for any body', { timeout: 60_000 }, () => {
    let direct = 0;
    fc.assert(
      fc.property(blocksWithSpans, ([blocks, spans]) => {
        const article = makeArticle('a');
        if (writeMdxBody(toMdast(blocks, spans)) !== null) direct += 1;
        expect(toMdx(article, blocks, spans)).toBe(toMdxReference(article, blocks, spans));
      }),
      { numRuns: 1500 },
    );
    // The comparison means something only if the direct path ran often.
    expect(direct).toBeGreaterThan(150);
  });

  test('write the same bytes as gray-matter (js-yaml), for any front-matter', { timeout: 60_000 }, () => {
    let direct = 0;
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const blocks: Block[] = [{ type: 'paragraph', text: 'Body.' }];
        if (writeFrontMatter(article) !== null) direct += 1;
        expect(toMdx(article, blocks)).toBe(toMdxReference(article, blocks));
      }),
      { numRuns: 1500 },
    );
    expect(direct).toBeGreaterThan(150);
  });

  test('take the direct path for plain news text and leave markup to remark', () => {
    const plain: Block[] = [{ type: 'heading', text: 'Alibaba: 3.5% up' }, { type: 'paragraph', text: 'Shares rose (NYSE: BABA) to $156!' }, { type: 'list', items: ['One', 'Two'] }];
    expect(writeMdxBody(toMdast(plain, [{ block: 1, start: 28, end: 32, metric: 0, kind: 'share_price' }]))).toBe(
      '## Alibaba: 3.5% up\n\nShares rose (NYSE: BABA) to <Fig id="m1" kind="share_price">$156</Fig>!\n\n- One\n- Two\n',
    );
    // A numbered list is numbered on from its first number, as remark numbers it.
    const numbered: Block[] = [{ type: 'list', start: 9, items: ['Nine', 'Ten'] }];
    expect(writeMdxBody(toMdast(numbered))).toBe('9. Nine\n10. Ten\n');
    expect(toMdx(makeArticle('a'), numbered)).toBe(toMdxReference(makeArticle('a'), numbered));
    for (const text of ['a <b>', 'a {x}', 'a *b*', '1. item', 'import x', 'a [b](c)', 'a\\b']) expect(writeMdxBody(toMdast([{ type: 'paragraph', text }]))).toBeNull();
    expect(writeFrontMatter({ title: 'Alibaba: up', count: 3, list: [], quote: "Alibaba's" })).toBe("title: 'Alibaba: up'\ncount: 3\nlist: []\nquote: Alibaba's");
    expect(writeFrontMatter({ text: 'two\nlines' })).toBeNull();
    // gray-matter trims the YAML, so a last value ending in white space js-yaml leaves plain is its case.
    const spaced = makeArticle('a', { metrics: [makeMetric({ kind: 'price_target', value: 1, quote: 'Ends in an em space\u2003' })] });
    expect(toMdx(spaced, plain)).toBe(toMdxReference(spaced, plain));
  });
});
