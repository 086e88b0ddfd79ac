/**
 * Vitest global setup for the browser tests: builds the site when `dist/` has no home page yet.
 * A present `dist/` is trusted as is, so CI builds once and tests what it built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { siteDir } from './site-dir.ts';

/** Runs `npm run build` unless `dist/index.html` exists. */
export function setup(): void {
  if (existsSync(`${siteDir}/index.html`)) return;
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`Failed to build the site for the browser tests: \`npm run build\` exited with ${result.status ?? result.signal}.
Run \`npm run build\` to see the error, fix it, then run \`npm run test:e2e\` again.`);
  }
}
