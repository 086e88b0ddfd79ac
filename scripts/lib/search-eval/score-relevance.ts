/**
 * Scores a search engine's answers to the relevance suite (`scripts/fixtures/search/queries.json`):
 * recall@10 and mean reciprocal rank, per query language and per kind of query.
 *
 * Environment-neutral and pure.
 */

/** One query of the suite and the source files of the articles it must return. */
export type RelevanceQuery = { query: string; lang: 'de' | 'en'; kind: string; expected: string[] };

/** A query with the source files of the results, best first. */
export type AnsweredQuery = RelevanceQuery & { found: string[] };

/** Recall@10 and MRR of a group of queries. */
export type RelevanceScore = { queries: number; recallAt10: number; mrr: number };

/** How many results count for recall. */
export const recallDepth = 10;

/**
 * Returns the share of a query's articles among the first ten results. A query that must return
 * more than ten articles is scored against ten, the most its first page of ten can hold.
 *
 * @example recallAt10({ expected: ['a', 'b'], found: ['a', 'x'] }) // 0.5
 */
export function recallAt10(answer: Pick<AnsweredQuery, 'expected' | 'found'>): number {
  const top = new Set(answer.found.slice(0, recallDepth));
  const hits = answer.expected.filter((file) => top.has(file)).length;
  return hits / Math.min(answer.expected.length, recallDepth);
}

/**
 * Returns 1 / the rank of the first result that is one of the query's articles, or 0 when none is.
 *
 * @example reciprocalRank({ expected: ['b'], found: ['a', 'b'] }) // 0.5
 */
export function reciprocalRank(answer: Pick<AnsweredQuery, 'expected' | 'found'>): number {
  const rank = answer.found.findIndex((file) => answer.expected.includes(file));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** The mean recall@10 and MRR of `answers`, per value of `groupBy` (sorted by key). */
export function scoreRelevance(answers: readonly AnsweredQuery[], groupBy: (answer: AnsweredQuery) => string): Map<string, RelevanceScore> {
  const groups = new Map<string, AnsweredQuery[]>();
  for (const answer of answers) groups.set(groupBy(answer), [...(groups.get(groupBy(answer)) ?? []), answer]);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return new Map(
    [...groups.keys()].sort().map((key) => {
      const group = groups.get(key)!;
      return [key, { queries: group.length, recallAt10: mean(group.map(recallAt10)), mrr: mean(group.map(reciprocalRank)) }];
    }),
  );
}

/** The queries whose first ten results miss one of their articles, with the ones missed. */
export function findMisses(answers: readonly AnsweredQuery[]): { query: string; missed: string[] }[] {
  return answers
    .map((answer) => ({ query: answer.query, missed: answer.expected.filter((file) => !answer.found.slice(0, recallDepth).includes(file)) }))
    .filter((miss) => miss.missed.length > 0);
}
