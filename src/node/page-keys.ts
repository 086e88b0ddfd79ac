/**
 * The cache keys of the routes with many pages (see `cache-key.ts` and docs/performance.md).
 *
 * The rule that keeps them from going stale: a keyed page renders only from its props and from
 * the data named in its key. Astro adds the hash of the page's code (its modules, components and
 * CSS), the config and the lockfile, so a code change re-renders every page of the route; the key
 * covers the data. Keys are made of the data itself, never of a path, time or build number, so
 * one cache serves every corpus and `--dist`: the same data gives the same page. Node only.
 */
import { toCacheKey } from './cache-key.ts';

/**
 * Returns the key of a page that renders from `props` and, where it reads site-wide data outside
 * its props (an endpoint's `GET`), from `reads`: every value the page uses must be in one of them.
 *
 * @example pageKey({ page: 2, entries }) // changes when `page` or any entry changes
 */
export function pageKey(props: object, reads?: object): string {
  return toCacheKey(reads === undefined ? { props } : { props, reads });
}

/** What an article page renders from besides its links: the entry, with the digest of its file. */
interface ArticlePageInput {
  article: { id: string; data: object; filePath?: string | undefined; digest?: string | number | undefined };
}

/**
 * Returns the key of an article page from all of its props. The body is rendered from the
 * article's file, not from props: the entry's `digest` (the loader's hash of that file) stands
 * for it, and an entry without one is an error rather than a key that could miss a change.
 */
export function articlePageKey(props: ArticlePageInput & object): string {
  const { article } = props;
  if (article.digest === undefined) {
    throw new Error(`Article "${article.id}" has no digest, so its page cannot be cached safely. Its entries come from src/loaders/articles-loader.ts, which sets one for every file.`);
  }
  return pageKey(props, { body: article.digest, file: article.filePath ?? null });
}
