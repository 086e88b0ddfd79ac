import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { bundledRegistryEntries, bundledSampleFiles, registryPath } from './bundled-samples.ts';
import { hashRegistryEntry } from './hash-registry-entry.ts';
import { toFixtureCopy } from './fixtures/to-fixture-copy.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('bundled samples', () => {
  test('name the bytes of each sample file', () => {
    expect(bundledSampleFiles.filter((file) => file.path.startsWith('content/sources/'))).toHaveLength(5);
    for (const { path, sha256: expected } of bundledSampleFiles) expect(sha256(readFileSync(toFixtureCopy(path))), path).toBe(expected);
  });

  test('name every entry of the sample registry, by its content', () => {
    const entries = parse(readFileSync(toFixtureCopy(registryPath), 'utf8')) as { id: string }[];
    expect(bundledRegistryEntries.map(({ id }) => id)).toEqual(entries.map(({ id }) => id));
    for (const entry of entries) expect(hashRegistryEntry(entry), entry.id).toBe(bundledRegistryEntries.find(({ id }) => id === entry.id)!.sha256);
  });

  // If a bundled sample in content/ is edited, the manifest and the fixture copies must follow,
  // or `npm run remove-samples` would take the new version for the user's own and keep it.
  test("are the project's own samples, where it still has them", () => {
    for (const { path } of [...bundledSampleFiles, { path: registryPath }]) {
      const file = join(projectRoot, path);
      if (existsSync(file)) expect(readFileSync(file).equals(readFileSync(toFixtureCopy(path))), `${path} differs from its copy in scripts/fixtures/samples; update the copy in scripts/fixtures/samples and bundled-samples.ts`).toBe(true);
    }
  });
});
