import { normaliseText } from './decode-text.ts';
import type { PageParts } from './html/collect-page-parts.ts';
import { getAttribute, getTextContent, type HtmlElement } from './html/html-node.ts';
import type { SourceHints } from '../types.ts';
import { isoDateTime } from '../../../src/lib/iso-date.ts';

// Most specific first: the article's own published stamp before a generic page date.
const dateMetas = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'dc.date.issued', 'dcterms.created', 'date'];

/**
 * Reads title, publication date, publisher and address of a saved page: headline from the
 * article's `<h1>`, else `og:title`, else `<title>`; date from `article:published_time`,
 * JSON-LD `datePublished` or a `<time datetime>` outside running text; publisher from
 * `og:site_name` or JSON-LD; address from `<link rel=canonical>` or `og:url`.
 *
 * @example findPageHints(parts, h1).published // '2025-12-12T04:09:05+01:00'
 */
export function findPageHints(parts: PageParts, headline: HtmlElement | null): SourceHints {
  const meta = new Map<string, string>();
  for (const element of parts.metas) {
    const key = (getAttribute(element, 'property') ?? getAttribute(element, 'name') ?? getAttribute(element, 'itemprop') ?? '').toLowerCase();
    const content = getAttribute(element, 'content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  const linked = readJsonLd(parts.jsonLd);
  const siteName = clean(meta.get('og:site_name') ?? linked.publisher);
  const pageTitle = parts.titles[0] ? stripSiteName(clean(getTextContent(parts.titles[0])), siteName) : undefined;
  const title = clean(headline ? getTextContent(headline) : undefined) ?? clean(meta.get('og:title')) ?? clean(linked.headline) ?? pageTitle;
  const times = [...parts.times.filter((t) => getAttribute(t.element, 'itemprop') === 'datePublished'), ...parts.times.filter((t) => !t.inText)];
  const published = [...dateMetas.map((key) => meta.get(key)), linked.datePublished, ...times.map((t) => getAttribute(t.element, 'datetime'))]
    .map((value) => value?.trim())
    .find((value): value is string => value !== undefined && isoDateTime.test(value));
  const url = clean(meta.get('og:url'));
  return {
    origin: 'page metadata',
    ...(title ? { title, titlePrinted: headline !== null && title === clean(getTextContent(headline)) } : {}),
    ...(published ? { published } : {}),
    ...(siteName ? { publisher: siteName } : {}),
    ...(url ? { url } : {}),
  };
}

// JSON-LD blocks: the first object (at any depth, `@graph` included) that names a date or headline.
function readJsonLd(blocks: string[]): { datePublished?: string; headline?: string; publisher?: string } {
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
        if (typeof record['datePublished'] === 'string') {
          const publisher = record['publisher'] as { name?: unknown } | undefined;
          return {
            datePublished: record['datePublished'],
            ...(typeof record['headline'] === 'string' ? { headline: record['headline'] } : {}),
            ...(typeof publisher?.name === 'string' ? { publisher: publisher.name } : {}),
          };
        }
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return {};
}

function clean(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : normaliseText(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

// "Alibaba rises | Example News" → "Alibaba rises" when the page names its site "Example News".
function stripSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (title === undefined || siteName === undefined) return title;
  const separators = [' | ', ' - ', ' – ', ' — ', ' · '];
  const separator = separators.find((sep) => title.endsWith(`${sep}${siteName}`));
  return separator ? title.slice(0, -`${separator}${siteName}`.length) : title;
}
