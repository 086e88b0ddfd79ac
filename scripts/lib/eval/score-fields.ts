/**
 * Scores an article's own fields against a gold file: the title, the publication date and the
 * primary company. Pure; `format-fields.ts` prints the result.
 *
 * @see shared/spec/metrics-guide.md — Article fields.
 */
import { normaliseName } from './score.ts';

/** What a gold file says about the article itself (`title: null` where no headline is printed). */
export type GoldFields = { file: string; title?: string | null; date?: string | null; primary?: string; company_names?: Record<string, string> };

/** The analysed article's fields the scorer reads. */
export type ArticleFields = { title: string; titleSource: string; date: string | null; primary: string; companies: { id: string; name: string }[] };

/**
 * How one field came out: `right`; `wrong` (a different value); for dates also `missed` (null
 * where the gold has a day), which the issue counts as acceptable and a wrong date is not.
 */
export type FieldOutcome = 'right' | 'wrong' | 'missed';

/** One article's field scores, with the values for the per-file listing. */
export type FieldScore = {
  file: string;
  title: FieldOutcome;
  date: FieldOutcome;
  primary: FieldOutcome;
  got: { title: string; date: string | null; primary: string };
  want: { title: string | null; date: string | null; primary: string | null };
};

/**
 * Compares the fields. A title is right when its letters and digits equal the gold's (case and
 * punctuation ignored); a gold `title: null` (no printed headline) wants a derived title. A date
 * is right when equal, `missed` when null where the gold has one. The primary is right when its
 * id or name and the gold's id or reader-facing name compare equal under `normaliseName`.
 *
 * @example scoreFields({ file: 'a.txt', title: 'Shares Jump', date: null, primary: 'sap' }, article).date // 'right' when article.date is null
 */
export function scoreFields(gold: GoldFields, article: ArticleFields): FieldScore {
  const wantTitle = gold.title ?? null;
  const title = wantTitle === null ? article.titleSource === 'derived' : toPlain(article.title) === toPlain(wantTitle);
  const wantDate = gold.date ?? null;
  const date: FieldOutcome = article.date === wantDate ? 'right' : article.date === null ? 'missed' : 'wrong';
  const wantPrimary = gold.primary ?? null;
  const name = article.companies.find((company) => company.id === article.primary)?.name;
  const got = new Set([article.primary, name].filter((value): value is string => !!value).map(normaliseName));
  const want = [wantPrimary, wantPrimary ? gold.company_names?.[wantPrimary] : undefined].filter((value): value is string => !!value).map(normaliseName);
  return {
    file: gold.file,
    title: title ? 'right' : 'wrong',
    date,
    primary: want.some((key) => got.has(key)) ? 'right' : 'wrong',
    got: { title: article.title, date: article.date, primary: article.primary },
    want: { title: wantTitle, date: wantDate, primary: wantPrimary },
  };
}

/** Counts of a set: titles and primaries right, dates right / missed / wrong, gold dates given. */
export type FieldTotals = { articles: number; titles: number; primaries: number; dated: number; dates: { right: number; missed: number; wrong: number } };

/** Sums field scores into the set's totals. */
export function summariseFields(scores: FieldScore[]): FieldTotals {
  const totals: FieldTotals = { articles: scores.length, titles: 0, primaries: 0, dated: 0, dates: { right: 0, missed: 0, wrong: 0 } };
  for (const score of scores) {
    if (score.title === 'right') totals.titles += 1;
    if (score.primary === 'right') totals.primaries += 1;
    if (score.want.date !== null) totals.dated += 1;
    totals.dates[score.date] += 1;
  }
  return totals;
}

// Letters and digits only, lower case: "Erste Group: RCB stuft auf „Buy“" equals 'Erste Group: RCB stuft auf "Buy"'.
function toPlain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
