import { Script } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { bundleSearchScript } from './search-script.ts';

describe('bundleSearchScript', () => {
  test('gives one small classic script: no import or export statements, same bytes every time', async () => {
    const first = new TextDecoder().decode(await bundleSearchScript());
    // A classic script parses as a script; a module's `import x from` or `export` would not.
    expect(() => new Script(first)).not.toThrow();
    expect(first).not.toMatch(/\bexport\s*[{*]|^import\s/m);
    // Pagefind is loaded at run time (its runtime, and the offline reader from disk), never bundled in.
    expect(first).toContain('dossier-search.js');
    expect(first).toContain('offline/pagefind-offline.js');
    expect(first).not.toContain('pagefind_version');
    // The two query stemmers are most of it.
    expect(first.length).toBeLessThan(16_000);
    expect(new TextDecoder().decode(await bundleSearchScript())).toBe(first);
  });

  test('does nothing on a page without the search form', async () => {
    const code = new TextDecoder().decode(await bundleSearchScript());
    const document = { currentScript: null, getElementById: () => null };
    expect(() => new Script(code).runInNewContext({ document })).not.toThrow();
  });
});
