import { describe, expect, test } from 'vitest';
import { compareDaysDesc, compareText } from './compare.ts';

describe('compare', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./compare.ts')).sort()).toEqual(['compareDaysDesc', 'compareText']);
  });

  test('orders text by code units, not by locale', () => {
    expect(['b', 'ä', 'B', 'a', 'a'].sort(compareText)).toEqual(['B', 'a', 'a', 'b', 'ä']);
  });

  test('orders days latest first, null last', () => {
    expect(['2025-01-02', null, '2025-12-12', '2025-12-12'].sort(compareDaysDesc)).toEqual(['2025-12-12', '2025-12-12', '2025-01-02', null]);
  });
});
