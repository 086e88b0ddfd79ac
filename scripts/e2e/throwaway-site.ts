/**
 * One browser test file's own site: built by `npm run build` from a corpus of the test's choosing
 * into a temporary folder, served under `mount`, with one Chromium for the file; all of it is
 * removed after the file's tests (Node only).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/browser.ts';
import { startStaticServer, type StaticServer } from '../browser/serve.ts';

/** What the tests see once `beforeAll` has run: read it inside tests only. */
export interface ThrowawaySite {
  /** The temporary folder: `articles/` and `dist/` are in it. */
  work: string;
  server: StaticServer;
  browser: Browser;
  /** The build's exit code, its output (stdout, then stderr) and its stdout alone. */
  build: { status: number | null; output: string; stdout: string };
}

/**
 * Registers the hooks that build and serve the site. `prepare` may write sources into the work
 * folder first; `buildFlags` are `npm run build` flags besides `--out` and `--dist`; `env` adds
 * environment variables (a site configuration, say); `quiet: false` keeps ingest's lines in the output.
 */
export function useThrowawaySite(options: {
  name: string;
  mount: string;
  buildFlags: (work: string) => string[];
  prepare?: (work: string) => Promise<void>;
  env?: (work: string) => Record<string, string>;
  quiet?: boolean;
}): ThrowawaySite {
  const site = {} as ThrowawaySite;
  beforeAll(async () => {
    site.work = await mkdtemp(join(tmpdir(), `dossier-${options.name}-`));
    await options.prepare?.(site.work);
    const quiet = options.quiet === false ? [] : ['--quiet'];
    const args = ['run', 'build', '--', ...options.buildFlags(site.work), '--out', join(site.work, 'articles'), '--dist', join(site.work, 'dist'), ...quiet];
    const result = spawnSync('npm', args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env?.(site.work) } });
    site.build = { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
    site.server = await startStaticServer(join(site.work, 'dist'), { mount: options.mount });
    site.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.work) await rm(site.work, { recursive: true, force: true });
  });
  return site;
}
