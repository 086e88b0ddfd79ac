/** Files read or written at once by ingest: enough to keep the disk busy, few enough open files. */
export const ioConcurrency = 16;

/**
 * Maps over `items` with an async function, at most `limit` calls in flight, and returns the
 * results in the order of `items` (never in completion order). For file I/O: one file at a time
 * leaves the disk and the thread pool idle between calls, all at once opens thousands of files.
 *
 * @example await mapWithLimit(['a.txt', 'b.txt'], 16, (file) => readFile(file)) // [<a>, <b>]
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
