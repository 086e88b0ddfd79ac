import type { DateEvidence } from './html/find-page-date.ts';
import { findPageDate } from './html/find-page-date.ts';
import type { PageTitle } from './html/find-page-title.ts';
import type { PageMeta } from './html/read-page-meta.ts';
import type { SourceHints } from '../types.ts';

/**
 * Puts together what a saved page says of itself: the headline its metadata and headings agree
 * on (found by `find-page-title.ts`); the publication date from metadata,
 * `<time>` stamps or a visible byline, in the page's time zone (`find-page-date.ts`); the
 * publisher from `og:site_name` or JSON-LD; the address from `<link rel=canonical>` or `og:url`.
 *
 * @example findPageHints(meta, title, evidence).published // '2025-12-12T07:30:00+01:00'
 */
export function findPageHints(meta: PageMeta, title: PageTitle | null, evidence: DateEvidence): SourceHints {
  const published = findPageDate(meta, evidence);
  return {
    origin: 'page metadata',
    ...(title ? { title: title.title, titlePrinted: title.heading !== null } : {}),
    ...(published ? { published } : {}),
    ...(meta.siteName ? { publisher: meta.siteName } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  };
}
