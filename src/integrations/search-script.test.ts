import { Script } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { bundleSearchScript } from './search-script.ts';

describe('bundleSearchScript', () => {
  test('gives one small classic script: no import or export statements, same bytes every time', async () => {
    const first = new TextDecoder().decode(await bundleSearchScript());
    // A classic script parses as a script; a module's `import x from` or `export` would not.
    expect(() => new Script(first)).not.toThrow();
    expect(first).not.toMatch(/\bexport\s*[{*]|^import\s/m);
    // Pagefind is loaded at run time, never bundled in.
    expect(first).toContain('pagefind/pagefind.js');
    expect(first).toContain('pagefind/offline/pagefind-offline.js');
    expect(first.length).toBeLessThan(10_000);
    expect(new TextDecoder().decode(await bundleSearchScript())).toBe(first);
  });

  test('does nothing on a page without the search form', async () => {
    const code = new TextDecoder().decode(await bundleSearchScript());
    const document = { currentScript: null, getElementById: () => null };
    expect(() => new Script(code).runInNewContext({ document })).not.toThrow();
  });
});
