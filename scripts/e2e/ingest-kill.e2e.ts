import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCorpus } from '../fixtures/corpus.ts';
import { readTree } from '../fixtures/tree.ts';
import { toWorkFolders } from '../lib/emit/out-folder.ts';

// Real ingest processes on a corpus big enough to be caught mid-run, killed with SIGKILL at
// several moments: the output folder is always one whole run's articles, never a mix.
const root = join(import.meta.dirname, '../..');
const articles = 300;

type Finished = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

function start(args: string[]): { pid: number; kill: () => void; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['scripts/ingest.ts', '--quiet', ...args], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { pid: child.pid!, kill: () => child.kill('SIGKILL'), done };
}

// Polls without blocking the event loop, so the child's exit is still noticed.
async function waitUntil(condition: () => boolean, done: Promise<Finished>): Promise<boolean> {
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    if (condition()) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return false;
}

function countFiles(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

describe('a killed ingest run', () => {
  test('leaves the previous or the new articles, never a mix; the next run cleans up and takes over the lock', { timeout: 120_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
    const out = join(work, 'content/articles');
    const cache = join(work, 'cache');
    const report = join(work, 'report.json');
    // Corpus B drops 20 of A's articles and rewrites 10 others.
    const sourcesA = join(work, 'a');
    const sourcesB = join(work, 'b');
    writeCorpus(sourcesA, articles);
    const names = writeCorpus(sourcesB, articles);
    for (const name of names.slice(0, 20)) rmSync(join(sourcesB, name));
    for (const name of names.slice(20, 30)) writeFileSync(join(sourcesB, name), readFileSync(join(sourcesA, names[(names.indexOf(name) + 7) % names.length]!), 'utf8') + 'Rewritten.\n');
    const args = (sources: string, ...extra: string[]) => ['--sources', sources, '--out', out, '--cache-dir', cache, '--report', report, ...extra];
    const leftovers = () => readdirSync(join(work, 'content')).filter((name) => name !== 'articles');

    expect((await start(args(sourcesA)).done).code).toBe(0);
    const trees: Record<'a' | 'b', Record<string, string> | null> = { a: readTree(out), b: null };
    expect(Object.keys(trees.a!)).toHaveLength(articles + 1);

    // While a run analyses (cache off, so it is slow), a second run on the same folder is refused.
    const first = start(args(sourcesB, '--no-cache'));
    expect(await waitUntil(() => existsSync(`${out}.lock`), first.done)).toBe(true);
    const second = await start(args(sourcesB)).done;
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(`Another ingest run (process ${first.pid}) is writing the same articles: ${out}.lock is locked.`);
    first.kill();
    expect((await first.done).signal).toBe('SIGKILL');
    const afterFirstKill = readTree(out);

    // The next run takes over the dead run's lock, with a warning, and writes the new articles.
    expect((await start(args(sourcesB)).done).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).warnings).toContain(`took over the lock ${out}.lock left by process ${first.pid}, which no longer runs`);
    trees.b = readTree(out);
    expect(Object.keys(trees.b)).toHaveLength(articles - 20 + 1);
    expect([trees.a, trees.b]).toContainEqual(afterFirstKill);
    expect(leftovers()).toEqual([]);

    // Kill while the articles are written, and while the folders are swapped; alternate corpora.
    const moments: { name: string; when: (pid: number) => boolean }[] = [
      { name: 'first file written', when: (pid) => countFiles(toWorkFolders(out, pid).staging) >= 1 },
      { name: 'half written', when: (pid) => countFiles(toWorkFolders(out, pid).staging) >= articles / 2 },
      { name: 'swapping', when: (pid) => existsSync(toWorkFolders(out, pid).previous) },
    ];
    let current: 'a' | 'b' = 'b';
    const killedAt: string[] = [];
    for (const moment of moments) {
      const next: 'a' | 'b' = current === 'a' ? 'b' : 'a';
      const run = start(args(next === 'a' ? sourcesA : sourcesB));
      if (await waitUntil(() => moment.when(run.pid), run.done)) run.kill();
      if ((await run.done).signal === 'SIGKILL') killedAt.push(moment.name);
      // Whole previous or whole new; a kill between the two renames leaves only the previous
      // folder beside it, which the next run moves back.
      const parked = readdirSync(join(work, 'content')).find((name) => name.startsWith('articles.old-'));
      const state = existsSync(out) ? readTree(out) : readTree(join(work, 'content', parked ?? 'missing'));
      expect([trees[current], trees[next]]).toContainEqual(state);

      expect((await start(args(next === 'a' ? sourcesA : sourcesB)).done).code).toBe(0);
      expect(readTree(out)).toEqual(trees[next]);
      expect(leftovers()).toEqual([]);
      current = next;
    }
    // The writing phase lasts long enough to be caught.
    expect(killedAt).toContain('first file written');
  });
});
