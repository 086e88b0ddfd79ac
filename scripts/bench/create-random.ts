/**
 * A small seeded random source, so the benchmark corpus is the same bytes on every machine.
 */

/** Deterministic random helpers over one seed. */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both ends included. */
  int: (min: number, max: number) => number;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
  /** A number in [min, max] rounded to `decimals` places. */
  decimal: (min: number, max: number, decimals: number) => number;
};

/**
 * Creates a random source from a seed (mulberry32: fast, 32-bit state, good enough for test data).
 *
 * @example createRandom(7).int(1, 6) // the same die roll on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    decimal: (min, max, decimals) => Number((min + next() * (max - min)).toFixed(decimals)),
  };
}
