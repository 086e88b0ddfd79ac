import type { AnalysedArticle } from '../analyse-article.ts';
import { applyOverride } from './apply-override.ts';
import { parseOverride } from './parse-override.ts';
import type { OverrideFile } from './read-overrides.ts';

/**
 * Applies the hand corrections of `content/overrides/` to the analysed articles. A broken override
 * fails only its own article; an override whose source is gone or produced no article is a run
 * warning. Pure: the override files are read beforehand.
 */
export function correctArticles(
  analysed: { file: string; result: AnalysedArticle }[],
  overrides: Map<string, OverrideFile>,
  sourceFiles: Set<string>,
): { analysed: { file: string; result: AnalysedArticle }[]; failed: { source: string; reason: string }[]; warnings: string[] } {
  const corrected: { file: string; result: AnalysedArticle }[] = [];
  const failed: { source: string; reason: string }[] = [];
  for (const item of analysed) {
    const override = overrides.get(item.file);
    if (!override) {
      corrected.push(item);
      continue;
    }
    const parsed = parseOverride(override.text, override.file);
    if (parsed.ok) corrected.push({ file: item.file, result: applyOverride(item.result, parsed.override, override.file) });
    else failed.push({ source: item.file, reason: parsed.reason });
  }
  const articles = new Set(analysed.map((item) => item.file));
  const warnings = [...overrides.values()]
    .filter((override) => !articles.has(override.source))
    .map((override) =>
      sourceFiles.has(override.source)
        ? `${override.file}: its source ${override.source} did not become an article (see failed, skipped or duplicates), so there is nothing to correct`
        : `${override.file}: there is no source ${override.source} any more; rename the override after the moved source, or delete it`,
    );
  return { analysed: corrected, failed, warnings };
}
