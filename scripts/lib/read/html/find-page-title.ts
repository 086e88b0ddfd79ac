import type { HtmlElement } from './html-node.ts';
import { toClean, type PageMeta } from './read-page-meta.ts';

/** A heading shown on the page, in document order. */
export type PageHeading = { element: HtmlElement; text: string; level: number; inArticle: boolean };

/** The page's title and the heading that prints it (left out of the text), if one does. */
export type PageTitle = { title: string; heading: HtmlElement | null };

// Separators between a headline and the site's name in a `<title>`: strong ones are never part
// of a headline; weak ones are, unless the part they split off names the site.
const strongSeparator = / (?:\||::|»|\/\/|·|•) /;
const weakSeparator = /( (?:-|–|—) )/;

/**
 * Finds a page's headline: the heading (an `<h1>` in the article first) that the page's own
 * metadata (`og:title`, JSON-LD `headline`, `<title>`) names, whole or without the site's name;
 * a metadata title that a heading prints after a kicker; else the metadata title without the
 * site's name; else the article's first `<h1>`.
 *
 * @example findPageTitle(meta, headings) // { title: 'Siemens raises outlook', heading: h1 }
 */
export function findPageTitle(meta: PageMeta, headings: PageHeading[]): PageTitle | null {
  const refs = [meta.values.get('og:title'), meta.linked.headline, meta.values.get('twitter:title'), meta.values.get('dc.title'), meta.pageTitle]
    .map(toClean)
    .filter((ref): ref is string => ref !== undefined);
  const stripped = refs.map((ref) => stripSiteName(ref, meta));
  const ordered = [
    ...headings.filter((h) => h.level === 1 && h.inArticle),
    ...headings.filter((h) => h.level === 1 && !h.inArticle),
    ...headings.filter((h) => h.level > 1 && h.inArticle).slice(0, 3),
    ...headings.filter((h) => h.level === 2 && !h.inArticle).slice(0, 3),
  ];
  const wordsOf = new Map(ordered.map((h) => [h, toWords(h.text)]));
  const refWords = [...refs, ...stripped].map(toWords).filter((words) => words !== '');
  const strippedWords = stripped.map(toWords);
  const printed = (heading: PageHeading) => ({ title: heading.text, heading: heading.element });
  // A heading that prints the `<title>` whole, site name included (often a hidden one), is
  // titled without the site's name.
  for (const heading of ordered) if (strippedWords.includes(wordsOf.get(heading)!)) return printed(heading);
  for (const heading of ordered) if (refWords.includes(wordsOf.get(heading)!)) return { title: stripSiteName(heading.text, meta), heading: heading.element };
  for (const heading of ordered) {
    const words = wordsOf.get(heading)!;
    if (words.length >= 12 && refWords.some((ref) => ref.includes(words) && words.length >= 0.4 * ref.length)) return printed(heading);
  }
  for (const heading of ordered) {
    const words = wordsOf.get(heading)!;
    const index = stripped.findIndex((ref) => toWords(ref).length >= 12 && words.endsWith(toWords(ref)));
    if (index !== -1) return { title: stripped[index]!, heading: heading.element };
  }
  // Metadata that names no heading is often an editor's version for search and sharing; the
  // article's own printed headline is the one its readers saw.
  const headline = ordered.find((h) => h.level === 1 && h.inArticle);
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
