import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readBundle } from './read-bundle.ts';

let bundle: string;

beforeEach(async () => {
  bundle = await mkdtemp(join(tmpdir(), 'dossier-bundle-'));
});

afterEach(async () => {
  await rm(bundle, { recursive: true, force: true });
});

describe('readBundle', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./read-bundle.ts'))).toEqual(['readBundle']);
  });

  test('gives every file with its exact bytes, paths relative to the bundle and sorted', async () => {
    await mkdir(join(bundle, 'fragment'));
    await writeFile(join(bundle, 'pagefind.js'), 'js');
    await writeFile(join(bundle, 'fragment/en_b.pf_fragment'), new Uint8Array([0x1f, 0x8b, 0, 255]));
    await writeFile(join(bundle, 'fragment/en_a.pf_fragment'), new Uint8Array([1]));

    const files = await readBundle(bundle);

    expect(files.map((file) => file.path)).toEqual(['fragment/en_a.pf_fragment', 'fragment/en_b.pf_fragment', 'pagefind.js']);
    expect(files[1]?.content).toEqual(new Uint8Array([0x1f, 0x8b, 0, 255]));
    expect(new TextDecoder().decode(files[2]?.content)).toBe('js');
    expect(files.every((file) => file.content instanceof Uint8Array)).toBe(true);
  });
});
