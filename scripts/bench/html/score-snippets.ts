/**
 * Scores extracted text the way trafilatura's evaluation does (`tests/eval_common.py`): each
 * "must contain" snippet found is a true positive, each missing one a false negative; each
 * "must not contain" snippet found is a false positive, each absent one a true negative. Text
 * and snippets are compared with runs of white space made single spaces.
 */

/** Summed snippet counts. */
export type SnippetCounts = { tp: number; fp: number; fn: number; tn: number };

/** Precision, recall and F1 of a set of counts (0 where a denominator is empty). */
export type SnippetScores = { precision: number; recall: number; f1: number };

/**
 * Counts one page's snippets in the text a reader gave (null: the reader failed, every
 * "must contain" snippet is missed).
 *
 * @example countSnippets({ with: ['a b'], without: ['menu'] }, 'a  b') // { tp: 1, fp: 0, fn: 0, tn: 1 }
 */
export function countSnippets(page: { with: string[]; without: string[] }, text: string | null): SnippetCounts {
  const found = text === null ? '' : toSpaced(text);
  const tp = text === null ? 0 : page.with.filter((snippet) => found.includes(toSpaced(snippet))).length;
  const fp = text === null ? 0 : page.without.filter((snippet) => found.includes(toSpaced(snippet))).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

/**
 * Adds counts up.
 *
 * @example addCounts([{ tp: 1, fp: 0, fn: 1, tn: 0 }, { tp: 1, fp: 1, fn: 0, tn: 0 }]) // { tp: 2, fp: 1, fn: 1, tn: 0 }
 */
export function addCounts(counts: SnippetCounts[]): SnippetCounts {
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const count of counts) {
    sum.tp += count.tp;
    sum.fp += count.fp;
    sum.fn += count.fn;
    sum.tn += count.tn;
  }
  return sum;
}

/**
 * Precision, recall and F1 over summed counts, as `ConfusionMatrix.scores` computes them.
 *
 * @example toScores({ tp: 8, fp: 2, fn: 2, tn: 8 }) // { precision: 0.8, recall: 0.8, f1: 0.8 }
 */
export function toScores(counts: SnippetCounts): SnippetScores {
  const { tp, fp, fn } = counts;
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    f1: 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn),
  };
}

function toSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
