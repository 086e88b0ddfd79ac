import { describe, expect, test } from 'vitest';
import { findPageDate, parseStamp, type DateEvidence } from './find-page-date.ts';
import type { PageMeta } from './read-page-meta.ts';

const meta = (values: Record<string, string>, fields: Partial<PageMeta> = {}): PageMeta => ({ values: new Map(Object.entries(values)), linked: {}, lang: 'de', ...fields });
const none: DateEvidence = { stamps: [], head: [], headStamps: [], named: [], lines: [], articleStamps: [], otherStamps: [] };

describe('parseStamp', () => {
  test.each([
    ['2020-01-27T23:30:00Z', '2020-01-27T23:30:00Z'],
    ['2020-01-27 23:30', '2020-01-27T23:30:00'],
    ['2020-01-27T10:00:00.000+0100', '2020-01-27T10:00:00+01:00'],
    ['27.01.2020', '2020-01-27'],
    ['Mon, 27 Jan 2020 10:00:00 +0100', '2020-01-27'],
    ['not a date', undefined],
    ['0000-00-00', undefined],
  ])('%s → %s', (value, stamp) => {
    expect(parseStamp(value)).toBe(stamp);
  });
});

describe('findPageDate', () => {
  test('in order of trust: publication metadata, marked <time>, the byline, other <time>, named lines, generic metadata, other lines, the address, updates', () => {
    const evidence: DateEvidence = {
      stamps: ['2021-03-03'], head: ['Von Petra Lange, 4. März 2021'], headStamps: [], articleStamps: ['2021-03-05'],
      named: ['6.3.2021'], lines: ['7. März 2021'], otherStamps: ['2021-03-08'],
    };
    const generic = { date: '2021-03-09' };
    expect(findPageDate(meta({ ...generic, 'article:published_time': '2021-03-01' }, { linked: { datePublished: '2021-03-02' } }), evidence)).toBe('2021-03-01');
    expect(findPageDate(meta(generic, { linked: { datePublished: '2021-03-02' } }), evidence)).toBe('2021-03-02');
    expect(findPageDate(meta(generic), evidence)).toBe('2021-03-03');
    expect(findPageDate(meta(generic), { ...evidence, stamps: [] })).toBe('2021-03-04');
    expect(findPageDate(meta(generic), { ...evidence, stamps: [], head: [] })).toBe('2021-03-05');
    expect(findPageDate(meta(generic), { ...evidence, stamps: [], head: [], articleStamps: [] })).toBe('2021-03-06');
    expect(findPageDate(meta(generic), { ...none, lines: ['7. März 2021'] })).toBe('2021-03-09');
    expect(findPageDate(meta({}), { ...none, lines: ['7. März 2021'], otherStamps: ['2021-03-08'] })).toBe('2021-03-07');
    expect(findPageDate(meta({}), { ...none, otherStamps: ['2021-03-08'] })).toBe('2021-03-08');
    expect(findPageDate(meta({}, { url: 'https://blog.example/2019/08/02/post/' }), none)).toBe('2019-08-02');
    expect(findPageDate(meta({ 'article:modified_time': '2021-03-06' }), none)).toBe('2021-03-06');
    expect(findPageDate(meta({}), none)).toBeUndefined();
  });

  test('a day the page calls an update is the publication only when nothing else tells', () => {
    const head = ['Updated Mar 12, 2020'];
    expect(findPageDate(meta({}, { url: 'https://blog.example/2019/08/02/post/' }), { ...none, head })).toBe('2019-08-02');
    expect(findPageDate(meta({}), { ...none, head })).toBe('2020-03-12');
    expect(findPageDate(meta({}), { ...none, head: ['Last updated 04 Jun 2020, originally created 17 Jun 2019'] })).toBe('2019-06-17');
  });

  test('a generic meta date on the day the page prints as its update is that update', () => {
    const evidence = { ...none, lines: ['Zuletzt geändert am: 15.10.2021', 'Erschienen am: 13.10.2021'] };
    expect(findPageDate(meta({ date: '2021-10-15' }), evidence)).toBe('2021-10-13');
    expect(findPageDate(meta({ date: '2021-10-14' }), evidence)).toBe('2021-10-14');
  });

  test('a UTC stamp yields to the byline\'s day when that is its local day somewhere; a local stamp never does', () => {
    const head = ['February 24, 2020 | 9:25pm'];
    expect(findPageDate(meta({ 'article:published_time': '2020-02-25T02:25:54+00:00' }, { lang: 'en' }), { ...none, head })).toBe('2020-02-24T21:25:00');
    expect(findPageDate(meta({ 'article:published_time': '2020-02-25T02:25:54+01:00' }, { lang: 'en' }), { ...none, head })).toBe('2020-02-25T02:25:54+01:00');
    // Three days off is no time zone: another event.
    expect(findPageDate(meta({ 'article:published_time': '2020-02-27T02:25:54Z' }, { lang: 'en' }), { ...none, head })).toBe('2020-02-27T02:25:54Z');
  });
});
