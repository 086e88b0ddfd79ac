import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, test } from 'vitest';
import { readTree } from './fixtures/tree.ts';
import { projectRoot, runIngest } from './testing/run-ingest.ts';

// Human work, duplicates and the cache, through the real CLI.
const root = projectRoot;
const samples = join(import.meta.dirname, 'fixtures/samples/sources');
const alibaba = '000_bd7816fc1dee6379.txt';

const ingest = runIngest;

function readReport(file: string) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-safety-'));
});

describe('human work survives a run', () => {
  test('notes, hand-written pages, overrides and sources stay byte-identical; overrides are applied', { timeout: 30_000 }, async () => {
    const content = join(work, 'project/content');
    cpSync(samples, join(content, 'sources'), { recursive: true });
    mkdirSync(join(content, 'companies'), { recursive: true });
    writeFileSync(join(content, 'companies/alibaba.mdx'), '# Alibaba\n\nMy notes: {not an expression}\n');
    writeFileSync(join(content, 'about.md'), 'A hand-written page.\n');
    mkdirSync(join(content, 'overrides'), { recursive: true });
    writeFileSync(join(content, `overrides/${alibaba}.yaml`), 'title: Alibaba wins over analysts\ndate: 2025-12-11\nnote: Date from the print edition\nmetrics:\n  remove:\n    - kind: price_target\n      value: 190\n');
    writeFileSync(join(content, 'overrides/001_729ec53e779b97e2.txt.yaml'), 'primary: Alibaba Group\n');
    writeFileSync(join(content, 'overrides/gone.txt.yaml'), 'title: Old\n');
    const before = readTree(content, ['articles']);
    const reportFile = join(work, 'project/report.json');
    const args = ['--sources', join(content, 'sources'), '--out', join(content, 'articles'), '--overrides', join(content, 'overrides'), '--report', reportFile, '--quiet'];
    const first = await ingest(args);
    expect(first.code).toBe(1);
    expect(readTree(content, ['articles'])).toEqual(before);

    const report = readReport(reportFile);
    expect(report.failed).toEqual([{ source: '001_729ec53e779b97e2.txt', reason: expect.stringMatching(/overrides\/001_729ec53e779b97e2\.txt\.yaml is not a valid override \(primary: /) }]);
    expect(report.warnings).toEqual([expect.stringMatching(/overrides\/gone\.txt\.yaml: there is no source gone\.txt any more/)]);
    expect(report.articles).toHaveLength(4);
    const entry = report.articles.find((a: { source: string }) => a.source === alibaba);
    // A corrected title keeps the article's address.
    expect(entry.output).toMatch(/alibaba-shares-gain-analyst-favor-amid-strategic-ai-validation\.mdx$/);
    const data = matter(readFileSync(join(root, entry.output), 'utf8'), {}).data;
    expect(data).toMatchObject({ title: 'Alibaba wins over analysts', titleSource: 'override', date: '2025-12-11', dateSource: 'override' });
    expect(data.corrections).toEqual({ fields: ['title', 'date', 'metrics'], note: 'Date from the print edition' });
    expect(data.metrics.some((m: { kind: string; value: number }) => m.kind === 'price_target' && m.value === 190)).toBe(false);

    // A second run changes nothing outside --out either.
    expect((await ingest(args)).code).toBe(1);
    expect(readTree(content, ['articles'])).toEqual(before);
  });

  test('--out must be a folder of its own: content/ is refused (exit 2) and left as it was', { timeout: 30_000 }, async () => {
    const content = join(work, 'project/content');
    const before = readTree(content);
    const around = await ingest(['--sources', join(content, 'sources'), '--out', content]);
    expect(around.code).toBe(2);
    expect(around.stderr).toMatch(/overlaps the sources folder.*point --out at a folder of its own/);
    const foreign = await ingest(['--sources', samples, '--out', content]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/holds files ingest did not generate \(about\.md, companies\/alibaba\.mdx, overrides\/000_bd7816fc1dee6379\.txt\.yaml and \d+ more\).*point --out at a folder of its own/);
    expect(readTree(content)).toEqual(before);
  });
});

describe('duplicates and read order', () => {
  test('an identical copy is reported as a duplicate of the file it repeats; one article is written', { timeout: 30_000 }, async () => {
    const sources = join(work, 'dupes');
    cpSync(samples, sources, { recursive: true });
    mkdirSync(join(sources, 'archive'));
    writeFileSync(join(sources, 'archive/copy.txt'), readFileSync(join(samples, alibaba)));
    const reportFile = join(work, 'dupes.json');
    const result = await ingest(['--sources', sources, '--out', join(work, 'dupes-out'), '--report', reportFile, '--quiet']);
    expect(result.code).toBe(0);
    const report = readReport(reportFile);
    expect(report.duplicates).toEqual([{ source: 'archive/copy.txt', duplicateOf: alibaba }]);
    expect(report.articles.map((a: { source: string }) => a.source)).not.toContain('archive/copy.txt');
    expect(readdirSync(join(work, 'dupes-out')).filter((f) => f.endsWith('.mdx'))).toHaveLength(5);
  });

  test('the same sources created in another order give byte-identical articles', { timeout: 30_000 }, async () => {
    const names = readdirSync(samples).sort();
    for (const [folder, order] of [['forward', names], ['backward', [...names].reverse()]] as const) {
      for (const name of order) cpSync(join(samples, name), join(work, folder, 'sources', name));
      expect((await ingest(['--sources', join(work, folder, 'sources'), '--out', join(work, folder, 'articles'), '--no-cache', '--quiet'])).code).toBe(0);
    }
    expect(readTree(join(work, 'backward/articles'))).toEqual(readTree(join(work, 'forward/articles')));
  });
});

describe('cache', () => {
  test('a source renamed to another format is read and analysed again, not taken from the cache', { timeout: 60_000 }, async () => {
    // An article page saved as .txt by mistake, then given its right name
    const page = '<!DOCTYPE html><html lang="en"><head><title>Orbital Foods lifts its outlook</title></head><body><nav>Home | Markets</nav><main><h1>Orbital Foods lifts its outlook</h1><p>Orbital Foods raised its forecast for the year on Tuesday.</p></main></body></html>\n';
    const sources = join(work, 'renamed/sources');
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(sources, 'orbital.txt'), page);
    const cache = join(work, 'renamed/cache');
    const args = (out: string) => ['--sources', sources, '--out', join(work, 'renamed', out), '--cache-dir', cache, '--report', join(work, 'renamed', `${out}.json`), '--quiet'];
    await ingest(args('as-text'));
    const asText = readdirSync(join(work, 'renamed/as-text')).filter((name) => name.endsWith('.mdx'));
    expect(readFileSync(join(work, 'renamed/as-text', asText[0]!), 'utf8')).toContain('Home | Markets');

    renameSync(join(sources, 'orbital.txt'), join(sources, 'orbital.html'));
    await ingest(args('as-html'));
    expect(readReport(join(work, 'renamed/as-html.json')).reused).toBe(0);
    const asHtml = readdirSync(join(work, 'renamed/as-html')).filter((name) => name.endsWith('.mdx'));
    const body = matter(readFileSync(join(work, 'renamed/as-html', asHtml[0]!), 'utf8')).content;
    expect(body).toContain('raised its forecast');
    expect(body).not.toContain('Home | Markets');
  });

  test('a warm cache reuses every source and writes byte-identical articles; a corrupt entry is analysed again', { timeout: 60_000 }, async () => {
    const cache = join(work, 'cache');
    const args = (out: string, ...extra: string[]) => ['--sources', samples, '--out', join(work, out), '--report', join(work, `${out}.json`), '--quiet', ...extra];
    await ingest(args('uncached', '--no-cache'));
    await ingest(args('cold', '--cache-dir', cache));
    const warm = await ingest(args('warm', '--cache-dir', cache));
    expect(warm.code).toBe(0);
    expect(readReport(join(work, 'uncached.json')).reused).toBe(0);
    expect(readReport(join(work, 'cold.json')).reused).toBe(0);
    expect(readReport(join(work, 'warm.json')).reused).toBe(5);
    const expected = readTree(join(work, 'uncached'));
    expect(readTree(join(work, 'cold'))).toEqual(expected);
    expect(readTree(join(work, 'warm'))).toEqual(expected);

    const [first, second] = readdirSync(cache).sort();
    writeFileSync(join(cache, first!), '{"key":');
    writeFileSync(join(cache, second!), JSON.stringify({ key: second!.replace('.json', ''), result: { ok: true } }));
    expect((await ingest(args('repaired', '--cache-dir', cache))).code).toBe(0);
    expect(readReport(join(work, 'repaired.json')).reused).toBe(3);
    expect(readTree(join(work, 'repaired'))).toEqual(expected);
  });
});
