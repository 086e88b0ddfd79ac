import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { finishBuild, incrementalCacheFiles, isIncremental, pendingMark, startBuild } from './incremental-build.ts';

// A cache folder as Astro leaves it after an incremental build, with its content store beside.
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-guard-'));
  writeFileSync(join(dir, 'incremental-build.json'), '{}');
  mkdirSync(join(dir, 'dist/articles'), { recursive: true });
  writeFileSync(join(dir, 'dist/articles/a.html'), '<p>a</p>');
  writeFileSync(join(dir, 'data-store.json'), '[]');
  return dir;
}

describe('incremental build guard', () => {
  test('names the files Astro keeps its incremental cache in', () => {
    expect(incrementalCacheFiles).toEqual(['incremental-build.json', 'dist']);
  });

  test('a build that finishes keeps the cache for the next one', () => {
    const dir = cacheDir();
    expect(startBuild(dir)).toBe(false);
    expect(existsSync(join(dir, pendingMark))).toBe(true);
    finishBuild(dir);
    expect(existsSync(join(dir, pendingMark))).toBe(false);
    expect(startBuild(dir)).toBe(false);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(true);
    expect(existsSync(join(dir, 'dist/articles/a.html'))).toBe(true);
  });

  test('a build after one that stopped early drops the incremental cache, not the content store', () => {
    const dir = cacheDir();
    startBuild(dir);
    expect(startBuild(dir)).toBe(true);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
    expect(existsSync(join(dir, pendingMark))).toBe(true);
  });

  test('a clean build drops the cache; a missing cache folder is made', () => {
    const dir = cacheDir();
    expect(startBuild(dir, { clean: true })).toBe(true);
    expect(existsSync(join(dir, 'incremental-build.json'))).toBe(false);
    const fresh = join(mkdtempSync(join(tmpdir(), 'dossier-guard-')), 'not/yet');
    expect(startBuild(fresh)).toBe(false);
    expect(existsSync(join(fresh, pendingMark))).toBe(true);
  });

  test('incremental builds are on unless DOSSIER_INCREMENTAL is 0', () => {
    expect(isIncremental({})).toBe(true);
    expect(isIncremental({ DOSSIER_INCREMENTAL: '1' })).toBe(true);
    expect(isIncremental({ DOSSIER_INCREMENTAL: '0' })).toBe(false);
  });
});
