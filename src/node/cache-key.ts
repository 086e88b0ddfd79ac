/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from the cache instead of rendered.
 *
 * A key is the SHA-256 of everything the page renders from, written out exactly: no timestamp,
 * no sampling, no field left out. Anything the serialiser cannot write out exactly (a class
 * instance, a function, a symbol) is an error, so a new kind of input fails the build instead of
 * being silently ignored by the key. Node only (`node:crypto`).
 */
import { createHash } from 'node:crypto';

// Bump to invalidate every key at once if the meaning of the key input changes without a change
// of code Astro hashes (Astro already re-renders every page of a route whose modules changed).
const keyVersion = 'dossier-key-1';

/**
 * Writes `value` out as a string that differs whenever the value differs: object keys in their
 * own order (a page may render them in that order), `undefined`, `-0`, `NaN`, Dates, Maps and
 * Sets each written distinctly. Throws on anything else that is not plain data, naming where.
 *
 * @example toKeyInput({ a: [1, undefined] }) // '{"a":[1,~u]}'
 */
export function toKeyInput(value: unknown): string {
  return write(value, '$');
}

/**
 * Returns the cache key of `value`: the SHA-256 (hex) of `toKeyInput(value)`.
 *
 * @example toCacheKey({ slug: 'x' }).length // 64
 */
export function toCacheKey(value: unknown): string {
  return createHash('sha256').update(keyVersion).update('\n').update(toKeyInput(value)).digest('hex');
}

// Digests of objects already seen. A build's views are never mutated (src/content.ts), so an
// object's digest cannot change while it is alive; pages that share an article hash it once.
const digests = new WeakMap<object, string>();

/**
 * Returns the cache key of an object that is never mutated, computed once per object. Once an
 * object has a digest, every key input that contains it writes the digest in its place, so the
 * article data that many pages share (lists, company pages, neighbours) is written out once.
 */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) digests.set(value, (digest = toCacheKey(value)));
  return digest;
}

/** Digests every object in `values` (see `digestOf`) and returns them, so keys made later write each as its digest. */
export function digestEach<T extends object>(values: readonly T[]): readonly T[] {
  for (const value of values) digestOf(value);
  return values;
}

function write(value: unknown, at: string): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // JSON writes NaN and Infinity as null and -0 as 0; a page may render them differently.
      return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? String(value) : `~${String(value)}`;
    case 'undefined':
      return '~u';
    case 'object':
      return value === null ? 'null' : writeObject(value, at);
    default:
      throw new TypeError(`Cannot make a cache key of the ${typeof value} at ${at}: keys are made of plain data only.`);
  }
}

function writeObject(value: object, at: string): string {
  // An object hashed before is written as its digest (the digest is of the same data).
  const digest = digests.get(value);
  if (digest !== undefined) return `~h${digest}`;
  if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${at}[${i}]`)).join(',')}]`;
  if (value instanceof Date) return `~d${write(value.getTime(), at)}`;
  if (value instanceof Map) return `~m[${[...value].map(([k, v], i) => `${write(k, `${at}.keys[${i}]`)}:${write(v, `${at}.get(${String(k)})`)}`).join(',')}]`;
  if (value instanceof Set) return `~s[${[...value].map((item, i) => write(item, `${at}.values[${i}]`)).join(',')}]`;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`Cannot make a cache key of the ${value.constructor?.name ?? 'object'} at ${at}: keys are made of plain data only.`);
  }
  return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${at}.${key}`)}`).join(',')}}`;
}
