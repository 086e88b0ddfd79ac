/** `companies/<id>.xml`: every article naming one company, newest first (see `toRss`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlesNaming, getCompanies, getSiteConfig } from '../../content.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import type { CompanySummary } from '../../lib/company-index.ts';
import { digestEach } from '../../node/cache-key.ts';
import { pageKey } from '../../node/page-keys.ts';
import { toCompanyFeedPath, toCompanyPath } from '../../lib/paths.ts';
import { toRss } from '../../lib/to-rss.ts';

export const getStaticPaths = (async () => {
  const companies = await getCompanies();
  // The key covers what `GET` reads besides its props: the company's articles.
  const site = getSiteConfig();
  return Promise.all(companies.map(async (company) => ({ params: { id: company.id }, props: { company, site }, cacheKey: pageKey({ company, site }, digestEach(await getArticlesNaming(company.id))) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ company: CompanySummary; site: SiteConfig }> = async ({ props: { company, site: config }, site }) => {
  const articles = await getArticlesNaming(company.id);
  const channel = {
    title: `${config.name}: ${company.name}`,
    description: `Articles naming ${company.name}, newest first.`,
    path: toCompanyFeedPath(company.id),
    pagePath: toCompanyPath(company.id),
  };
  return new Response(toRss(channel, articles, site), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
