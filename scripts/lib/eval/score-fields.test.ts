import { describe, expect, test } from 'vitest';
import { formatFields } from './format-fields.ts';
import { scoreFields, summariseFields, type ArticleFields } from './score-fields.ts';

const article: ArticleFields = { title: 'Erste Group: RCB stuft auf „Buy“ hoch', titleSource: 'headline', date: '2017-11-07', primary: 'erste-group', companies: [{ id: 'erste-group', name: 'Erste Group' }] };
const gold = { file: 'g02.txt', title: 'Erste Group: RCB stuft auf "Buy" hoch', date: '2017-11-07', primary: 'erste_group' };

describe('scoreFields', () => {
  test('titles compare by letters and digits; ids by their normalised words', () => {
    expect(scoreFields(gold, article)).toMatchObject({ title: 'right', date: 'right', primary: 'right' });
  });

  test('a gold without a headline wants a derived title', () => {
    expect(scoreFields({ ...gold, title: null }, article).title).toBe('wrong');
    expect(scoreFields({ ...gold, title: null }, { ...article, titleSource: 'derived' }).title).toBe('right');
  });

  test('a null date where the gold has one is missed; another day is wrong', () => {
    expect(scoreFields(gold, { ...article, date: null }).date).toBe('missed');
    expect(scoreFields(gold, { ...article, date: '2018-11-07' }).date).toBe('wrong');
    expect(scoreFields({ ...gold, date: null }, article).date).toBe('wrong');
  });

  test("the primary may match the gold's reader-facing name", () => {
    const disney = { ...article, primary: 'walt-disney', companies: [{ id: 'walt-disney', name: 'Walt Disney' }] };
    expect(scoreFields({ ...gold, primary: 'disney' }, disney).primary).toBe('wrong');
    expect(scoreFields({ ...gold, primary: 'disney', company_names: { disney: 'Walt Disney Co.' } }, disney).primary).toBe('right');
  });
});

describe('summariseFields and formatFields', () => {
  test('count per set and name what was wrong', () => {
    const scores = [scoreFields(gold, article), scoreFields(gold, { ...article, date: null, primary: 'rcb', title: 'Börse' })];
    expect(summariseFields(scores)).toEqual({ articles: 2, titles: 1, primaries: 1, dated: 2, dates: { right: 1, missed: 1, wrong: 0 } });
    const report = formatFields(scores);
    expect(report).toContain('titles   1/2 right');
    expect(report).toContain('dates    1/2 right, 1 missed (null), 0 wrong; 2 of 2 dated in the gold');
    expect(report).toContain('primary  got rcb, want erste_group');
    expect(formatFields(scores, { quiet: true }).split('\n')).toHaveLength(3);
  });
});

describe('formatFields with halves', () => {
  test('one line per half of a split set', () => {
    const scores = [scoreFields({ ...gold, file: 'e01.txt' }, article), scoreFields({ ...gold, file: 'e08.txt' }, { ...article, date: '2018-01-01' })];
    const report = formatFields(scores, { quiet: true, halves: [{ name: 'tune', files: /^e0[1-7]$/ }, { name: 'check', files: /^e0[89]$/ }] });
    expect(report).toContain('half tune: titles 1/1, dates 1/1 (0 wrong), primary 1/1');
    expect(report).toContain('half check: titles 1/1, dates 0/1 (1 wrong), primary 1/1');
  });
});
