import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { digestEach, digestOf, toCacheKey, toKeyInput } from './cache-key.ts';

describe('toKeyInput', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./cache-key.ts')).sort()).toEqual(['digestEach', 'digestOf', 'toCacheKey', 'toKeyInput']);
  });

  test('writes apart the values JSON would merge', () => {
    const pairs: Array<[unknown, unknown]> = [
      [{ a: undefined }, {}],
      [[undefined], [null]],
      [-0, 0],
      [Number.NaN, null],
      [Number.POSITIVE_INFINITY, null],
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [new Map([['a', 1]]), { a: 1 }],
      [new Set([1]), [1]],
      [new Date(0), 0],
      ['1', 1],
      [['a", "b'], ['a', 'b']],
    ];
    for (const [a, b] of pairs) expect(toKeyInput(a), `${String(a)} vs ${String(b)}`).not.toBe(toKeyInput(b));
  });

  test('writes the same data the same way', () => {
    expect(toKeyInput({ a: [1, 'x', null, true], b: { c: new Map([['k', new Set([2])]]) } })).toBe(toKeyInput({ a: [1, 'x', null, true], b: { c: new Map([['k', new Set([2])]]) } }));
  });

  test('never writes two different JSON values the same way', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (toKeyInput(a) === toKeyInput(b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
    );
  });

  test('refuses what it cannot write out exactly, naming where it is', () => {
    class Point {
      x = 1;
    }
    expect(() => toKeyInput({ list: [new Point()] })).toThrow(/Point at \$\.list\[0\]/);
    expect(() => toKeyInput({ f: () => 1 })).toThrow(/function at \$\.f/);
    expect(() => toKeyInput({ n: 1n })).toThrow(/bigint at \$\.n/);
    expect(() => toKeyInput(Symbol('s'))).toThrow(/symbol/);
  });
});

describe('toCacheKey', () => {
  test('is a SHA-256 that follows any change deep in the value', () => {
    const value = { article: { metrics: [{ value: 1 }] } };
    expect(toCacheKey(value)).toMatch(/^[0-9a-f]{64}$/);
    expect(toCacheKey(structuredClone(value))).toBe(toCacheKey(value));
    expect(toCacheKey({ article: { metrics: [{ value: 2 }] } })).not.toBe(toCacheKey(value));
  });
});

describe('digestOf and digestEach', () => {
  test('digest an object once and stand for it in later keys', () => {
    const article = { slug: 'a', title: 'A' };
    const inline = toKeyInput({ list: [article] });
    const key = toCacheKey(article);
    expect(digestOf(article)).toBe(key);
    expect(digestOf(article)).toBe(key);
    expect(toKeyInput({ list: [article] })).toBe(`{"list":[~h${digestOf(article)}]}`);
    expect(toKeyInput({ list: [article] })).not.toBe(inline);
  });

  test('a key over digested objects still changes when one of them is another', () => {
    const [a, b] = digestEach([{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }]);
    const changed = digestEach([{ slug: 'b', title: 'B, corrected' }])[0];
    expect(toCacheKey({ entries: [a, changed] })).not.toBe(toCacheKey({ entries: [a, b] }));
    expect(toCacheKey({ entries: [a, b] })).toBe(toCacheKey({ entries: [a, b] }));
  });
});
