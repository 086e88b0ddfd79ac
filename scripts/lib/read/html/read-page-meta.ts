import { normaliseText } from '../decode-text.ts';
import type { PageParts } from './collect-page-parts.ts';
import { getAttribute, getTextContent } from './html-node.ts';

/** What a page says about itself in its `<head>` and JSON-LD. */
export type PageMeta = {
  /** `<meta>` contents by lower-case `property`, `name` or `itemprop` (the first of each). */
  values: Map<string, string>;
  /** From the JSON-LD object that describes the article. */
  linked: { datePublished?: string; dateModified?: string; headline?: string; publisher?: string };
  /** The `<title>` text. */
  pageTitle?: string;
  siteName?: string;
  /** `<link rel=canonical>` or `og:url`. */
  url?: string;
  /** The `<html lang>`, lower case. */
  lang?: string;
};

// JSON-LD types that describe the page's own article, not its publisher or breadcrumbs.
const articleType = /(?:Article|Posting|Report|Review|Recipe|WebPage|Event|Product)$/;

/**
 * Reads a page's `<meta>` tags, JSON-LD, `<title>`, canonical address and language.
 *
 * @example readPageMeta(parts).values.get('og:title') // 'Siemens raises its outlook'
 */
export function readPageMeta(parts: PageParts): PageMeta {
  const values = new Map<string, string>();
  for (const element of parts.metas) {
    const key = (getAttribute(element, 'property') ?? getAttribute(element, 'name') ?? getAttribute(element, 'itemprop') ?? '').trim().toLowerCase().replace(/^schema:/, '');
    const content = getAttribute(element, 'content') ?? getAttribute(element, 'datetime');
    if (key && content !== undefined && content.trim() !== '' && !values.has(key)) values.set(key, content);
  }
  const linked = readJsonLd(parts.jsonLd);
  const siteName = toClean(values.get('og:site_name') ?? linked.publisher);
  const pageTitle = parts.titles[0] ? toClean(getTextContent(parts.titles[0])) : undefined;
  const url = toClean(parts.canonicals.map((link) => getAttribute(link, 'href')).find((href) => href?.startsWith('http')) ?? values.get('og:url'));
  const lang = parts.html ? getAttribute(parts.html, 'lang')?.trim().toLowerCase() : undefined;
  return { values, linked, ...(pageTitle ? { pageTitle } : {}), ...(siteName ? { siteName } : {}), ...(url ? { url } : {}), ...(lang ? { lang } : {}) };
}

/**
 * Text from page metadata made plain: normalised, white space collapsed; undefined when empty.
 *
 * @example toClean('  Siemens\n rises ') // 'Siemens rises'
 */
export function toClean(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : normaliseText(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

// The article's object among the JSON-LD blocks, at any depth (`@graph` included): the first of
// an article type with a date, else the first with a date, else the first with a headline.
function readJsonLd(blocks: string[]): PageMeta['linked'] {
  const found: Record<string, unknown>[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let index = 0; index < queue.length && index < 1000; index += 1) {
      const item = queue[index];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (typeof record['datePublished'] === 'string' || typeof record['headline'] === 'string') found.push(record);
        if (record['@graph']) queue.push(record['@graph']);
        if (record['mainEntity'] && typeof record['mainEntity'] === 'object') queue.push(record['mainEntity']);
      }
    }
  }
  const isArticle = (record: Record<string, unknown>) => [record['@type']].flat().some((type) => typeof type === 'string' && articleType.test(type));
  const record = found.find((r) => isArticle(r) && typeof r['datePublished'] === 'string') ?? found.find((r) => typeof r['datePublished'] === 'string') ?? found[0];
  if (record === undefined) return {};
  const publisher = record['publisher'] as { name?: unknown } | undefined;
  const text = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] as string } : {});
  return { ...text('datePublished'), ...text('dateModified'), ...text('headline'), ...(typeof publisher?.name === 'string' ? { publisher: publisher.name } : {}) };
}
