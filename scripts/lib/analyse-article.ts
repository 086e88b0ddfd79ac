/**
 * The stage list for one source: decoded text in, an article (front-matter, body blocks, figure
 * marks) out. Pure: the same text, hints and registry give the same article, wherever it runs
 * (`run/ingest-jobs.ts` calls it in the main thread and in the workers).
 */
import type { CompanyEntry } from '../../src/lib/companies.ts';
import { schemaVersion, type Article } from '../../src/lib/schema.ts';
import { cleanText } from './clean/clean-text.ts';
import { detectLanguage } from './extract/detect-language.ts';
import { extractCompanies } from './extract/extract-companies.ts';
import { extractIdentifiers } from './extract/extract-identifiers.ts';
import { parsePublicationDate } from './extract/parse-publication-date.ts';
import { extractMetrics } from './metrics/extract-metrics.ts';
import { applyHints } from './structure/apply-hints.ts';
import { parseStructure } from './structure/parse-structure.ts';
import { toSourceUrl } from './structure/to-source-url.ts';
import type { Block, FigureSpan, SourceHints } from './types.ts';

/** An analysed article: front-matter without its slug (slugs are assigned across the run), body, marks. */
export type AnalysedArticle = { ok: true; article: Omit<Article, 'slug'>; blocks: Block[]; spans: FigureSpan[]; warnings: string[] };

/** Why a readable source still yields no article. */
export type AnalysisFailure = { ok: false; reason: string };

/** A decoded source, as the read stage gives it. */
export type DecodedSource = { file: string; sha256: string; text: string; hints?: SourceHints | null; warnings?: string[] };

/** Id used for `primary` when an article names no company at all. */
export const unassignedCompany = 'unassigned';

const wirePublisher = /\((Reuters|dpa-AFX|dpa|AFP|AP|Bloomberg|Dow Jones|awp)\)/;

/**
 * Analyses one decoded source: clean → structure and date → language, identifiers, companies →
 * metrics. The source's own metadata (front-matter, page metadata) is weighed in by `applyHints`.
 * Returns a failure (never throws) when nothing of an article is left after cleaning.
 */
export function analyseArticle(source: DecodedSource, options: { registry: CompanyEntry[] }): AnalysedArticle | AnalysisFailure {
  // Clean: web boilerplate out; header lines and evidence (publisher, promo dates) kept aside
  const cleaned = cleanText(source.text);

  // Structure: headline and body blocks, the publication date, each weighed against the hints
  const structure = parseStructure(cleaned.body);
  const header = [...cleaned.header, ...structure.header];
  const hinted = applyHints(
    {
      structure,
      published: parsePublicationDate({ header, body: toLines(structure.blocks), paragraphs: toLines(structure.blocks.filter((block) => block.type === 'paragraph')), evidence: cleaned.evidence }),
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

  // Extract: language, printed identifiers, the companies named as actors and the primary one
  const lang = detectLanguage(bodyText);
  const identifiers = extractIdentifiers([...header, title, ...paragraphs].join('\n'));
  const found = extractCompanies({ title, paragraphs, identifierText: header.join('\n'), identifiers, lang }, options);
  const warnings = [...(source.warnings ?? []), ...hinted.warnings, ...published.warnings];
  if (found.primary === null) warnings.push('no company found; the article is filed under "unassigned" (set the primary company in an override)');
  const primary = found.primary ?? unassignedCompany;

  // Metrics: every typed figure, with where its words stand in the body
  const metrics = extractMetrics({ title, blocks, lang, primary, companies: found.companies });

  const article: Omit<Article, 'slug'> = {
    schemaVersion,
    title,
    titleSource,
    date: published.date,
    ...(published.time ? { time: published.time } : {}),
    dateSource: published.dateSource,
    lang,
    source: { file: source.file, sha256: source.sha256, publisher: hinted.publisher ?? wirePublisher.exec(paragraphs[0] ?? '')?.[1] ?? null, ...toUrlField(source.hints?.url) },
    primary,
    companies: found.companies.map(({ id, name, mentions }) => ({ id, name, mentions })),
    identifiers,
    summary: blocks.find((block) => block.type === 'paragraph')?.text ?? paragraphs[0] ?? '',
    wordCount: bodyText.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length,
    metrics: metrics.metrics,
  };
  return { ok: true, article, blocks, spans: metrics.spans, warnings };
}

function toLines(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.text]));
}

// The original address is optional in the contract: absent, not null, when the source gives none.
function toUrlField(hint: string | undefined): { url?: string } {
  const url = toSourceUrl(hint);
  return url === null ? {} : { url };
}
