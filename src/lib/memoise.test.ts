import { describe, expect, test } from 'vitest';
import { memoise } from './memoise.ts';

describe('memoise', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./memoise.ts')).sort()).toEqual(['memoise']);
  });

  test('computes once when enabled, and shares one pending promise', async () => {
    let runs = 0;
    const get = memoise(async () => ++runs, true);
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, await get(), runs]).toEqual([1, 1, 1, 1]);
  });

  test('keeps a result that is undefined', () => {
    let runs = 0;
    const get = memoise(() => void runs++, true);
    get();
    get();
    expect(runs).toBe(1);
  });

  test('computes on every call when disabled', () => {
    let runs = 0;
    const get = memoise(() => ++runs, false);
    expect([get(), get()]).toEqual([1, 2]);
  });
});
