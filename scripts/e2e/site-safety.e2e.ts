/**
 * What `npm run build` guarantees for `--dist`, tried on real processes: a folder that is not a
 * site is refused and left as it was; a build killed with SIGKILL (the whole process group) while
 * it renders or indexes leaves the previous site whole; a second build is refused while one runs;
 * a folder beside the project whose name begins with the project's works.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/generate-corpus.ts';
import { readTree } from '../fixtures/tree.ts';
import { copyProject } from '../testing/throwaway-project.ts';

const root = join(import.meta.dirname, '../..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

type Finished = { code: number | null; signal: NodeJS.Signals | null; output: string };

/** `node scripts/build.ts` in its own process group, so a kill reaches Astro and ingest too. */
function startBuild(args: string[], cwd = root): { pid: number; output: () => string; killGroup: () => void; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd, env, detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Astro colours its log when CI is set ("├─\x1b[39m /404.html"): the output is read without colours.
  const plain = () => stripVTControlCharacters(output);
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output: plain() })));
  return { pid: child.pid!, output: plain, killGroup: () => process.kill(-child.pid!, 'SIGKILL'), done };
}

function build(args: string[], cwd = root): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

// Polls without blocking the event loop, so the child's output and exit are still seen.
async function waitUntil(condition: () => boolean, done: Promise<Finished>): Promise<boolean> {
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return condition();
}

describe('a --dist that is not a site', () => {
  test('content/, the project folder and a folder of other files are refused (exit 2) and left as they were', { timeout: 120_000 }, () => {
    const project = copyProject(join(mkdtempSync(join(tmpdir(), 'dossier-dist-guard-')), 'project'));
    const before = readTree(project);
    const foreign = join(project, 'my-site');
    mkdirSync(join(foreign, 'css'), { recursive: true });
    writeFileSync(join(foreign, 'index.html'), '<p>My own page</p>\n');
    writeFileSync(join(foreign, 'css/site.css'), 'p {}\n');
    const cases: [string, RegExp][] = [
      ['content', /--dist "content" holds the sources folder content\/sources, and the build replaces --dist as a whole; point --dist at a folder of its own/],
      ['.', /--dist "\." is the project folder or one above it/],
      [foreign, /holds files that are not a site Dossier built \(css, index\.html\)/],
    ];
    for (const [dist, message] of cases) {
      const result = build(['--dist', dist, '--quiet'], project);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toMatch(message);
    }
    expect(readTree(project, ['my-site'])).toEqual(before);
    expect(readTree(foreign)).toEqual({ 'css/site.css': expect.any(String), 'index.html': expect.any(String) });
  });

  test('a folder beside the project whose path begins with the project path is built into', { timeout: 120_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-dist-prefix-'));
    const project = copyProject(join(work, 'dossier'));
    const result = build(['--dist', join(work, 'dossier-site'), '--quiet'], project);
    expect(result.code, result.output).toBe(0);
    expect(readdirSync(join(work, 'dossier-site'))).toEqual(expect.arrayContaining(['index.html', 'search.js', 'pagefind']));
    expect(readdirSync(work).sort()).toEqual(['dossier', 'dossier-site']);
  });
});

describe('a killed or concurrent build', () => {
  test('killed while it renders and while it indexes, the previous site stays whole; the next build finishes the job', { timeout: 400_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-site-kill-'));
    await writeCorpus(join(work, 'a'), generateCorpus({ articles: 400, companies: 12, seed: 21 }));
    await writeCorpus(join(work, 'b'), generateCorpus({ articles: 400, companies: 12, seed: 22 }));
    const dist = join(work, 'dist');
    const args = (sources: string) => ['--sources', join(work, sources), '--out', join(work, 'articles'), '--dist', dist, '--quiet'];
    const first = build(args('a'));
    expect(first.code, first.output).toBe(0);
    const siteA = readTree(dist);
    expect(Object.keys(siteA)).toEqual(expect.arrayContaining(['index.html', 'search.js']));

    const moments: { name: string; reached: (output: string) => boolean }[] = [
      // Astro logs each page as it starts rendering it.
      { name: 'rendering', reached: (output) => (output.match(/├─ /g)?.length ?? 0) >= 100 },
      // Astro is done; the search index is being built.
      { name: 'indexing', reached: (output) => output.includes('[build] Complete!') },
    ];
    for (const moment of moments) {
      const run = startBuild(args('b'));
      expect(await waitUntil(() => moment.reached(run.output()), run.done), moment.name).toBe(true);
      run.killGroup();
      const killed = await run.done;
      expect(killed.signal, `${moment.name}: the build ended before the kill\n${killed.output.slice(-1500)}`).toBe('SIGKILL');
      expect(killed.output).not.toContain('Wrote the offline search');
      expect(readTree(dist), moment.name).toEqual(siteA);
    }

    // The next build takes over the dead build's locks, clears its folder and swaps in the new site.
    const next = build(args('b'));
    expect(next.code, next.output).toBe(0);
    expect(next.output).toMatch(/took over the lock .*dossier-build\.lock left by process \d+, which no longer runs/);
    expect(readTree(dist)).not.toEqual(siteA);
    // Nothing else beside the articles and the site but the report each build writes (articles.report.json).
    expect(readdirSync(work).sort()).toEqual(['a', 'articles', 'articles.report.json', 'b', 'dist']);
  });

  test('a second build while one renders is refused (exit 3), and the first one finishes', { timeout: 300_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-site-twice-'));
    await writeCorpus(join(work, 'sources'), generateCorpus({ articles: 200, companies: 8, seed: 23 }));
    const first = startBuild(['--sources', join(work, 'sources'), '--out', join(work, 'one/articles'), '--dist', join(work, 'one/dist'), '--no-cache', '--quiet']);
    expect(await waitUntil(() => /├─ /.test(first.output()), first.done)).toBe(true);
    // The first build is held still while the second starts: on a loaded machine it could
    // otherwise finish rendering before the second gets going, and the test would prove nothing.
    // (Its Astro child goes on; the first build holds the lock until it runs again.)
    process.kill(first.pid, 'SIGSTOP');
    let second: { code: number | null; output: string };
    try {
      second = build(['--sources', join(work, 'sources'), '--out', join(work, 'two/articles'), '--dist', join(work, 'two/dist'), '--quiet']);
    } finally {
      process.kill(first.pid, 'SIGCONT');
    }
    expect(second.code, second.output).toBe(3);
    expect(second.output).toContain(`Another build (process ${first.pid}) is running in this project`);
    const finished = await first.done;
    expect(finished.code, finished.output.slice(-2000)).toBe(0);
    expect(readdirSync(join(work, 'one/dist'))).toContain('index.html');
    expect(readdirSync(work).sort()).toEqual(['one', 'sources']);
  });
});
