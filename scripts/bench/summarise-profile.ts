/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) by where the time goes: self time per package
 * in node_modules, per project file, and for Node's own internals.
 *
 *   node --cpu-prof --cpu-prof-dir=prof node_modules/astro/bin/astro.mjs build
 *   node scripts/bench/summarise-profile.ts prof/*.cpuprofile
 */
import { readFile } from 'node:fs/promises';

/** The parts of a `.cpuprofile` file the summary reads. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
};

/**
 * Names the bucket a script URL's time goes to: `astro`, `@astrojs/mdx`, `scripts/lib/emit/to-mdx.ts`,
 * `(node internals)`, `(idle)`, `(gc)`, `(program)`.
 *
 * @example toBucket('file:///w/node_modules/@astrojs/mdx/dist/index.js', '') // '@astrojs/mdx'
 */
export function toBucket(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return '(node internals)';
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(src|scripts)\//, '$1/');
}

/** Milliseconds of self time per bucket, largest first, with the profile's total. */
export function summariseProfile(profile: CpuProfile): { totalMs: number; buckets: { bucket: string; ms: number }[] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, toBucket(node.callFrame.url, node.callFrame.functionName)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const bucket = byNode.get(id) ?? '(unknown)';
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const buckets = [...totals.entries()].map(([bucket, ms]) => ({ bucket, ms })).sort((a, b) => b.ms - a.ms);
  return { totalMs: buckets.reduce((sum, bucket) => sum + bucket.ms, 0), buckets };
}

if (import.meta.main) {
  for (const file of process.argv.slice(2)) {
    const { totalMs, buckets } = summariseProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile);
    console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled`);
    for (const { bucket, ms } of buckets.slice(0, 25)) console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${bucket}`);
  }
}
