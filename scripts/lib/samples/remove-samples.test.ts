import { cp, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseCompanyRegistry } from '../../../src/lib/companies.ts';
import { bundledSampleFiles, registryPath } from './bundled-samples.ts';
import { toFixtureCopy } from './fixtures/to-fixture-copy.ts';
import { removeSamples } from './remove-samples.ts';

// A project as a user has it after some work: the samples, one of them edited, and files of their own.
const own = {
  'content/sources/clippings/novo-2025-03-14.txt': 'Novo Nordisk shares rose 3% on Friday.\n',
  'content/overrides/clippings/novo-2025-03-14.txt.yaml': 'date: 2025-03-14\n',
  'content/companies/novo-nordisk.mdx': '---\ntitle: Desk notes\n---\nOur notes.\n',
  'content/site.yaml': 'name: Nordlicht Research\n',
  // Same name as a sample, in a folder of its own: another file.
  'content/sources/archive/000_bd7816fc1dee6379.txt': 'My own article that happens to share a name.\n',
};
const ownEntry = '# Ours\n- id: novo-nordisk\n  name: Novo Nordisk\n  isins: [DK0062498333]\n';
const editedSample = 'content/sources/004_3e336de85c41050a.txt';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-samples-'));
  for (const { path } of [...bundledSampleFiles, { path: registryPath }]) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await cp(toFixtureCopy(path), join(root, path));
  }
  for (const [path, text] of Object.entries(own)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await writeFile(join(root, editedSample), `${await readFile(join(root, editedSample), 'utf8')}My own remark.\n`);
  const registry = await readFile(join(root, registryPath), 'utf8');
  // The user gave Citigroup another alias: that entry is theirs now.
  await writeFile(join(root, registryPath), `${registry.replace('aliases: [Citigroup, Citi, Citigroup Inc.]', 'aliases: [Citigroup, Citi, Citigroup Inc., Citibank]')}${ownEntry}`);
});

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}

describe('removeSamples', () => {
  test('deletes the unchanged samples and keeps every file and entry of the user, byte for byte', async () => {
    const result = await removeSamples(root, { dryRun: false });
    expect(result.removed).toHaveLength(bundledSampleFiles.length - 1);
    expect(result.removed).not.toContain(editedSample);
    expect(result.kept.map(({ what }) => what)).toEqual([editedSample, `${registryPath}: entry citigroup`]);

    expect(await listFiles(root)).toEqual([editedSample, registryPath, ...Object.keys(own)].sort());
    for (const [path, text] of Object.entries(own)) expect(await readFile(join(root, path), 'utf8'), path).toBe(text);

    const registry = await readFile(join(root, registryPath), 'utf8');
    expect(parseCompanyRegistry(registry).map(({ id }) => id)).toEqual(['citigroup', 'novo-nordisk']);
    expect(registry).toContain('# Company registry');
    expect(registry).toContain('# Ours');
    expect(result.removedEntries).not.toContain('citigroup');
    expect(result.removedEntries).toContain('alibaba');
  });

  test('lists without deleting under dryRun, and has nothing left to do the second time', async () => {
    const before = await listFiles(root);
    const registry = await readFile(join(root, registryPath), 'utf8');
    const planned = await removeSamples(root, { dryRun: true });
    expect(await listFiles(root)).toEqual(before);
    expect(await readFile(join(root, registryPath), 'utf8')).toBe(registry);

    expect(await removeSamples(root, { dryRun: false })).toEqual(planned);
    const again = await removeSamples(root, { dryRun: false });
    expect(again.removed).toEqual([]);
    expect(again.removedEntries).toEqual([]);
  });

  test('knows a sample checked out with Windows line ends, and leaves an empty, valid registry', async () => {
    const sample = bundledSampleFiles[0]!.path;
    await writeFile(join(root, sample), (await readFile(join(root, sample), 'utf8')).replaceAll('\n', '\r\n'));
    await cp(toFixtureCopy(registryPath), join(root, registryPath));
    const result = await removeSamples(root, { dryRun: false });
    expect(result.removed).toContain(sample);
    const registry = await readFile(join(root, registryPath), 'utf8');
    expect(parseCompanyRegistry(registry)).toEqual([]);
    expect(registry).toMatch(/^# Company registry/);
    expect(parse(registry)).toBeNull();
  });
});
