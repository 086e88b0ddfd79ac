/**
 * TEMPORARY adapter: turns a raw source into metrics for the scorer until
 * `analyseArticle` is exported by `scripts/lib/build-article.ts`; then `runExtraction` calls
 * that instead. The split here is deliberately naive: first non-empty line is the title,
 * the other non-empty lines paragraphs ("- " lines become list items), the language from
 * stop words, and the primary company the most mentioned one.
 */
import { detectLanguage } from '../extract/detect-language.ts';
import { toBlocks } from '../structure/parse-structure.ts';
import type { Metric } from '../../../src/lib/schema.ts';
import { extractMetrics } from '../metrics/extract-metrics.ts';
import type { CompanyRef } from '../metrics/types.ts';

/** What a gold file may tell the adapter about companies (its reader-facing names). */
export type CompanyHints = { companies?: string[]; company_names?: Record<string, string> };

/** The real pipeline's entry, bound to its registry and our metrics stage. */
export type AnalyseArticle = (source: { file: string; raw: string }) => Metric[] | null;

/**
 * Loads `analyseArticle` from `scripts/lib/build-article.ts` with the company registry, or null
 * when the pipeline is not there yet. A source the pipeline fails on yields null, and the caller
 * falls back to the naive split.
 */
export async function loadAnalyseArticle(registryText: string | null): Promise<AnalyseArticle | null> {
  try {
    const pipeline = (await import('../analyse-article.ts' as string)) as { analyseArticle?: Function };
    const companies = (await import('../../../src/lib/companies.ts' as string)) as { parseCompanyRegistry?: (text: string) => unknown[] };
    const analyse = pipeline.analyseArticle;
    if (!analyse || !companies.parseCompanyRegistry) return null;
    const registry = registryText ? companies.parseCompanyRegistry(registryText) : [];
    return ({ file, raw }) => {
      try {
        const result = analyse({ file, sha256: '0'.repeat(64), text: raw }, { registry, extractMetrics });
        return result?.ok ? (result.article.metrics as Metric[]) : null;
      } catch {
        return null;
      }
    };
  } catch {
    return null;
  }
}

/**
 * Runs ingest-equivalent extraction on one raw source: the real pipeline when given, else the
 * naive split below with the gold file's company names as the company list.
 */
export function runExtraction(file: string, raw: string, hints: CompanyHints = {}, analyse: AnalyseArticle | null = null): { metrics: Metric[]; mode: 'pipeline' | 'naive' } {
  const fromPipeline = analyse?.({ file, raw });
  if (fromPipeline) return { metrics: fromPipeline, mode: 'pipeline' };
  const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const title = lines[0] ?? '';
  const blocks = toBlocks(lines.slice(1));
  const lang = detectLanguage(raw);
  const companies = toCompanies(hints, raw);
  const primary = pickPrimary(companies, raw);
  return { metrics: extractMetrics({ title, blocks, lang, primary, companies }).metrics, mode: 'naive' };
}

function toCompanies(hints: CompanyHints, raw: string): CompanyRef[] {
  const names = hints.company_names ?? {};
  const ids = hints.companies ?? Object.keys(names);
  if (ids.length === 0) return naiveCompanies(raw);
  return ids.map((id) => {
    const printed = names[id] ?? id.replace(/-/g, ' ');
    const name = printed.replace(/\s*\(.*\)\s*$/, '');
    const aliases = [/\((?:['‘’"]?)([^)'’"]+)/.exec(printed)?.[1], name.split(' ')[0]].filter((alias): alias is string => !!alias && alias.length >= 4);
    return { id, name, aliases };
  });
}

// Without hints: capitalised words that recur and take a genitive or a legal suffix somewhere.
function naiveCompanies(raw: string): CompanyRef[] {
  const counts = new Map<string, number>();
  for (const match of raw.matchAll(/\b([A-Z][a-zA-Z]+)(?:'s|’s|s\b| Inc| Group| AG| SE| Corp)/g)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return [...counts.entries()].filter(([, count]) => count >= 2).map(([name]) => ({ id: name.toLowerCase(), name }));
}

function pickPrimary(companies: CompanyRef[], raw: string): string {
  let best = { id: 'unknown', count: -1 };
  for (const company of companies) {
    const count = raw.split(company.name.split(' ')[0]!).length - 1;
    if (count > best.count) best = { id: company.id, count };
  }
  return best.id;
}
