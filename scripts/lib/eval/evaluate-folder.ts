/**
 * (I/O) Reads a folder of gold files and their sources, extracts, and scores.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import { readRegistryText } from '../read/read-sources.ts';
import { runNaive, runPipeline, type AnalyseArticle, type CompanyHints } from './run-extraction.ts';
import { scoreFields, type FieldScore, type GoldFields } from './score-fields.ts';
import { scoreArticle, summarise, toRates, type ArticleScore, type ScoredMetric, type Tally } from './score.ts';

/** A gold file as stored in shared/gold. */
export type GoldFile = CompanyHints & GoldFields & { metrics: ScoredMetric[] };

/** Everything the report prints; `fields` holds the article-field scores (pipeline mode only). */
export type EvalResult = { articles: ArticleScore[]; perKind: Record<string, Tally>; overall: Tally; f1: number; modes: Record<string, number>; fields: FieldScore[] };

/**
 * Scores every `<name>.json` in `gold` against the extraction of `sources/<file>`; rejects, naming
 * the file, when the pipeline throws on a source or yields no article from it.
 *
 * @example await evaluateFolder({ gold: 'scripts/fixtures/samples/gold', sources: 'scripts/fixtures/samples/sources' })
 */
export async function evaluateFolder(folders: { gold: string; sources: string; naive?: boolean; registry?: string; analyse?: AnalyseArticle }): Promise<EvalResult> {
  const registryFile = folders.registry ?? 'content/companies.yaml';
  const registry = parseCompanyRegistry(await readRegistryText(registryFile), registryFile);
  const modes: Record<string, number> = {};
  const names = (await readdir(folders.gold)).filter((name) => name.endsWith('.json')).sort();
  const articles: ArticleScore[] = [];
  const fields: FieldScore[] = [];
  for (const name of names) {
    const gold = JSON.parse(await readFile(join(folders.gold, name), 'utf8')) as GoldFile;
    const bytes = await readFile(join(folders.sources, gold.file));
    const extracted = folders.naive ? runNaive(new TextDecoder().decode(bytes), gold) : runPipeline(gold.file, bytes, registry, folders.analyse);
    modes[extracted.mode] = (modes[extracted.mode] ?? 0) + 1;
    articles.push(scoreArticle(gold.file, extracted.metrics, gold.metrics));
    if (extracted.fields) fields.push(scoreFields(gold, extracted.fields));
  }
  const { perKind, overall } = summarise(articles);
  return { articles, perKind, overall, f1: toRates(overall).f1, modes, fields };
}
