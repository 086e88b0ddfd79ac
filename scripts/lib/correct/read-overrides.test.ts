import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { correctArticles } from './correct-articles.ts';
import { readOverrides } from './read-overrides.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-overrides-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('readOverrides', () => {
  test('reads <source path>.yaml files, nested too; other files are warnings, hidden ones are skipped', async () => {
    const dir = folder({ 'a.txt.yaml': 'title: A\n', 'nested/b.txt.yml': 'title: B\n', 'notes.md': 'x', '.hidden.yaml': 'x' });
    const { overrides, warnings } = await readOverrides(dir);
    expect([...overrides.keys()]).toEqual(['a.txt', 'nested/b.txt']);
    expect(overrides.get('nested/b.txt')).toEqual({ source: 'nested/b.txt', file: `${dir}/nested/b.txt.yml`, text: 'title: B\n' });
    expect(warnings).toEqual([`${dir}/notes.md is not an override (overrides are named <source path>.yaml), so it was ignored`]);
  });

  test('a .yaml and a .YML override for one source fail that article, naming both, instead of one winning silently', async () => {
    const dir = folder({ 'a.txt.yaml': 'title: From the yaml\n', 'a.txt.YML': 'title: From the YML\n' });
    const { overrides } = await readOverrides(dir);
    const analysed = [{ file: 'a.txt', result: {} as never }];
    expect(correctArticles(analysed, overrides, new Set(['a.txt'])).failed).toEqual([
      { source: 'a.txt', reason: `${dir}/a.txt.YML and ${dir}/a.txt.yaml both correct a.txt; keep one of them (merge their fields) and delete the others` },
    ]);
  });

  test('a FIFO or a link in the folder is a warning and is never waited on', async () => {
    const dir = folder({});
    expect(spawnSync('mkfifo', [join(dir, 'a.txt.yaml')]).status).toBe(0);
    symlinkSync('/etc/hostname', join(dir, 'b.txt.yaml'));
    const { overrides, warnings } = await readOverrides(dir);
    expect(overrides.size).toBe(0);
    expect(warnings).toEqual([
      `${dir}/a.txt.yaml is not a regular file (a link, a FIFO or a device), so it was ignored; copy the override itself there`,
      `${dir}/b.txt.yaml is not a regular file (a link, a FIFO or a device), so it was ignored; copy the override itself there`,
    ]);
  });
});
