/**
 * Turns a built article page into the page Pagefind indexes: the article's own language on
 * `<html lang>` and, for German, compound marks in its indexed text.
 *
 * Pure. The page in `dist/` keeps `<html lang="en">` (its navigation is English) and its text
 * unmarked; only Pagefind sees this copy. Pagefind 1.6 makes one index per `<html lang>` and
 * stems each with its language's Snowball stemmer, so each article is indexed as German or English.
 */
import { dateSortKey } from '../../lib/search-data.ts';

/** What the index build needs to know of an article page. */
export type ArticlePage = {
  /** Site path ("articles/x.html"). */
  path: string;
  html: string;
  /** The `lang` of the page's `<article>`. */
  lang: string;
  /** The page's `date` sort key, as Pagefind sorts by it. */
  sortKey: string;
};

const bodyMark = 'data-pagefind-body';

/** Reads the language and sort key of an article page; throws when the page has neither. */
export function readArticlePage(path: string, html: string): ArticlePage {
  const lang = /<article\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const sortKey = new RegExp(`data-pagefind-sort="${dateSortKey}:([^"]*)"`).exec(html)?.[1];
  if (!lang || sortKey === undefined || !html.includes(bodyMark)) {
    throw new Error(`${path} has no <article lang>, date sort key or ${bodyMark}, so it cannot be indexed for search. Rebuild the site with \`npm run build\`; if it persists, the article page template lost them.`);
  }
  return { path, html, lang, sortKey };
}

/** Returns the text of every text node in the page's indexed part (paragraphs, headings, lists). */
export function readIndexedTexts(page: ArticlePage): string[] {
  const { start, end } = bodyRange(page.html);
  return [...page.html.slice(start, end).matchAll(/>([^<]+)</g)].map((match) => match[1]!);
}

/**
 * Returns the page to index: the part marked `data-pagefind-body` (the only part Pagefind reads
 * once a page has the mark; it holds the article and its filters, sort key and metadata), under
 * `<html lang>` set to the article's language, with `transform` applied to each of its text nodes
 * (attributes and markup stay as they are). Navigation, styles and the footer are left out, which
 * sends Pagefind's service about half the bytes.
 */
export function toIndexPage(page: ArticlePage, transform: (text: string) => string): string {
  const { start, end } = bodyRange(page.html);
  const open = page.html.lastIndexOf('<', start - 1);
  const body = page.html.slice(start, end).replace(/>([^<]+)</g, (_, text: string) => `>${transform(text)}<`);
  return `<!doctype html><html lang="${page.lang}"><head></head><body>${page.html.slice(open, start)}${body}</main></body></html>`;
}

// From the end of the element marked data-pagefind-body's start tag to the end of the page's <main>.
function bodyRange(html: string): { start: number; end: number } {
  const start = html.indexOf('>', html.indexOf(bodyMark)) + 1;
  const end = html.indexOf('</main>', start);
  return { start, end: end < 0 ? html.length : end };
}
