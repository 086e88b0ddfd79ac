import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { toMdx } from '../../scripts/lib/emit/to-mdx.ts';
import { makeArticle, makeMetric } from '../testing/test-articles.ts';
import { bodyHeadingDepth, figureAttributes, figureElement, isListStart, maxListNumber, plainFigureKind, toFigureId } from './article-body.ts';
import { renderBody } from './articles/render-body.ts';

describe('the article-body contract', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./article-body.ts')).sort()).toEqual(['bodyHeadingDepth', 'figureAttributes', 'figureElement', 'isListStart', 'maxListNumber', 'plainFigureKind', 'toFigureId']);
  });

  test.each([
    [0, 'm1'],
    [9, 'm10'],
  ])('metric index %i has the element id %s', (index, id) => {
    expect(toFigureId(index)).toBe(id);
  });

  // The writer and the renderer meet only through this module: what one writes, the other reads.
  test('the writer marks figures as the renderer reads them', () => {
    const article = makeArticle('a', { metrics: [makeMetric({ kind: 'price_target', value: 225 }), makeMetric({ kind: 'revenue', value: 5e9 })] });
    const text = 'Target 225 and revenue 5bn, 30 more';
    const spans = [
      { block: 1, start: 7, end: 10, metric: 0, kind: 'price_target' },
      { block: 1, start: 23, end: 26, metric: 1, kind: 'revenue' },
      { block: 1, start: 28, end: 30, metric: null, kind: plainFigureKind },
    ];
    const body = matter(toMdx(article, [{ type: 'heading', text: 'Outlook' }, { type: 'paragraph', text }], spans), {}).content;
    expect(body).toContain(`<${figureElement} ${figureAttributes.id}="${toFigureId(1)}" ${figureAttributes.kind}="revenue">5bn</${figureElement}>`);
    expect(body.startsWith(`${'#'.repeat(bodyHeadingDepth)} Outlook`)).toBe(true);
    expect(renderBody(body, 'a.mdx').html).toBe(
      '<h2 id="outlook">Outlook</h2>\n<p>Target <mark class="figure" data-kind="price_target"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>225</mark> and revenue <mark class="figure" data-kind="revenue"><span class="figure-anchor" id="m2" data-pagefind-ignore></span>5bn</mark>, <span class="figure" data-kind="figure">30</span> more</p>',
    );
  });

  test('a numbered list starts from a whole number and ends within nine digits', () => {
    expect(isListStart(0, 1)).toBe(true);
    expect(isListStart(maxListNumber - 1, 2)).toBe(true);
    expect(isListStart(maxListNumber, 2)).toBe(false);
    expect(isListStart(-1, 1)).toBe(false);
    expect(isListStart(1.5, 1)).toBe(false);
  });

  test('the writer numbers a list from its start and marks figures in its items as the renderer reads them', () => {
    const article = makeArticle('a', { metrics: [makeMetric({ kind: 'price_target', value: 225 })] });
    const body = matter(toMdx(article, [{ type: 'list', start: 3, items: ['Three', 'Target 225'] }], [{ block: 0, item: 1, start: 7, end: 10, metric: 0, kind: 'price_target' }]), {}).content;
    expect(body).toBe('3. Three\n4. Target <Fig id="m1" kind="price_target">225</Fig>\n');
    expect(renderBody(body, 'a.mdx').html).toBe('<ol start="3">\n<li>Three</li>\n<li>Target <mark class="figure" data-kind="price_target"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>225</mark></li>\n</ol>');
  });

  test('the renderer refuses a heading the writer never writes', () => {
    expect(() => renderBody('### Deeper', 'a.mdx')).toThrow('a.mdx:1: unexpected level-3 heading in the body');
  });
});
