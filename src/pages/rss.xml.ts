/** `rss.xml`: the latest articles, newest first (see `toRss`). */
import type { APIRoute } from 'astro';
import { getArticles } from '../content.ts';
import { feedPath, homePath } from '../lib/paths.ts';
import { feedItemCount, toRss } from '../lib/to-rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).slice(0, feedItemCount).map((article) => article.data);
  const channel = { title: 'Dossier: latest articles', description: 'The latest company research articles, in English and German.', path: feedPath, pagePath: homePath };
  return new Response(toRss(channel, articles, site), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
