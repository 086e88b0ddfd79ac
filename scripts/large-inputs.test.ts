/**
 * Huge and pathological sources run through every stage (read → clean → … → metrics → MDX) and
 * must finish with the right output. No timing is asserted (speed is a benchmark's job); a stage
 * that turned quadratic would take minutes here and hit the test timeout.
 */
import { mdxToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from './lib/analyse-article.ts';
import { toMdx } from './lib/emit/to-mdx.ts';
import { toSourceText } from './lib/read/to-source-text.ts';
import matter from 'gray-matter';

const megabytes = 2_000_000;

function runPipeline(file: string, text: string) {
  const read = toSourceText(file, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`${file} was refused: ${read.reason}`);
  const result = analyseArticle({ file, sha256: '0'.repeat(64), ...read }, { registry: [] });
  if (!result.ok) throw new Error(`${file} failed: ${result.reason}`);
  return { ...result, mdx: toMdx({ ...result.article, slug: 'large' }, result.blocks, result.spans) };
}

function toShownText(mdx: string): string {
  const show = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((child) => show(child as typeof node)).join('');
  return show(mdxToHast(matter(mdx, {}).content, { features: { gfm: false, smartPunctuation: false }, position: false }) as never);
}

const sentence = 'Siemens AG (XETRA: SIE) shares rose 3.5% to €200 after Deutsche Bank raised its price target to €250 from €220. ';

describe('large inputs finish in linear time with the right output', { timeout: 120_000 }, () => {
  test('a 2 MB single-line text file', () => {
    const body = sentence.repeat(Math.ceil(megabytes / sentence.length));
    const result = runPipeline('line.txt', `Siemens Shares Rise\n${body}`);
    expect(result.article.title).toBe('Siemens Shares Rise');
    expect(result.article.wordCount).toBe(body.trim().split(' ').length);
    // The figures repeat, so they are one metric each.
    expect(result.article.metrics.map((metric) => metric.kind).sort()).toEqual(['price_target', 'share_price', 'share_price_change']);
    expect(result.mdx.length).toBeGreaterThan(megabytes);
    expect(result.blocks.length).toBeGreaterThan(megabytes / 5000);
  });

  test('a 2 MB web page on one line', () => {
    const paragraphs = Array.from({ length: Math.ceil(megabytes / 140) }, (_, i) => `<p>Paragraph ${i}: <span>Siemens AG</span> shares rose 3% to €200.</p>`).join('');
    const result = runPipeline('page.html', `<html><head><title>Siemens Page</title></head><body><nav>Menu</nav><article><h1>Siemens Page</h1>${paragraphs}</article></body></html>`);
    expect(result.article.title).toBe('Siemens Page');
    expect(result.blocks.length).toBe(Math.ceil(megabytes / 140));
    expect(result.blocks.at(-1)).toEqual({ type: 'paragraph', text: `Paragraph ${Math.ceil(megabytes / 140) - 1}: Siemens AG shares rose 3% to €200.` });
  });

  test.each([
    ['100,000 repeated "$1,"', '$1,'.repeat(100_000)],
    ['nested round brackets', `${'('.repeat(100_000)}x${')'.repeat(100_000)}`],
    ['nested square brackets', `${'['.repeat(100_000)}x${']'.repeat(100_000)}`],
    ['nested braces and angle brackets', `${'{<'.repeat(100_000)}x${'>}'.repeat(100_000)}`],
    ['one 2 MB word', 'Donaudampfschifffahrt'.repeat(megabytes / 21)],
    ['a line of 100,000 dates', '12.12.2025 '.repeat(100_000).trim()],
    ['German figures without a full stop', 'Umsatz von 1,5 Mrd. Euro und '.repeat(20_000).trim()],
    ['capitalised codes glued together', 'US0000000000'.repeat(50_000)],
    ['backslashes and asterisks', '\\*_`'.repeat(100_000)],
  ])('%s: the text comes out as it went in', (_name, line) => {
    const result = runPipeline('odd.txt', `Odd Input Article\n${line}\n`);
    // Paragraphs over 5,000 characters are cut in pieces; the characters all stay.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(toShownText(result.mdx))).toBe(squeeze(line));
    expect(result.blocks.every((block) => block.type !== 'paragraph' || block.text.length <= 5000)).toBe(true);
  });

  test('20,000 lines with a typed figure each', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Siemens AG shares rose ${(i % 97) + 1}.${i % 9}% to €${i + 10}.`);
    const result = runPipeline('lines.txt', `Many Figures\n${lines.join('\n')}`);
    expect(result.blocks).toHaveLength(20_000);
    expect(result.article.metrics.filter((metric) => metric.kind === 'share_price')).toHaveLength(20_000);
  });
});
