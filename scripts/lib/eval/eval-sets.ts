/**
 * The gold sets `npm run eval` scores and the bars the test suite holds them to. A set may be
 * split into halves: rules are tuned on one and the other is read only as a score, so the report
 * shows both (see README, "Typed figures").
 */

/** One half of a split set: the files whose name (without extension) the pattern matches. */
export type EvalHalf = { name: string; files: RegExp };

/** A gold set: `<folder>/gold/*.json` answers for `<folder>/sources/*`. */
export type EvalSet = {
  name: string;
  folder: string;
  /** What the set is, for the report. */
  about: string;
  /** The metrics F1 the set must reach. */
  bar: number;
  /** Halves of the set, each with the bar it must reach on its own. */
  halves?: Array<EvalHalf & { bar: number }>;
};

/** Every gold set, in report order. */
export const evalSets: readonly EvalSet[] = [
  { name: 'samples', folder: 'scripts/fixtures/samples', about: 'the five bundled samples', bar: 0.97 },
  { name: 'extra', folder: 'scripts/fixtures/extra', about: '18 articles written with the first rules', bar: 0.95 },
  {
    name: 'dev',
    folder: 'scripts/fixtures/dev',
    about: '30 real articles re-worded by other annotators',
    bar: 0.92,
    halves: [
      { name: 'tune (01-07)', files: /^[a-z]0[1-7]$/, bar: 0.88 },
      { name: 'check (08-10)', files: /^[a-z](?:0[89]|10)$/, bar: 0.88 },
    ],
  },
];

/**
 * The set of that name; throws, listing the names, when there is none.
 *
 * @example findEvalSet('dev').bar // 0.92
 */
export function findEvalSet(name: string): EvalSet {
  const set = evalSets.find((candidate) => candidate.name === name);
  if (!set) throw new Error(`No gold set named "${name}"; the sets are ${evalSets.map((candidate) => candidate.name).join(', ')}`);
  return set;
}

/** True when the file (a gold file's `file`, e.g. "e08.txt") belongs to the half. */
export function isInHalf(file: string, half: EvalHalf): boolean {
  return half.files.test(file.replace(/\.[^.]+$/, ''));
}
