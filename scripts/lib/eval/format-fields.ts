/**
 * Formats the article-field scores (title, date, primary company) of one gold set: three total
 * lines, then, unless quiet, one row per article with what was wrong.
 */
import { isInHalf, type EvalHalf } from './eval-sets.ts';
import type { FieldOutcome, FieldScore } from './score-fields.ts';
import { summariseFields } from './score-fields.ts';

const marks: Record<FieldOutcome, string> = { right: 'ok', wrong: 'WRONG', missed: 'null' };

/**
 * The field report; a split set gets one line per half after the totals.
 *
 * @example formatFields(scores, { quiet: true }) // 'titles   29/30 right\ndates    30/30 right …'
 */
export function formatFields(scores: FieldScore[], options: { quiet?: boolean; halves?: readonly EvalHalf[] } = {}): string {
  const totals = summariseFields(scores);
  const { articles, dates } = totals;
  const lines = [
    `titles   ${totals.titles}/${articles} right`,
    `dates    ${dates.right}/${articles} right, ${dates.missed} missed (null), ${dates.wrong} wrong; ${totals.dated} of ${articles} dated in the gold`,
    `primary  ${totals.primaries}/${articles} right`,
  ];
  for (const half of options.halves ?? []) {
    const part = summariseFields(scores.filter((score) => isInHalf(score.file, half)));
    lines.push(`half ${half.name}: titles ${part.titles}/${part.articles}, dates ${part.dates.right}/${part.articles} (${part.dates.wrong} wrong), primary ${part.primaries}/${part.articles}`);
  }
  if (options.quiet) return lines.join('\n');
  const width = Math.max(...scores.map((score) => score.file.length)) + 2;
  lines.push('', `${'file'.padEnd(width)}${'title'.padEnd(7)}${'date'.padEnd(7)}primary`);
  for (const score of scores) {
    lines.push(`${score.file.padEnd(width)}${marks[score.title].padEnd(7)}${marks[score.date].padEnd(7)}${marks[score.primary]}`);
    if (score.title !== 'right') lines.push(`  title    got ${quote(score.got.title)}, want ${score.want.title === null ? 'a derived title' : quote(score.want.title)}`);
    if (score.date !== 'right') lines.push(`  date     got ${score.got.date ?? 'null'}, want ${score.want.date ?? 'null'}`);
    if (score.primary !== 'right') lines.push(`  primary  got ${score.got.primary}, want ${score.want.primary ?? 'none'}`);
  }
  return lines.join('\n');
}

const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 90)}…` : text}”`;
