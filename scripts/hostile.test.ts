/**
 * The hostile corpus (scripts/fixtures/hostile) through the real ingest CLI: every file is
 * accounted for once, and every article's MDX compiles — with Sätteri, the compiler the site's
 * @astrojs/mdx uses, and with @mdx-js/mdx, the reference — into a tree where the source's markup
 * is text: no element, attribute, link, expression or import comes from it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compile } from '@mdx-js/mdx';
import matter from 'gray-matter';
import { mdxToHast } from 'satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleSchema } from '../src/lib/schema.ts';
import { hostileMaxBytes, hostileOutcomes } from './fixtures/hostile-expected.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const corpus = join(import.meta.dirname, 'fixtures/hostile');
// The options astro.config.mjs gives @astrojs/mdx: no GFM, no smart punctuation.
const siteFeatures = { gfm: false, smartPunctuation: false };
const allowedElements = new Set(['h2', 'p', 'ul', 'ol', 'li']);

type Report = { articles: { source: string; output: string }[]; failed: { source: string; reason: string }[]; skipped: { source: string; reason: string }[] };
type HastNode = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; attributes?: { type: string; name: string; value: unknown }[]; children?: HastNode[] };

let report: Report;
let exitCode: number;

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
  const args = ['scripts/ingest.ts', '--sources', corpus, '--out', join(work, 'articles'), '--report', join(work, 'report.json'), '--max-bytes', String(hostileMaxBytes), '--quiet'];
  exitCode = await run(process.execPath, args, { cwd: root }).then(() => 0, (error: { code: number }) => error.code);
  report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8'));
}, 60_000);

/** Every problem of one rendered tree: a node the article text must never produce. */
function findMarkup(node: HastNode, problems: string[] = []): string[] {
  if (node.type === 'element' && !allowedElements.has(node.tagName!)) problems.push(`element <${node.tagName}>`);
  // A numbered list may carry its first number, and nothing else.
  const attributes = Object.entries(node.properties ?? {}).filter(([name, value]) => !(node.tagName === 'ol' && name === 'start' && Number.isSafeInteger(value)));
  if (node.type === 'element' && attributes.length > 0) problems.push(`attributes on <${node.tagName}>`);
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    const names = (node.attributes ?? []).map((attribute) => (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.name : `{${attribute.type}}`));
    if (node.name !== 'Fig' || names.some((name) => name !== 'id' && name !== 'kind')) problems.push(`component <${node.name} ${names.join(' ')}>`);
  }
  if (!['root', 'element', 'text', 'mdxJsxTextElement'].includes(node.type)) problems.push(`${node.type} node`);
  for (const child of node.children ?? []) findMarkup(child, problems);
  return problems;
}

function toText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(toText).join('');
}

describe('the hostile corpus', () => {
  test('every file is in the report exactly once, as expected; ingest exits 1', async () => {
    expect(exitCode).toBe(1);
    const files = (await readdir(corpus, { recursive: true, withFileTypes: true })).filter((entry) => !entry.isDirectory());
    const listed = [...report.articles, ...report.failed, ...report.skipped].map((entry) => entry.source).sort();
    expect(listed).toEqual(files.map((entry) => join(entry.parentPath, entry.name).slice(corpus.length + 1)).sort());
    expect(listed.sort()).toEqual(Object.keys(hostileOutcomes).sort());
    expect(Object.keys(hostileOutcomes).length).toBeGreaterThanOrEqual(20);
    for (const [status, list] of [['failed', report.failed], ['skipped', report.skipped]] as const) {
      for (const entry of list) {
        const expected = hostileOutcomes[entry.source]!;
        expect({ source: entry.source, status }).toEqual({ source: entry.source, status: expected.status });
        if (expected.status !== 'article') expect(entry.reason).toMatch(expected.reason);
      }
    }
  });

  const articles = Object.entries(hostileOutcomes).filter(([, outcome]) => outcome.status === 'article');
  test.each(articles)('%s becomes an article whose markup stays text', async (source, outcome) => {
    const entry = report.articles.find((article) => article.source === source);
    expect(entry, `${source} should be an article`).toBeDefined();
    const { data, content } = matter(await readFile(join(root, entry!.output), 'utf8'), {});
    const article = articleSchema.parse(data);

    await expect(compile(content)).resolves.toBeDefined();
    const tree = mdxToHast(content, { features: siteFeatures, position: false }) as HastNode;
    expect(findMarkup(tree)).toEqual([]);
    const shown = `${article.title}\n${toText(tree)}`;
    if (outcome.status === 'article') for (const text of outcome.visible) expect(shown).toContain(text);
  });
});
