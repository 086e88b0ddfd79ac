import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/lib/articles/render-body.ts';
import { analyseArticle } from './analyse-article.ts';
import { toMdx } from './emit/to-mdx.ts';
import { toSourceText } from './read/to-source-text.ts';

// A source through every stage a list passes: read, analysed, written as MDX, rendered as the page.
function toPage(file: string, bytes: Uint8Array): string {
  const read = toSourceText(file, bytes);
  if (!read.ok) throw new Error(read.reason);
  const analysed = analyseArticle({ file, sha256: '0'.repeat(64), text: read.text, hints: read.hints, warnings: read.warnings }, { registry: [] });
  if (!analysed.ok) throw new Error(analysed.reason);
  const mdx = toMdx({ ...analysed.article, slug: 'x' }, analysed.blocks, analysed.spans);
  return renderBody(matter(mdx, {}).content, 'x.mdx').html;
}

describe('numbered lists, end to end', () => {
  test('a saved page\'s numbered lists keep every item and number on the article page', () => {
    const html = toPage('recipe.html', readFileSync(join(import.meta.dirname, 'read/fixtures/pages/recipe-lists.html')));
    // <ol> 1–3 and <ol start="4"> 4, 7 on the saved page: the numbers 1 to 4 run on, 7 stands alone.
    expect(html).toContain('<ol>\n<li>Butter, Zucker und Salz schaumig rühren.</li>\n<li>Die Eier einzeln unterrühren.</li>\n<li>Den Teig auf das Blech streichen und 25 Minuten backen.</li>\n<li>Für den Guss Zucker und Zitronensaft verrühren.</li>\n</ol>');
    expect(html).toContain('<ol start="7">\n<li>Den warmen Kuchen damit bestreichen.</li>\n</ol>');
    expect(html).toContain('<ul>\n<li>250 g Butter</li>');
  });

  test('a text file\'s run of "2." and "3)" lines is a numbered list from 2, its figures marked', () => {
    const text = [
      'Alibaba: three analysts lift their targets',
      '',
      'Alibaba Group shares rose 4% on Friday after three brokers raised their views on the company.',
      '',
      'The changes in brief:',
      '',
      '2. Citigroup raised its price target on Alibaba to $225 from $200.',
      '3) Morgan Stanley lifted its price target on Alibaba to $210.',
      '',
      'The stock closed at $180.',
    ].join('\n');
    const html = toPage('steps.txt', new TextEncoder().encode(text));
    expect(html).toMatch(/<ol start="2">\n<li>Citigroup raised its price target on Alibaba to <mark class="figure" data-kind="price_target"><span class="figure-anchor" id="m\d+" data-pagefind-ignore><\/span>\$225<\/mark> from \$200\.<\/li>\n<li>Morgan Stanley lifted its price target on Alibaba to <mark class="figure" data-kind="price_target"><span class="figure-anchor" id="m\d+" data-pagefind-ignore><\/span>\$210<\/mark>\.<\/li>\n<\/ol>/);
  });
});
