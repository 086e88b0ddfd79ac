import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// src/lib/ is shared by the build scripts, Astro's pages and the browser's search code: it holds
// no Node-only code (that lives in src/node/) and never reaches into scripts/. Tests and their
// fixtures may use Node; test tools live in src/testing/.
const root = new URL('.', import.meta.url).pathname;

function sourcesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesOf(path);
    return /\.(ts|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('src/lib', () => {
  test('imports nothing from node:* or scripts/ outside tests', () => {
    const offenders = sourcesOf(root).flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
      return imports.filter((target) => target.startsWith('node:') || /(^|\/)scripts\//.test(target)).map((target) => `${relative(root, file)} imports ${target}`);
    });
    expect(offenders).toEqual([]);
  });
});
