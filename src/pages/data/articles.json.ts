/** `data/articles.json`: every article's front-matter and page path, newest first; source file names only where configured (see `toArticlesJson`). */
import type { APIRoute } from 'astro';
import { getArticles, getSiteConfig } from '../../content.ts';
import { toArticlesJson } from '../../lib/to-json-export.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  return new Response(toArticlesJson(articles.map((article) => article.data), getSiteConfig()), { headers: { 'content-type': 'application/json' } });
};
