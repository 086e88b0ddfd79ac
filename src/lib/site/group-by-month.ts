/**
 * The site-wide timeline: articles by month, split into pages small enough for 10,000 articles.
 *
 * Environment-neutral and pure.
 */
import type { Article } from '../schema.ts';
import { compareDaysDesc, compareText } from '../compare.ts';
import { paginate } from './paginate.ts';

/** The articles of one month (or the undated ones), grouped by primary company. */
export interface MonthGroup {
  /** `YYYY-MM`, or null for undated articles. */
  month: string | null;
  /** Number of articles. */
  count: number;
  /** Primary companies, most articles first, then by name; `hasPage` when the site has a page for it. */
  companies: { id: string; name: string; hasPage: boolean; articles: Article[] }[];
}

/**
 * Groups articles by month of publication, newest month first, undated last. `companyIds` are the
 * companies with a page: an article about no company known to the site ("unassigned") is grouped
 * under its primary id all the same, but nothing links to a page it does not have.
 */
export function groupByMonth(articles: readonly Article[], companyIds: ReadonlySet<string>): MonthGroup[] {
  const byMonth = new Map<string | null, Article[]>();
  for (const article of articles) {
    const month = article.date === null ? null : article.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), article]);
  }
  const months = [...byMonth].map(([month, monthArticles]) => ({ month, count: monthArticles.length, companies: groupByCompany(monthArticles, companyIds) }));
  return months.sort((a, b) => compareDaysDesc(a.month, b.month));
}

function groupByCompany(articles: Article[], companyIds: ReadonlySet<string>): MonthGroup['companies'] {
  const byId = new Map<string, MonthGroup['companies'][number]>();
  for (const article of [...articles].sort((a, b) => compareDaysDesc(a.date, b.date) || compareText(a.slug, b.slug))) {
    const name = article.companies.find((company) => company.id === article.primary)?.name ?? article.primary;
    const group = byId.get(article.primary) ?? { id: article.primary, name, hasPage: companyIds.has(article.primary), articles: [] };
    group.articles.push(article);
    byId.set(article.primary, group);
  }
  return [...byId.values()].sort((a, b) => b.articles.length - a.articles.length || compareText(a.name, b.name) || compareText(a.id, b.id));
}

/**
 * Splits one month's company groups into pages of at most `size` articles; a company whose
 * articles run over a page boundary continues on the next page under its name again.
 */
export function paginateMonth(group: MonthGroup, size: number): MonthGroup['companies'][] {
  const flat = group.companies.flatMap((company) => company.articles.map((article) => ({ company, article })));
  return paginate(flat, size).map((page) => {
    const companies: MonthGroup['companies'] = [];
    for (const { company, article } of page) {
      const last = companies.at(-1);
      if (last?.id === company.id) last.articles.push(article);
      else companies.push({ id: company.id, name: company.name, hasPage: company.hasPage, articles: [article] });
    }
    return companies;
  });
}
