/**
 * RSS 2.0 feeds: the site's latest articles and one feed per company.
 *
 * Environment-neutral and pure; `src/pages/rss.xml.ts` and `src/pages/companies/[id].xml.ts`
 * write the result. Article text is data: every value is escaped, and characters XML 1.0 cannot
 * carry are dropped, so no article can break a feed.
 *
 * @see https://www.rssboard.org/rss-specification
 */
import { toArticlePath, toRelativeHref } from './paths.ts';
import type { Article } from './schema.ts';
import { escapeXml } from './escape-xml.ts';

/** What a feed is about; paths are relative to the site root. */
export interface FeedChannel {
  /** Feed title ("Dossier: Alibaba Group"). */
  title: string;
  /** One sentence on what the feed lists. */
  description: string;
  /** Where the feed itself is written ("companies/alibaba.xml"). */
  path: string;
  /** The page the feed belongs to ("companies/alibaba.html"). */
  pagePath: string;
}

/** How many articles the site feed lists. */
export const feedItemCount = 50;

/**
 * Writes an RSS 2.0 feed of `articles`, in the order given. With `site` (Astro's `site`) links
 * are absolute, as RSS asks; without it they are relative to the feed's own address, which feed
 * readers resolve like a browser does, so one build still works at any mount point. Undated
 * articles have no `pubDate` rather than an invented one.
 *
 * @example toRss({ title: 'Dossier', description: '…', path: 'rss.xml', pagePath: 'index.html' }, articles)
 */
export function toRss(channel: FeedChannel, articles: readonly Article[], site?: URL): string {
  const link = (path: string) => (site === undefined ? toRelativeHref(channel.path, path) : new URL(path, withSlash(site)).href);
  const items = articles.map((article) => {
    const url = link(toArticlePath(article.slug));
    return [
      '    <item>',
      element('title', article.title, 6),
      element('link', url, 6),
      site === undefined
        ? `      <guid isPermaLink="false">${escapeXml(article.slug)}</guid>`
        : `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      article.date === null ? null : element('pubDate', toRfc822(article.date), 6),
      article.summary === '' ? null : element('description', article.summary, 6),
      ...article.companies.map((company) => element('category', company.name, 6)),
      '    </item>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  });
  const self = site === undefined ? [] : [`    <atom:link href="${escapeXml(link(channel.path))}" rel="self" type="application/rss+xml"/>`];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', channel.title, 4),
    element('link', link(channel.pagePath), 4),
    element('description', channel.description, 4),
    ...self,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}


function element(name: string, text: string, indent: number): string {
  return `${' '.repeat(indent)}<${name}>${escapeXml(text)}</${name}>`;
}

// RSS dates are RFC 822; a day without a printed time is given as midnight UTC.
function toRfc822(day: string): string {
  return new Date(`${day}T00:00:00Z`).toUTCString();
}

function withSlash(site: URL): URL {
  return site.pathname.endsWith('/') ? site : new URL(`${site.pathname}/`, site);
}
