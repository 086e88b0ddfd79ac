import type { AnalysedArticle } from '../analyse-article.ts';
import { applyOverride } from './apply-override.ts';
import { findMeantSource } from './find-meant-source.ts';
import { parseOverride } from './parse-override.ts';
import type { OverrideFile } from './read-overrides.ts';

/**
 * Applies the hand corrections of `content/overrides/` to the analysed articles. A broken override
 * fails only its own article: two files for one source, invalid YAML or fields, or a `primary` that is neither a company the
 * article names nor an id of the registry (`registryIds`), which would link to no page. An override
 * whose source is gone or produced no article is a run warning. Pure: the override files are read
 * beforehand.
 */
export function correctArticles(
  analysed: { file: string; result: AnalysedArticle }[],
  overrides: Map<string, OverrideFile>,
  sourceFiles: Set<string>,
  registryIds: ReadonlySet<string> = new Set(),
): { analysed: { file: string; result: AnalysedArticle }[]; failed: { source: string; reason: string }[]; warnings: string[] } {
  const corrected: { file: string; result: AnalysedArticle }[] = [];
  const failed: { source: string; reason: string }[] = [];
  for (const item of analysed) {
    const override = overrides.get(item.file);
    if (!override) {
      corrected.push(item);
      continue;
    }
    if (override.others) {
      failed.push({ source: item.file, reason: `${[override.file, ...override.others].join(' and ')} ${override.others.length === 1 ? 'both' : 'all'} correct ${item.file}; keep one of them (merge their fields) and delete the others` });
      continue;
    }
    const parsed = parseOverride(override.text, override.file);
    const reason = parsed.ok ? findUnknownPrimary(parsed.override.primary, item.result, registryIds, override.file) : parsed.reason;
    if (parsed.ok && reason === null) corrected.push({ file: item.file, result: applyOverride(item.result, parsed.override, override.file) });
    else failed.push({ source: item.file, reason: reason! });
  }
  const articles = new Set(analysed.map((item) => item.file));
  const warnings = [...overrides.values()]
    .filter((override) => !articles.has(override.source))
    .map((override) => {
      if (sourceFiles.has(override.source)) return `${override.file}: its source ${override.source} did not become an article (see failed, skipped or duplicates), so there is nothing to correct`;
      const meant = findMeantSource(override.source, sourceFiles);
      if (meant === null) return `${override.file}: there is no source ${override.source} any more; rename the override after the moved source, or delete it`;
      // An override is named after its source's whole path, extension included, plus `.yaml`.
      const folder = override.file.slice(0, override.file.lastIndexOf(override.source));
      return `${override.file}: there is no source ${override.source}; it probably means ${meant}: rename it to ${folder}${meant}.yaml`;
    });
  return { analysed: corrected, failed, warnings };
}

function findUnknownPrimary(primary: string | undefined, analysed: AnalysedArticle, registryIds: ReadonlySet<string>, file: string): string | null {
  const named = analysed.article.companies.map((company) => company.id);
  if (primary === undefined || named.includes(primary) || registryIds.has(primary)) return null;
  const choices = named.length > 0 ? `a company it names (${named.join(', ')})` : 'a company it names (it names none)';
  return `${file}: primary "${primary}" is neither ${choices} nor an id in content/companies.yaml; write one of those ids, or add the company to the registry`;
}
