import { describe, expect, test } from 'vitest';
import { indexAfterAstroVariable, isIndexedByAstro } from './search-index-step.ts';

describe('isIndexedByAstro', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./search-index-step.ts')).sort()).toEqual(['indexAfterAstroVariable', 'isIndexedByAstro']);
  });

  test('leaves the index to npm run build only when it says so', () => {
    expect(isIndexedByAstro({})).toBe(true);
    expect(isIndexedByAstro({ [indexAfterAstroVariable]: '0' })).toBe(true);
    expect(isIndexedByAstro({ [indexAfterAstroVariable]: '1' })).toBe(false);
  });
});
