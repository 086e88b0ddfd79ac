/** `data/companies/<id>.csv`: the rows of `data/metrics.csv` whose company is this one. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesWithFiguresAbout, getCompanies } from '../../../content.ts';
import type { CompanySummary } from '../../../lib/company-index.ts';
import { digestEach } from '../../../node/cache-key.ts';
import { pageKey } from '../../../node/page-keys.ts';
import { toMetricRows, toMetricsCsv } from '../../../lib/to-metrics-csv.ts';

export const getStaticPaths = (async () => {
  const companies = await getCompanies();
  // The key covers what `GET` reads besides its props: the company's articles.
  return Promise.all(companies.map(async (company) => ({ params: { id: company.id }, props: { company }, cacheKey: pageKey({ company }, digestEach(await getArticlesWithFiguresAbout(company.id))) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ company: CompanySummary }> = async ({ props: { company } }) => {
  // Only articles with a figure about the company can give a row.
  const csv = toMetricsCsv(toMetricRows(await getArticlesWithFiguresAbout(company.id), company.id));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
