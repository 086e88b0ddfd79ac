import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { normaliseText } from './decode-text.ts';
import type { SourceHints } from '../types.ts';
import { isoDateTime } from '../../../src/lib/iso-date.ts';

/** A Markdown source: its body as text, the hints its front-matter gives, and what was ignored. */
export type MarkdownText = { text: string; hints: SourceHints | null; warnings: string[] };

// Front-matter keys read as hints, most usual name first; every other key is ignored.
const keys = {
  title: ['title', 'headline'],
  published: ['date', 'published', 'datePublished', 'pubDate'],
  publisher: ['publisher', 'site', 'source'],
  url: ['url', 'link', 'canonical'],
} as const;

/**
 * Splits a Markdown source into its front-matter (input metadata: title, date, publisher and
 * address hints, never markup) and its body, which is read as plain text like a `.txt` file.
 *
 * Front-matter is parsed by gray-matter with YAML as its only engine: a `---js` block, which
 * gray-matter would `eval`, is ignored with a warning, and YAML runs through the `yaml` package
 * with its core schema (strings stay strings) and alias limit (a "billion laughs" block is
 * refused). A front-matter block that cannot be read is dropped with a warning; the body stays.
 *
 * @example readMarkdown('---\ntitle: Siemens rises\n---\nShares rose.') // { text: 'Shares rose.', hints: { origin: 'front-matter', title: 'Siemens rises' }, warnings: [] }
 */
export function readMarkdown(markdown: string): MarkdownText {
  // Without a closing `---` line the opening one is a thematic break, not front-matter.
  if (!matter.test(markdown, {}) || !/\n---/.test(markdown)) return { text: markdown, hints: null, warnings: [] };
  const warnings: string[] = [];
  const language = matter.language(markdown, {}).name;
  const refuse = () => {
    warnings.push(`front-matter in "${language}" ignored: Dossier reads YAML front-matter only`);
    return {};
  };
  const readYaml = (source: string) => {
    try {
      return parseYaml(source, { schema: 'core', maxAliasCount: 100, uniqueKeys: false }) ?? {};
    } catch (error) {
      warnings.push(`front-matter ignored: it is not valid YAML (${firstLine(error)}); fix it or delete it`);
      return {};
    }
  };
  // Options always (gray-matter caches option-less calls); every non-YAML engine refuses.
  const engines = { yaml: readYaml, javascript: refuse, coffee: refuse, json: refuse, ...(language && !/^ya?ml$/i.test(language) ? { [language]: refuse } : {}) };
  const file = matter(markdown, { engines } as unknown as Parameters<typeof matter>[1]);
  return { text: file.content, hints: toHints(file.data, warnings), warnings };
}

function toHints(data: unknown, warnings: string[]): SourceHints | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const pick = (names: readonly string[]) => names.map((name) => record[name]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const title = pick(keys.title);
  const published = pick(keys.published);
  const publisher = pick(keys.publisher);
  const url = pick(keys.url);
  if (published !== undefined && !isoDateTime.test(published.trim())) {
    warnings.push(`front-matter date "${published.slice(0, 40)}" ignored: write it as YYYY-MM-DD`);
  }
  const hints: SourceHints = {
    origin: 'front-matter',
    ...(title ? { title: clean(title) } : {}),
    ...(published && isoDateTime.test(published.trim()) ? { published: published.trim() } : {}),
    ...(publisher ? { publisher: clean(publisher) } : {}),
    ...(url ? { url: url.trim() } : {}),
  };
  return Object.keys(hints).length > 1 ? hints : null;
}

function clean(value: string): string {
  return normaliseText(value).replace(/\s+/g, ' ').trim();
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!.slice(0, 120);
}
