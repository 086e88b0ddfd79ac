/** `data/metrics.csv`: one row per typed figure of every article (see `toMetricsCsv`). */
import type { APIRoute } from 'astro';
import { getArticles } from '../../content.ts';
import { toMetricRows, toMetricsCsv } from '../../lib/to-metrics-csv.ts';

export const GET: APIRoute = async () => {
  const articles = await getArticles();
  const csv = toMetricsCsv(toMetricRows(articles.map((article) => article.data)));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
