import { describe, expect, test } from 'vitest';
import { findPageDate, parseStamp } from './find-page-date.ts';
import type { PageMeta } from './read-page-meta.ts';

const meta = (values: Record<string, string>, fields: Partial<PageMeta> = {}): PageMeta => ({ values: new Map(Object.entries(values)), linked: {}, lang: 'de', ...fields });
const none = { stamps: [], lines: [], otherStamps: [] };

describe('parseStamp', () => {
  test.each([
    ['2020-01-27T23:30:00Z', '2020-01-27T23:30:00Z'],
    ['2020-01-27 23:30', '2020-01-27T23:30:00'],
    ['2020-01-27T10:00:00.000+0100', '2020-01-27T10:00:00.000+01:00'.replace('.000', '')],
    ['27.01.2020', '2020-01-27'],
    ['Mon, 27 Jan 2020 10:00:00 +0100', '2020-01-27'],
    ['not a date', undefined],
    ['0000-00-00', undefined],
  ])('%s → %s', (value, stamp) => {
    expect(parseStamp(value)).toBe(stamp);
  });
});

describe('findPageDate', () => {
  test('metadata first, then JSON-LD, marked <time>, bylines, other <time>, the address, the modified stamp', () => {
    const evidence = { stamps: ['2021-03-03'], lines: ['Von Petra Lange, 4. März 2021'], otherStamps: ['2021-03-05'] };
    expect(findPageDate(meta({ 'article:published_time': '2021-03-01' }, { linked: { datePublished: '2021-03-02' } }), evidence)).toBe('2021-03-01');
    expect(findPageDate(meta({}, { linked: { datePublished: '2021-03-02' } }), evidence)).toBe('2021-03-02');
    expect(findPageDate(meta({}), evidence)).toBe('2021-03-03');
    expect(findPageDate(meta({}), { ...evidence, stamps: [] })).toBe('2021-03-04');
    expect(findPageDate(meta({}), { ...evidence, stamps: [], lines: [] })).toBe('2021-03-05');
    expect(findPageDate(meta({}, { url: 'https://blog.example/2019/08/02/post/' }), none)).toBe('2019-08-02');
    expect(findPageDate(meta({ 'article:modified_time': '2021-03-06' }), none)).toBe('2021-03-06');
    expect(findPageDate(meta({}), none)).toBeUndefined();
  });
});
