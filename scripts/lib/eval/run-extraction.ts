/**
 * Turns a gold set's source into the metrics the scorer compares, the way ingest does: the read
 * stage's decoding, then `analyseArticle` with the company registry. An article the pipeline
 * throws on or cannot analyse stops the evaluation with its file name: an eval that scored it
 * some other way would hide the failure. `--naive` is the one other mode, chosen explicitly: a
 * line split that isolates the metrics stage (first line the title, "- " lines list items, the
 * gold file's company names as the company list).
 */
import type { CompanyEntry } from '../../../src/lib/companies.ts';
import type { Metric } from '../../../src/lib/schema.ts';
import { analyseArticle, type AnalysedArticle, type AnalysisFailure, type DecodedSource } from '../analyse-article.ts';
import { detectLanguage } from '../extract/detect-language.ts';
import { extractMetrics } from '../metrics/extract-metrics.ts';
import type { CompanyRef } from '../metrics/types.ts';
import { toSourceText } from '../read/to-source-text.ts';
import { toBlocks } from '../structure/parse-structure.ts';
import type { ArticleFields } from './score-fields.ts';

/** What a gold file may tell the naive mode about companies (its reader-facing names). */
export type CompanyHints = { companies?: string[]; company_names?: Record<string, string> };

/** The pipeline's per-source analysis; a parameter so a test can give one that fails. */
export type AnalyseArticle = (source: DecodedSource, options: { registry: CompanyEntry[] }) => AnalysedArticle | AnalysisFailure;

/** How a source was extracted; the pipeline also gives the article's own fields. */
export type Extraction = { metrics: Metric[]; mode: 'pipeline' | 'naive'; fields?: ArticleFields };

/**
 * Runs the ingest pipeline on one source's bytes; throws an error naming `file` when the pipeline
 * throws or yields no article.
 *
 * @example runPipeline('e01.txt', bytes, registry).metrics.length // 10
 */
export function runPipeline(file: string, bytes: Uint8Array, registry: CompanyEntry[], analyse: AnalyseArticle = analyseArticle): Extraction {
  const read = toSourceText(file, bytes);
  if (!read.ok) throw new Error(`${file}: the read stage found no article (${read.reason}); the evaluation stops here`);
  let result: AnalysedArticle | AnalysisFailure;
  try {
    result = analyse({ file, sha256: '0'.repeat(64), text: read.text, hints: read.hints, warnings: read.warnings }, { registry });
  } catch (error) {
    throw new Error(`${file}: the pipeline threw (${(error as Error).message}); fix the pipeline, the evaluation does not score a crash`, { cause: error });
  }
  if (!result.ok) throw new Error(`${file}: the pipeline yielded no article (${result.reason}); the evaluation stops here`);
  const { title, titleSource, date, primary, companies, metrics } = result.article;
  return { metrics, mode: 'pipeline', fields: { title, titleSource, date, primary, companies } };
}

/**
 * The naive mode: a line split of the raw text and the gold file's company names, then the
 * metrics stage alone.
 */
export function runNaive(raw: string, hints: CompanyHints = {}): Extraction {
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
