import { describe, expect, test } from 'vitest';
import { paginate } from './paginate.ts';

describe('paginate', () => {
  test.each([
    [[1, 2, 3], 2, [[1, 2], [3]]],
    [[1, 2], 2, [[1, 2]]],
    [[], 5, [[]]],
  ])('paginate(%j, %i) is %j', (items, size, expected) => {
    expect(paginate(items, size)).toEqual(expected);
  });
});
