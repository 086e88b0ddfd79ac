import { describe, expect, test } from 'vitest';
import { toFilterGroups, toggleFilter } from './to-filter-groups.ts';

describe('toFilterGroups', () => {
  test('keeps the given filter order and only filters with counts', () => {
    const groups = toFilterGroups(['company', 'language', 'year'], { year: { '2025': 1 }, language: { German: 1 } }, {});
    expect(groups.map((group) => group.name)).toEqual(['language', 'year']);
  });

  test('hides values that would leave nothing, unless ticked', () => {
    const [group] = toFilterGroups(['language'], { language: { German: 0, English: 3, French: 0 } }, { language: ['German'] });
    expect(group!.values).toEqual([
      { value: 'English', count: 3, checked: false },
      { value: 'German', count: 0, checked: true },
    ]);
  });

  test('shows a ticked value Pagefind did not count', () => {
    const [group] = toFilterGroups(['analyst firm'], { 'analyst firm': {} }, { 'analyst firm': ['AT&T <Research>'] });
    expect(group!.values).toEqual([{ value: 'AT&T <Research>', count: 0, checked: true }]);
  });

  test('orders years newest first, undated last, and other values alphabetically', () => {
    const [year, company] = toFilterGroups(
      ['year', 'company'],
      { year: { '2019': 1, Undated: 4, '2026': 2, '2021': 9 }, company: { zeta: 1, Alibaba: 5, 'Ölwerke': 2, beta: 3 } },
      {},
    );
    expect(year!.values.map((value) => value.value)).toEqual(['2026', '2021', '2019', 'Undated']);
    expect(company!.values.map((value) => value.value)).toEqual(['Alibaba', 'beta', 'Ölwerke', 'zeta']);
  });
});

describe('toggleFilter', () => {
  test.each([
    [{}, 'language', 'German', true, { language: ['German'] }],
    [{ language: ['German'] }, 'language', 'German', true, { language: ['German'] }],
    [{ language: ['German'] }, 'year', '2025', true, { language: ['German'], year: ['2025'] }],
    [{ language: ['German'], year: ['2025'] }, 'language', 'German', false, { year: ['2025'] }],
    [{ year: ['2025', '2024'] }, 'year', '2025', false, { year: ['2024'] }],
  ])('%j %s %s %s', (filters, name, value, checked, expected) => {
    const before = structuredClone(filters);
    expect(toggleFilter(filters, name, value, checked)).toEqual(expected);
    expect(filters).toEqual(before);
  });
});

test('exposes only its functions', async () => {
  expect(Object.keys(await import('./to-filter-groups.ts'))).toEqual(['toFilterGroups', 'toggleFilter']);
});
