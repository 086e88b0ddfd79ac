import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleSchema } from '../src/lib/schema.ts';
import { runIngest } from './testing/run-ingest.ts';

const samples = join(import.meta.dirname, 'fixtures/samples/sources');

const ingest = runIngest;

// Each test spawns Node (about a second each); a loaded machine needs more than the 5 s default.
describe('ingest CLI', { timeout: 30_000 }, () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dossier-ingest-'));
  });

  test('--help explains every flag and exits 0', async () => {
    const result = await ingest(['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--sources', '--out', '--report', '--quiet']) expect(result.stdout).toContain(flag);
  });

  test('an unknown flag is bad usage: exit 2', async () => {
    const result = await ingest(['--sauces', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Unknown flag --sauces; did you mean --sources\?/);
  });

  test('a missing sources folder is bad usage: exit 2', async () => {
    expect((await ingest(['--sources', join(work, 'nope'), '--out', join(work, 'x')])).code).toBe(2);
  });

  test('the samples become valid articles; one line per stage and a summary', async () => {
    const out = join(work, 'articles');
    const reportFile = join(work, 'report.json');
    const result = await ingest(['--sources', samples, '--out', out, '--report', reportFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\[content\] Read 5 sources/);
    expect(result.stdout).toMatch(/\[content\] Wrote 5 articles/);
    const files = (await readdir(out)).filter((file) => file.endsWith('.mdx')).sort();
    expect(files).toHaveLength(5);
    for (const file of files) {
      const data = matter(await readFile(join(out, file), 'utf8'), {}).data;
      expect(articleSchema.parse(data).slug).toBe(file.replace(/\.mdx$/, ''));
    }
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.articles.map((a: { source: string }) => a.source).sort()).toEqual((await readdir(samples)).sort());
    expect(report.failed).toEqual([]);
  });

  test("another --sources folder runs without the bundled sample's override: no warning about its source", async () => {
    const reportFile = join(work, 'extra.json');
    const result = await ingest(['--sources', join(import.meta.dirname, 'fixtures/extra/sources'), '--out', join(work, 'extra'), '--report', reportFile, '--quiet']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(reportFile, 'utf8')).warnings).toEqual([]);
  });

  test('bad files are reported by name, the rest still builds, exit 1', async () => {
    const sources = join(work, 'mixed');
    await mkdir(join(sources, 'nested'), { recursive: true });
    await writeFile(join(sources, 'nested/good.txt'), 'Tesla Shares Jump\nTesla Inc. (NASDAQ: TSLA) shares rose 5% on Monday after deliveries beat estimates.\n');
    await writeFile(join(sources, 'empty.txt'), '');
    await writeFile(join(sources, 'binary.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 31) % 256)));
    await writeFile(join(sources, 'ads-only.txt'), 'Ad\nNo comments yet\n');
    await writeFile(join(sources, 'picture.png'), 'not an article');
    await writeFile(join(sources, '.DS_Store'), 'x');
    const reportFile = join(work, 'mixed.json');
    const result = await ingest(['--sources', sources, '--out', join(work, 'mixed-out'), '--report', reportFile, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.articles).toEqual([
      { source: 'nested/good.txt', output: expect.stringMatching(/tesla-shares-jump\.mdx$/), warnings: expect.any(Array), title: 'Tesla Shares Jump', date: null, primary: 'tesla', metrics: 1 },
    ]);
    expect(report.failed.map((f: { source: string }) => f.source)).toEqual(['ads-only.txt', 'binary.txt', 'empty.txt']);
    // Each reason tells the user what to do next.
    for (const failure of report.failed) expect(failure.reason).toMatch(/; (add|save|check|delete)/);
    expect(report.skipped.map((s: { source: string }) => s.source)).toEqual(['.DS_Store', 'picture.png']);
  });

  test('re-running gives byte-identical output and drops articles whose source is gone', async () => {
    const sources = join(work, 'rerun');
    const out = join(work, 'rerun-out');
    await mkdir(sources, { recursive: true });
    for (const name of await readdir(samples)) await writeFile(join(sources, name), await readFile(join(samples, name)));
    await ingest(['--sources', sources, '--out', out, '--quiet']);
    const first = await Promise.all((await readdir(out)).sort().map((f) => readFile(join(out, f), 'utf8')));
    await ingest(['--sources', sources, '--out', out, '--quiet']);
    const second = await Promise.all((await readdir(out)).sort().map((f) => readFile(join(out, f), 'utf8')));
    expect(second).toEqual(first);
    await writeFile(join(sources, '000_bd7816fc1dee6379.txt'), 'Replaced Headline Here\nA different article entirely about Siemens AG and its results today.\n');
    await ingest(['--sources', sources, '--out', out, '--quiet']);
    const names = await readdir(out);
    expect(names).not.toContain('alibaba-shares-gain-analyst-favor-amid-strategic-ai-validation.mdx');
    expect(names).toContain('replaced-headline-here.mdx');
  });
});
