import type { DateEvidence } from './html/find-page-date.ts';
import { findPageDate } from './html/find-page-date.ts';
import { findPageTitle, type PageHeading } from './html/find-page-title.ts';
import type { HtmlElement } from './html/html-node.ts';
import type { PageMeta } from './html/read-page-meta.ts';
import type { SourceHints } from '../types.ts';

/** A page's hints, and the heading that prints its title (left out of the article's text). */
export type PageHints = { hints: SourceHints; headline: HtmlElement | null };

/**
 * Reads title, publication date, publisher and address of a saved page: the headline the page's
 * metadata and headings agree on (`find-page-title.ts`); the publication date from metadata,
 * `<time>` stamps or a visible byline, in the page's time zone (`find-page-date.ts`); the
 * publisher from `og:site_name` or JSON-LD; the address from `<link rel=canonical>` or `og:url`.
 *
 * @example findPageHints(meta, headings, evidence).hints.published // '2025-12-12T07:30:00+01:00'
 */
export function findPageHints(meta: PageMeta, headings: PageHeading[], evidence: DateEvidence): PageHints {
  const title = findPageTitle(meta, headings);
  const published = findPageDate(meta, evidence);
  return {
    hints: {
      origin: 'page metadata',
      ...(title ? { title: title.title, titlePrinted: title.heading !== null } : {}),
      ...(published ? { published } : {}),
      ...(meta.siteName ? { publisher: meta.siteName } : {}),
      ...(meta.url ? { url: meta.url } : {}),
    },
    headline: title?.heading ?? null,
  };
}
