/**
 * A full disk in the middle of `npm run build`: the builds run on a 20 MB tmpfs, mounted in a
 * private mount namespace (`unshare --user --map-root-user --mount`, which needs no root and
 * vanishes with the process), filled until the next build cannot write. The site build then fails
 * with the previous site whole, and ingest stops with exit 4 and the previous articles whole,
 * instead of a build from stale articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/generate-corpus.ts';
import { readTree } from '../fixtures/tree.ts';

const root = join(import.meta.dirname, '../..');

// Runs inside the namespace: each build's exit code and output, and copies of what the disk held.
const script = String.raw`
set -u
mount -t tmpfs -o size=20m dossier-disk "$DISK" || exit 90
build() { "$NODE" scripts/build.ts --sources "$1" --out "$2" --dist "$DISK/dist" > "$WORK/log-$3" 2>&1; echo $? > "$WORK/code-$3"; }
# Leaves $2 kB free on the disk.
fill() { avail=$(df --output=avail -k "$DISK" | tail -1); [ "$avail" -gt "$2" ] && dd if=/dev/zero of="$DISK/filler-$1" bs=1024 count=$((avail - $2)) status=none; true; }
snapshot() { cp -a "$DISK/dist" "$WORK/dist-$1"; [ -d "$DISK/articles" ] && cp -a "$DISK/articles" "$WORK/articles-$1"; ls -A "$DISK" > "$WORK/listing-$1"; }

# The site on the small disk, the articles elsewhere: the next site does not fit.
build "$A" "$WORK/articles" 1 && snapshot 1
fill a 150
build "$B" "$WORK/articles" 2 && snapshot 2
rm -f "$DISK"/filler-*

# The articles on the small disk too: the next articles do not fit.
build "$A" "$DISK/articles" 3 && snapshot 3
fill b 20
build "$B" "$DISK/articles" 4 && snapshot 4
`;

test('a full disk while the site or the articles are written leaves the previous ones whole', { timeout: 600_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-full-disk-'));
  mkdirSync(join(work, 'disk'));
  await writeCorpus(join(work, 'b'), generateCorpus({ articles: 40, companies: 6, seed: 31 }));
  const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE: process.execPath, DISK: join(work, 'disk'), WORK: work, A: join(root, 'content/sources'), B: join(work, 'b') },
  });
  expect(run.status, `unshare or mount failed (a kernel without user namespaces?): ${run.stderr}`).toBe(0);
  const read = (name: string) => readFileSync(join(work, name), 'utf8');
  const log = (step: number) => `build ${step} exited ${read(`code-${step}`)}${read(`log-${step}`).slice(-2500)}`;
  expect(read('code-1'), log(1)).toBe('0\n');
  expect(read('code-3'), log(3)).toBe('0\n');

  // The site does not fit: the build fails, the previous site stays, its folder is gone.
  expect(['4\n', '5\n'], log(2)).toContain(read('code-2'));
  expect(read('log-2')).toMatch(/ENOSPC|no space left on device/i);
  expect(read('log-2')).toMatch(/was left as it was|the previous site was kept/);
  expect(readTree(join(work, 'dist-2'))).toEqual(readTree(join(work, 'dist-1')));
  expect(read('listing-2').split('\n').filter((name) => name.startsWith('dist.'))).toEqual([]);

  // The articles do not fit: ingest stops with exit 4, nothing is built from the old articles.
  expect(read('code-4'), log(4)).toBe('4\n');
  expect(read('log-4')).toMatch(/Ingest stopped: Failed to write .*\/disk\/articles; the previous articles were kept.* \(ENOSPC: no space left on device/);
  expect(read('log-4')).toContain('Nothing was written');
  expect(read('log-4')).not.toContain('The site was built');
  expect(readTree(join(work, 'articles-4'))).toEqual(readTree(join(work, 'articles-3')));
  expect(readTree(join(work, 'dist-4'))).toEqual(readTree(join(work, 'dist-3')));
  expect(read('listing-4').split('\n').filter((name) => /^(articles|dist)\.(?!report\.json$)/.test(name))).toEqual([]);
  expect(readdirSync(work)).toContain('articles-4');
});
