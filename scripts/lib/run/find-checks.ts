import type { Article, Metric } from '../../../src/lib/schema.ts';
import { unassignedCompany } from '../analyse-article.ts';

/** What a check is about, in the order the build lists them. */
export const checkRules = ['undated', 'no-company', 'one-off-company', 'figures-removed', 'failed'] as const;

/** One thing a person should look at before publishing: which file, what is wrong, what to do. */
export type Check = {
  rule: (typeof checkRules)[number];
  /** The source file, relative to the sources folder. */
  source: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** What to do about it: the file to write and what to put in it; empty when `message` says it. */
  fix: string;
};

type CheckedFields = Pick<Article, 'date' | 'primary' | 'companies' | 'metrics' | 'corrections'>;

/** One article of the run, by its source file. */
export type CheckedArticle = { file: string; result: { article: CheckedFields } };

/**
 * Lists what the run could not decide or decided by hand: undated articles, articles without a
 * main company, companies not in the registry that only one article names (a capitalised word
 * taken for a company, often), figures an override removed, and files that failed. Pure; sorted
 * by rule, then source.
 *
 * `extracted` are the articles as analysed, `corrected` as written (overrides applied).
 *
 * @example findChecks({ extracted: [a], corrected: [a], failed: [], registryIds: new Set(), overridesDir: 'content/overrides' })[0].rule // 'undated' when `a` has no date
 */
export function findChecks(input: {
  extracted: readonly CheckedArticle[];
  corrected: readonly CheckedArticle[];
  failed: readonly { source: string; reason: string }[];
  registryIds: ReadonlySet<string>;
  /** Where overrides are read from; null when the run reads none (the fixes then say to pass --overrides). */
  overridesDir: string | null;
}): Check[] {
  const { registryIds } = input;
  const extractedBy = new Map(input.extracted.map(({ file, result }) => [file, result.article.metrics]));
  const articles = input.corrected.map(({ file, result }) => ({ source: file, article: result.article, extracted: extractedBy.get(file) ?? [] }));
  const { overridesDir } = input;
  const overrideOf = (source: string) => (overridesDir === null ? `an override ${source}.yaml in a folder passed as --overrides` : `${overridesDir.replace(/[\\/]+$/, '')}/${source}.yaml`);
  const checks: Check[] = [];
  const namedBy = new Map<string, string[]>();
  for (const { source, article } of articles) {
    for (const company of article.companies) namedBy.set(company.id, [...(namedBy.get(company.id) ?? []), source]);
  }
  for (const { source, article, extracted } of articles) {
    const override = overrideOf(source);
    if (article.date === null) {
      checks.push({ rule: 'undated', source, message: 'no publication date found (it is listed as undated, off the charts)', fix: `add \`date: YYYY-MM-DD\` to ${override}` });
    }
    if (article.primary === unassignedCompany) {
      checks.push({ rule: 'no-company', source, message: `no company found, so it is filed under "${unassignedCompany}"`, fix: `add \`primary: <company id>\` to ${override}` });
    }
    for (const company of article.companies) {
      if (registryIds.has(company.id) || namedBy.get(company.id)!.length > 1) continue;
      const figures = article.metrics.filter((metric) => metric.subject === company.id).length;
      const role = article.primary === company.id ? ', its main company,' : figures > 0 ? `, the subject of ${figures === 1 ? 'one of its figures' : `${figures} of its figures`},` : '';
      const ifNot = article.primary === company.id ? `set \`primary:\` in ${override}` : figures > 0 ? `remove its figures with \`metrics: remove\` in ${override}` : 'it only gets a company page of its own';
      checks.push({
        rule: 'one-off-company',
        source,
        message: `only this article names "${company.name}" (${company.id})${role} and content/companies.yaml does not list it`,
        fix: `if it is a company, add it to content/companies.yaml; if not, ${ifNot}`,
      });
    }
    const removed = article.corrections?.fields.includes('metrics') ? extracted.filter((metric) => !article.metrics.some((kept) => isSameFigure(kept, metric))) : [];
    if (removed.length > 0) {
      const list = removed.map((metric) => `${metric.kind} ${metric.value}`).join(', ');
      checks.push({ rule: 'figures-removed', source, message: `${override} removes ${removed.length === 1 ? '1 extracted figure' : `${removed.length} extracted figures`} (${list})`, fix: 'check that they are wrong, or narrow `metrics: remove` in the override' });
    }
  }
  for (const { source, reason } of input.failed) checks.push({ rule: 'failed', source, message: reason, fix: '' });
  return checks.sort((a, b) => checkRules.indexOf(a.rule) - checkRules.indexOf(b.rule) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

// A primary company set by hand moves "unassigned" figures to it; they are the same figures.
function isSameFigure(a: Metric, b: Metric): boolean {
  return a.kind === b.kind && a.value === b.value && a.quote === b.quote && a.firm === b.firm;
}
