import { describe, expect, test } from 'vitest';
import { mapLimited } from './map-limited.ts';

describe('mapLimited', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./map-limited.ts'))).toEqual(['mapLimited']);
  });

  test('keeps the order of the items whatever order the jobs finish in', async () => {
    const delays = [30, 0, 20, 5, 10];
    const result = await mapLimited(delays, 2, (delay) => new Promise<number>((resolve) => setTimeout(() => resolve(delay * 2), delay)));
    expect(result).toEqual([60, 0, 40, 10, 20]);
  });

  test('never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    await mapLimited(Array.from({ length: 20 }, (_, i) => i), 3, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
    });
    expect(most).toBe(3);
  });

  test('rejects with the first failure', async () => {
    await expect(mapLimited([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('job 2 failed');
      return n;
    })).rejects.toThrow('job 2 failed');
  });

  test('returns nothing for no items', async () => {
    await expect(mapLimited([], 4, async () => 1)).resolves.toEqual([]);
  });
});
