/**
 * Builds a site from a folder of sources into a work folder with `npm run build` (Node only).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { toReportFile } from '../run/read-report.ts';

/**
 * Runs `npm run build` on `sources` into `<work>/articles` and `<work>/dist`; returns the dist
 * folder and the ingest report the build wrote beside the articles.
 */
export async function buildFixtureSite(sources: string, work: string): Promise<{ dist: string; reportFile: string }> {
  const dist = join(work, 'dist');
  const args = ['run', 'build', '--', '--sources', sources, '--out', join(work, 'articles'), '--dist', dist, '--no-cache', '--quiet'];
  const result = spawnSync('npm', args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    throw new Error(`Failed to build the relevance suite's site from ${sources}: \`npm ${args.join(' ')}\` exited with ${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`);
  }
  return { dist, reportFile: toReportFile(join(work, 'articles')) };
}
