/**
 * Runs an async job over many items, a few at a time (Node only in practice: file work).
 */

/**
 * Returns `job(item)` for every item, in the order of `items`, with at most `limit` jobs running
 * at once. The first job to fail rejects the whole run.
 *
 * @example await mapLimited(paths, 16, (path) => readFile(path))
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
