/** `rss.xml`: the latest articles, newest first (see `toRss`). */
import type { APIRoute } from 'astro';
import { getArticles, getSiteConfig } from '../content.ts';
import { feedPath, homePath } from '../lib/paths.ts';
import { feedItemCount, toRss } from '../lib/to-rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).slice(0, feedItemCount).map((article) => article.data);
  const { name, description } = getSiteConfig();
  const channel = { title: `${name}: latest articles`, description, path: feedPath, pagePath: homePath };
  return new Response(toRss(channel, articles, site), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
