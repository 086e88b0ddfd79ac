/**
 * Formats the relevance suite's scores as a plain-text report. Environment-neutral and pure.
 */
import { findMisses, scoreRelevance, type AnsweredQuery, type RelevanceScore } from './score-relevance.ts';

/** The report: a table per language, one per kind of query and language, then the misses. */
export function formatRelevance(answers: readonly AnsweredQuery[]): string {
  const row = (key: string, score: RelevanceScore) => `${key.padEnd(18)} ${String(score.queries).padStart(3)}  ${score.recallAt10.toFixed(3)}  ${score.mrr.toFixed(3)}`;
  const header = `${'group'.padEnd(18)} ${'n'.padStart(3)}  recall@10  MRR`;
  const byLanguage = [...scoreRelevance(answers, (answer) => answer.lang)].map(([key, score]) => row(key, score));
  const byKind = [...scoreRelevance(answers, (answer) => `${answer.lang} ${answer.kind}`)].map(([key, score]) => row(key, score));
  const misses = findMisses(answers).map((miss) => `  ${miss.query}: missed ${miss.missed.join(', ')}`);
  return [header, ...byLanguage, '', header, ...byKind, '', misses.length > 0 ? 'Queries that missed articles in their first ten:' : 'Every query found all its articles in its first ten.', ...misses].join('\n');
}
