import type { HtmlElement } from './html-node.ts';
import { toClean, type PageMeta } from './read-page-meta.ts';

/**
 * A heading shown on the page, in document order, with its place among the page's blocks, and
 * its first line where it breaks onto more.
 */
export type PageHeading = { element: HtmlElement; text: string; level: number; inArticle: boolean; index: number; firstLine?: string };

/** The page's title and the heading that prints it (left out of the text), if one does. */
export type PageTitle = { title: string; heading: HtmlElement | null };

// Separators between a headline and the site's name in a `<title>`: strong ones are never part
// of a headline; weak ones are, unless the part they split off names the site.
const strongSeparator = / (?:\||::|»|\/\/|·|•) /;
const weakSeparator = /( (?:-|–|—) )/;
// The headline stands this many blocks or fewer above the article's first paragraph.
const nearStart = 10;
const byline = /^(?:von|by|from|posted|autor|author)\b/i;

/**
 * Finds a page's headline: the heading that the page's own metadata (`og:title`, JSON-LD
 * `headline`, `<title>`, most telling first) names, whole or without the site's name; a
 * metadata title that a heading prints after a kicker; else the headline right above the
 * article's first paragraph (`articleStart`, a block index), or the article's first `<h1>`;
 * else the metadata title without the site's name.
 *
 * @example findPageTitle(meta, headings, 12) // { title: 'Siemens raises outlook', heading: h1 }
 */
export function findPageTitle(meta: PageMeta, headings: PageHeading[], articleStart: number): PageTitle | null {
  const refs = [meta.values.get('og:title'), meta.linked.headline, meta.values.get('twitter:title'), meta.values.get('dc.title'), meta.pageTitle]
    .map(toClean)
    .filter((ref): ref is string => ref !== undefined);
  const near = headings.filter((h) => h.index < articleStart && h.index >= articleStart - nearStart && !byline.test(h.text));
  const ordered = [...new Set([
    ...headings.filter((h) => h.level === 1 && h.inArticle),
    ...near,
    ...headings.filter((h) => h.level === 1 && !h.inArticle),
    ...headings.filter((h) => h.level > 1 && h.inArticle).slice(0, 3),
    ...headings.filter((h) => h.level === 2 && !h.inArticle).slice(0, 3),
  ])];
  const wordsOf = new Map(ordered.map((h) => [h, toWords(h.text)]));
  // A heading with a kicker comes twice, its text without the kicker first: that one is printed.
  const printed = (heading: PageHeading) => ({ title: (ordered.find((h) => h.element === heading.element) ?? heading).text, heading: heading.element });
  for (const ref of refs) {
    const stripped = stripSiteName(ref, meta);
    const match = ordered.find((h) => wordsOf.get(h) === toWords(stripped));
    if (match) return printed(match);
    // A heading that prints the `<title>` whole, site name included (often a hidden one), is
    // titled without the site's name.
    const whole = ordered.find((h) => wordsOf.get(h) === toWords(ref));
    if (whole) return { title: stripSiteName(whole.text, meta), heading: whole.element };
    // A heading whose first line is the title and whose next lines are a byline or a date.
    const line = ordered.find((h) => h.firstLine !== undefined && toWords(h.firstLine) === toWords(stripped));
    if (line) return { title: line.firstLine!, heading: line.element };
  }
  const stripped = refs.map((ref) => stripSiteName(ref, meta));
  // A heading that prints a metadata title after more words: the title, without the kicker.
  for (const heading of ordered) {
    const words = wordsOf.get(heading)!;
    const index = stripped.findIndex((ref) => toWords(ref).length >= 12 && words.endsWith(toWords(ref)));
    if (index !== -1) return { title: stripped[index]!, heading: heading.element };
  }
  const refWords = [...refs, ...stripped].map(toWords);
  for (const heading of ordered) {
    const words = wordsOf.get(heading)!;
    if (words.length >= 12 && refWords.some((ref) => ref.includes(words) && words.length >= 0.4 * ref.length)) return printed(heading);
  }
  // Metadata that names no heading is often an editor's version for search and sharing; the
  // headline the readers saw is the one above the article's text: the best-ranked heading there.
  const above = near.filter((h) => h.text.length >= 12).reduce<PageHeading | undefined>((best, h) => (best === undefined || h.level <= best.level ? h : best), undefined);
  const headline = (above?.level === 1 ? above : undefined) ?? ordered.find((h) => h.level === 1 && h.inArticle && near.includes(h)) ?? above ?? ordered.find((h) => h.level === 1 && h.inArticle);
  if (headline) return printed(headline);
  if (stripped[0] !== undefined) return { title: stripped[0], heading: null };
  const first = ordered.find((h) => h.level === 1) ?? ordered[0];
  return first ? printed(first) : null;
}

/**
 * A metadata title without the site's name: a part split off by `|`, `»` or the like, or by a
 * dash when that part names the site (`og:site_name` or the address's host).
 *
 * @example stripSiteName('Alibaba rises | Example News', meta) // 'Alibaba rises'
 */
export function stripSiteName(title: string, meta: Pick<PageMeta, 'siteName' | 'url'>): string {
  let rest = title;
  const strong = rest.split(strongSeparator);
  if (strong.length > 1) {
    const named = strong.filter((part) => !isSiteName(part, meta));
    rest = (named.length > 0 ? named : strong).reduce((a, b) => (b.length > a.length ? b : a));
  }
  const weak = rest.split(weakSeparator);
  while (weak.length > 2 && isSiteName(weak[weak.length - 1]!, meta)) weak.splice(-2, 2);
  while (weak.length > 2 && isSiteName(weak[0]!, meta)) weak.splice(0, 2);
  rest = weak.join('').replace(/^[\s»«|:–-]+|[\s»«|:–-]+$/g, '');
  return rest === '' ? title : rest;
}

function isSiteName(part: string, meta: Pick<PageMeta, 'siteName' | 'url'>): boolean {
  const letters = toLetters(part);
  if (letters.length < 2) return false;
  if (meta.siteName !== undefined && (toLetters(meta.siteName) === letters || toLetters(meta.siteName).includes(letters))) return true;
  // "SWIM.DE", "Netz für Alle" on netzfueralle.example.org: a part of the host's name.
  const host = meta.url ? toHost(meta.url).replace(/\./g, '') : '';
  return host !== '' && letters.length >= 4 && host.includes(letters);
}

function toHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9.]/g, '');
  } catch {
    return '';
  }
}

function toLetters(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');
}

function toWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u00ad]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
