/** `data/companies/<id>.json`: one company's articles and metrics (see `toCompanyJson`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNaming, getCompanies } from '../../../content.ts';
import type { CompanySummary } from '../../../lib/company-index.ts';
import { digestEach } from '../../../node/cache-key.ts';
import { pageKey } from '../../../node/page-keys.ts';
import { toCompanyJson } from '../../../lib/to-json-export.ts';

export const getStaticPaths = (async () => {
  const companies = await getCompanies();
  // The key covers what `GET` reads besides its props: the company's articles.
  return Promise.all(companies.map(async (company) => ({ params: { id: company.id }, props: { company }, cacheKey: pageKey({ company }, digestEach(await getArticlesNaming(company.id))) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ company: CompanySummary }> = async ({ props: { company } }) => {
  const json = toCompanyJson(company, await getArticlesNaming(company.id));
  return new Response(json, { headers: { 'content-type': 'application/json' } });
};
