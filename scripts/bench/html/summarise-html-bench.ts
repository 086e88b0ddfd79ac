/**
 * Sums one reader's per-page results over a group of pages (all, English and German, German
 * news, each half of the split) into the figures the benchmark prints.
 */
import { isSameDay, isSameTitle } from './judge-metadata.ts';
import type { EvalPage } from './read-eval-set.ts';
import type { ReaderResult } from './html-readers.ts';
import { addCounts, countSnippets, toScores, type SnippetScores } from './score-snippets.ts';

/** A page with what one reader made of it. */
export type ScoredPage = { page: EvalPage; result: ReaderResult };

/** The figures of one group of pages. */
export type GroupSummary = SnippetScores & {
  pages: number;
  failed: number;
  titles: { right: number; of: number };
  dates: { right: number; of: number };
  medianMs: number;
};

/** The groups the benchmark reports, in print order, with the test each page passes to belong. */
export const benchGroups: { name: string; test: (page: EvalPage) => boolean }[] = [
  { name: 'all pages', test: () => true },
  { name: 'English + German', test: (page) => page.lang !== 'other' },
  { name: 'German news', test: (page) => page.lang === 'de' && page.news },
  { name: 'EN+DE, tune half', test: (page) => page.lang !== 'other' && page.half === 'tune' },
  { name: 'EN+DE, test half', test: (page) => page.lang !== 'other' && page.half === 'test' },
];

/**
 * Sums the pages of one group; a page whose reader gave no text counts as failed (every page of
 * the set holds an article: each has snippets its main text must contain).
 *
 * @example summariseGroup(scored).f1 // 0.83
 */
export function summariseGroup(scored: ScoredPage[]): GroupSummary {
  const counts = addCounts(scored.map(({ page, result }) => countSnippets(page, result.text)));
  const titled = scored.filter(({ page }) => page.title !== null);
  const dated = scored.filter(({ page }) => page.date !== null);
  return {
    pages: scored.length,
    ...toScores(counts),
    failed: scored.filter(({ result }) => result.text === null || result.text.trim() === '').length,
    titles: { right: titled.filter(({ page, result }) => isSameTitle(page.title!, result.title)).length, of: titled.length },
    dates: { right: dated.filter(({ page, result }) => isSameDay(page.date!, result.date)).length, of: dated.length },
    medianMs: toMedian(scored.map(({ result }) => result.ms)),
  };
}

/**
 * The median of a list of numbers (0 for none).
 *
 * @example toMedian([3, 1, 2, 10]) // 2.5
 */
export function toMedian(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The benchmark's table in Markdown: one row per reader and group.
 *
 * @example formatBenchTable([{ reader: 'dossier', group: 'all pages', summary }]) // '| reader | pages | F1 (P / R) | …'
 */
export function formatBenchTable(rows: { reader: string; group: string; summary: GroupSummary }[]): string {
  const percent = (part: { right: number; of: number }) => (part.of === 0 ? '–' : `${((100 * part.right) / part.of).toFixed(1)} % (${part.right}/${part.of})`);
  const lines = [
    '| reader | pages | F1 (P / R) | failed | titles right | dates right | median ms/page |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ reader, group, summary: s }) =>
      `| ${reader}, ${group} | ${s.pages} | ${s.f1.toFixed(3)} (${s.precision.toFixed(3)} / ${s.recall.toFixed(3)}) | ${s.failed} | ${percent(s.titles)} | ${percent(s.dates)} | ${s.medianMs.toFixed(2)} |`),
  ];
  return lines.join('\n');
}
