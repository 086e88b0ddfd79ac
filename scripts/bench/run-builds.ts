/**
 * The timed builds of a benchmark run: Dossier's `npm run build` on a corpus, and the naive
 * baseline (`astro build`, then `pagefind --site`). Each runs as its own process tree.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanBuildVariable } from '../../src/node/incremental-build.ts';
import type { BuildFigures } from './bench-result.ts';
import { parseIngestLine, parsePagefindCliPages, parsePagefindLine } from './measure/parse-build-log.ts';
import { lifetimeOf, runTimed, type TimedRun } from './measure/run-timed.ts';

/** The folders of one Dossier build. */
export type BuildDirs = { sources: string; articles: string; dist: string; ingestCache: string };

const astroBin = 'node_modules/astro/bin/astro.mjs';
const pagefindBin = 'node_modules/pagefind/lib/runner/bin.cjs';

/**
 * Runs `scripts/build.ts` (what `npm run build` runs, without npm's own process) on `dirs`;
 * `clean` renders every page, as a first build does.
 * Ingest's analysis cache is the run's own folder, so the first build of a run is cold even when
 * an earlier run analysed the same corpus, and the rebuild after it is warm.
 * Throws with the build's log when it fails.
 */
export async function buildOurs(root: string, dirs: BuildDirs, options: { clean?: boolean } = {}): Promise<BuildFigures> {
  const args = ['scripts/build.ts', '--sources', dirs.sources, '--out', dirs.articles, '--dist', dirs.dist, '--cache-dir', dirs.ingestCache];
  // A clean build renders every page: it drops Astro's incremental cache first (see docs/performance.md).
  const env = options.clean === true ? { ...process.env, [cleanBuildVariable]: '1' } : process.env;
  const run = await runTimed(process.execPath, args, { cwd: root, env });
  failOnError(run, 'npm run build');
  // `npm run build` indexes after the astro process has exited, so its lifetime is the site build alone.
  const astroMs = lifetimeOf(run, 'astro.mjs');
  const index = parsePagefindLine(run.log);
  return {
    ...toFigures(run),
    ingestMs: parseIngestLine(run.log)?.ms ?? lifetimeOf(run, 'scripts/ingest.ts'),
    siteBuildMs: astroMs,
    indexMs: index?.ms ?? null,
    pages: index?.pages ?? null,
  };
}

/** Builds the naive project in `projectRoot`: `astro build`, then the Pagefind CLI on its dist. */
export async function buildNaive(root: string, projectRoot: string): Promise<BuildFigures> {
  const astro = await runTimed(process.execPath, [join(root, astroBin), 'build', '--root', projectRoot], { cwd: root });
  failOnError(astro, 'the naive astro build');
  const pagefind = await runTimed(process.execPath, [join(root, pagefindBin), '--site', join(projectRoot, 'dist')], { cwd: root });
  failOnError(pagefind, 'the naive pagefind run');
  const astroFigures = toFigures(astro);
  const pagefindFigures = toFigures(pagefind);
  return {
    exitCode: 0,
    wallMs: astro.wallMs + pagefind.wallMs,
    peakRssBytes: astroFigures.peakRssBytes === null ? null : Math.max(astroFigures.peakRssBytes, pagefindFigures.peakRssBytes ?? 0),
    peakTreeRssBytes: Math.max(astro.peakTreeRssBytes, pagefind.peakTreeRssBytes),
    ingestMs: null,
    siteBuildMs: astro.wallMs,
    indexMs: pagefind.wallMs,
    pages: parsePagefindCliPages(pagefind.log),
  };
}

/**
 * Astro keeps the content layer's data store (every article's data, by digest) and, with
 * incremental builds, the previous build's pages and their cache keys in `node_modules/.astro/`.
 * A full build is measured cold, so it starts without any of them.
 */
export async function clearAstroCaches(root: string): Promise<void> {
  const cacheDir = join(root, 'node_modules/.astro');
  await Promise.all(
    ['data-store.json', 'incremental-build.json', 'dist'].map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
  );
}

function toFigures(run: TimedRun): Pick<BuildFigures, 'exitCode' | 'wallMs' | 'peakRssBytes' | 'peakTreeRssBytes'> {
  return { exitCode: run.exitCode, wallMs: run.wallMs, peakRssBytes: run.time?.maxRssBytes ?? null, peakTreeRssBytes: run.peakTreeRssBytes };
}

// Exit 1 with a log means "some sources failed": the site is built, but the figures would be of
// a smaller corpus, so the benchmark stops either way.
function failOnError(run: TimedRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} exited with ${run.exitCode}; its output ends:\n${run.log.slice(-3000)}`);
}
