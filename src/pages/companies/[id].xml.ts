/** `companies/<id>.xml`: every article naming one company, newest first (see `toRss`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNaming, getCompanies } from '../../content.ts';
import type { CompanySummary } from '../../lib/company-index.ts';
import { digestEach } from '../../node/cache-key.ts';
import { pageKey } from '../../node/page-keys.ts';
import { toCompanyFeedPath, toCompanyPath } from '../../lib/paths.ts';
import { toRss } from '../../lib/to-rss.ts';

export const getStaticPaths = (async () => {
  const companies = await getCompanies();
  // The key covers what `GET` reads besides its props: the company's articles.
  return Promise.all(companies.map(async (company) => ({ params: { id: company.id }, props: { company }, cacheKey: pageKey({ company }, digestEach(await getArticlesNaming(company.id))) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ company: CompanySummary }> = async ({ props: { company }, site }) => {
  const articles = await getArticlesNaming(company.id);
  const channel = {
    title: `Dossier: ${company.name}`,
    description: `Articles naming ${company.name}, newest first.`,
    path: toCompanyFeedPath(company.id),
    pagePath: toCompanyPath(company.id),
  };
  return new Response(toRss(channel, articles, site), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
