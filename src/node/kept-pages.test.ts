import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTree } from '../../scripts/fixtures/tree.ts';
import { emptyOutDirExcept, fingerprintFiles, listKeptPages, type IncrementalManifest } from './kept-pages.ts';

// A manifest with two article pages and a list page, as Astro writes it.
function manifest(): IncrementalManifest {
  return {
    configHash: 'c',
    lockfileHash: 'l',
    routes: {
      'src/pages/articles/[slug].astro': {
        dependencyHash: 'dep-article',
        paths: { '/articles/a': { cacheKey: 'ka', outputFile: 'articles/a.html' }, '/articles/b': { cacheKey: 'kb', outputFile: 'articles/b.html' } },
      },
      'src/pages/articles/page/[n].astro': { dependencyHash: 'dep-list', paths: { '/articles/page/1': { cacheKey: 'k1', outputFile: 'articles/page/1.html' } } },
    },
  };
}
const code = 'post-build-code';
const record = () => ({ ...manifest(), postBuildCode: code });

describe('listKeptPages', () => {
  test('keeps the pages the folder record and the manifest agree on', () => {
    expect([...listKeptPages(manifest(), record(), code)].sort()).toEqual(['articles/a.html', 'articles/b.html', 'articles/page/1.html']);
  });

  test('drops a page whose key differs, and every page of a route whose code differs', () => {
    const changed = manifest();
    changed.routes['src/pages/articles/[slug].astro']!.paths['/articles/a']!.cacheKey = 'ka2';
    expect([...listKeptPages(changed, record(), code)].sort()).toEqual(['articles/b.html', 'articles/page/1.html']);
    changed.routes['src/pages/articles/page/[n].astro']!.dependencyHash = 'dep-list-2';
    expect([...listKeptPages(changed, record(), code)]).toEqual(['articles/b.html']);
  });

  test('keeps nothing when the config, lockfile or post-build code changed, or a side is missing', () => {
    expect(listKeptPages({ ...manifest(), configHash: 'c2' }, record(), code).size).toBe(0);
    expect(listKeptPages({ ...manifest(), lockfileHash: 'l2' }, record(), code).size).toBe(0);
    expect(listKeptPages(manifest(), record(), 'other code').size).toBe(0);
    expect(listKeptPages(null, record(), code).size).toBe(0);
    expect(listKeptPages(manifest(), null, code).size).toBe(0);
  });
});

describe('emptying the output of a plain astro build', () => {
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-kept-'));
    for (const path of ['index.html', 'articles/a.html', 'articles/b.html', 'articles/page/1.html', 'pagefind/fragment/x.pf_fragment', 'data/companies/x.csv']) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    return dir;
  }

  test('deletes everything else, and folders left empty', () => {
    const dir = site();
    expect(emptyOutDirExcept(dir, new Set(['articles/a.html', 'articles/page/1.html']))).toBe(2);
    expect(Object.keys(readTree(dir))).toEqual(['articles/a.html', 'articles/page/1.html']);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
    expect(emptyOutDirExcept(join(dir, 'missing'), new Set())).toBe(0);
  });
});

describe('fingerprintFiles', () => {
  test('the fingerprint follows every byte and name of the code files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-kept-'));
    const a = join(dir, 'a.ts');
    writeFileSync(a, 'one');
    const before = fingerprintFiles([a, join(dir, 'missing.ts')]);
    writeFileSync(a, 'two');
    expect(fingerprintFiles([a, join(dir, 'missing.ts')])).not.toBe(before);
    expect(fingerprintFiles([a])).not.toBe(fingerprintFiles([a, join(dir, 'missing.ts')]));
  });
});
