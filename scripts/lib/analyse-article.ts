import type { CompanyEntry } from '../../src/lib/companies.ts';
import { schemaVersion, type Article } from '../../src/lib/schema.ts';
import { applyHints } from './structure/apply-hints.ts';
import { cleanText } from './clean/clean-text.ts';
import { detectLanguage } from './extract/detect-language.ts';
import { extractCompanies } from './extract/extract-companies.ts';
import { extractIdentifiers } from './extract/extract-identifiers.ts';
import { parsePublicationDate } from './extract/parse-publication-date.ts';
import { parseStructure } from './structure/parse-structure.ts';
import type { Block, FigureSpan, MetricsResult, SourceHints } from './types.ts';

/** An analysed article: front-matter without its slug (slugs are assigned across the run), body, marks. */
export type AnalysedArticle = { ok: true; article: Omit<Article, 'slug'>; blocks: Block[]; spans: FigureSpan[]; warnings: string[] };

/** Why a readable source still yields no article. */
export type AnalysisFailure = { ok: false; reason: string };

/** The metrics stage, injected so this module stays independent of the extractor registry. */
export type MetricsStage = (input: {
  title: string;
  blocks: Block[];
  lang: Article['lang'];
  primary: string;
  companies: { id: string; name: string; aliases: string[] }[];
}) => MetricsResult;

/** Id used for `primary` when an article names no company at all. */
export const unassignedCompany = 'unassigned';

const wirePublisher = /\((Reuters|dpa-AFX|dpa|AFP|AP|Bloomberg|Dow Jones|awp)\)/;

/**
 * Runs the pure stages on one decoded source: clean → structure → language and date →
 * identifiers and companies → metrics. The source's metadata hints (front-matter, page
 * metadata) are weighed in by `applyHints`. Returns a failure (never throws) when nothing of an
 * article is left after cleaning.
 */
export function analyseArticle(
  source: { file: string; sha256: string; text: string; hints?: SourceHints | null; warnings?: string[] },
  options: { registry: CompanyEntry[]; extractMetrics?: MetricsStage },
): AnalysedArticle | AnalysisFailure {
  const cleaned = cleanText(source.text);
  const hinted = applyHints(
    {
      structure: parseStructure(cleaned.body),
      published: parsePublicationDate({ header: cleaned.header, body: cleaned.body, evidence: cleaned.evidence }),
      publisher: cleaned.evidence.publisher,
    },
    source.hints ?? null,
  );
  const { title, titleSource, blocks } = hinted.structure;
  const published = hinted.published;
  const paragraphs = blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
  const bodyText = paragraphs.join('\n');
  if (bodyText.trim().length < 40) {
    return { ok: false, reason: 'no article text left after removing web boilerplate; check that the file holds the article itself' };
  }
  const lang = detectLanguage(bodyText);
  const identifiers = extractIdentifiers([...cleaned.header, title, ...paragraphs].join('\n'));
  const found = extractCompanies({ title, paragraphs, identifierText: cleaned.header.join('\n'), identifiers }, options);
  const warnings = [...(source.warnings ?? []), ...hinted.warnings, ...published.warnings];
  if (found.primary === null) warnings.push('no company found; the article is filed under "unassigned" (set the primary company in an override)');
  const primary = found.primary ?? unassignedCompany;
  const companies = found.companies.map(({ id, name, mentions }) => ({ id, name, mentions }));
  const metrics = options.extractMetrics?.({ title, blocks, lang, primary, companies: found.companies }) ?? { metrics: [], spans: [] };
  const article: Omit<Article, 'slug'> = {
    schemaVersion,
    title,
    titleSource,
    date: published.date,
    ...(published.time ? { time: published.time } : {}),
    dateSource: published.dateSource,
    lang,
    source: { file: source.file, sha256: source.sha256, publisher: hinted.publisher ?? wirePublisher.exec(paragraphs[0] ?? '')?.[1] ?? null },
    primary,
    companies,
    identifiers,
    summary: blocks.find((block) => block.type === 'paragraph')?.text ?? paragraphs[0] ?? '',
    wordCount: bodyText.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length,
    metrics: metrics.metrics,
  };
  return { ok: true, article, blocks, spans: metrics.spans, warnings };
}
