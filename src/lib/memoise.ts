/**
 * Computing a site-wide view once per build instead of once per page.
 *
 * Environment-neutral and pure apart from the cache it returns.
 */

/**
 * Wraps `compute` so that it runs once and every later call returns the same result (a promise is
 * kept as it is, so concurrent callers share one computation). With `enabled` false it runs on
 * every call: the dev server's content can change between two requests, a build's cannot.
 *
 * @example const getCompanies = memoise(() => indexCompanies(articles), import.meta.env.PROD);
 */
export function memoise<T>(compute: () => T, enabled: boolean): () => T {
  if (!enabled) return compute;
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}
