import { expect, test } from 'vitest';
import { articleSearch } from './pagefind.ts';

test('exposes the public api', async () => {
  expect(Object.keys(await import('./pagefind.ts'))).toEqual(['articleSearch']);
});

test('indexes after the build', () => {
  expect(Object.keys(articleSearch().hooks)).toEqual(['astro:build:done']);
});
