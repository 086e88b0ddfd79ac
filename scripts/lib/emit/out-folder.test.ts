import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { checkOutFolder, generatedMarker, recoverOutFolder, toWorkFolders } from './out-folder.ts';
import { writeContent } from './write-content.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-out-'));
});

function put(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('checkOutFolder', () => {
  test('a missing, empty or marked folder may be replaced', async () => {
    expect(checkOutFolder(join(work, 'new'), join(work, 'sources'))).toBeNull();
    mkdirSync(join(work, 'empty'));
    expect(checkOutFolder(join(work, 'empty'), join(work, 'sources'))).toBeNull();
    await writeContent(join(work, 'ours'), [{ name: 'a.mdx', content: '---\nschemaVersion: 1\ntitle: A\n---\n' }]);
    expect(readdirSync(join(work, 'ours')).sort()).toEqual([generatedMarker, 'a.mdx']);
    expect(checkOutFolder(join(work, 'ours'), join(work, 'sources'))).toBeNull();
  });

  test('a file put into a marked folder is refused, not deleted with the next run', async () => {
    await writeContent(join(work, 'ours'), [{ name: 'a.mdx', content: '---\nschemaVersion: 1\ntitle: A\n---\n' }]);
    put(join(work, 'ours/my-notes.md'), 'mine');
    put(join(work, 'ours/drafts/b.mdx'), '# A draft\n');
    expect(checkOutFolder(join(work, 'ours'), join(work, 'sources'))).toBe(
      `--out "${join(work, 'ours')}" holds files ingest did not generate (drafts/b.mdx, my-notes.md), and ingest replaces --out as a whole; point --out at a folder of its own, such as content/articles.`,
    );
  });

  test('articles written before the marker existed are recognised by their front-matter', () => {
    put(join(work, 'old/a.mdx'), '---\nschemaVersion: 1\ntitle: A\n---\n');
    expect(checkOutFolder(join(work, 'old'), join(work, 'sources'))).toBeNull();
    put(join(work, 'old/notes.mdx'), '# My notes\n');
    expect(checkOutFolder(join(work, 'old'), join(work, 'sources'))).toMatch(/holds files ingest did not generate \(notes\.mdx\)/);
  });

  test('refuses content/ itself, naming what it would destroy and what to do', () => {
    const content = join(work, 'content');
    put(join(content, 'companies.yaml'), 'companies: []\n');
    put(join(content, 'companies/alibaba.mdx'), 'Notes\n');
    expect(checkOutFolder(content, join(work, 'elsewhere'))).toBe(
      `--out "${content}" holds files ingest did not generate (companies.yaml, companies/alibaba.mdx), and ingest replaces --out as a whole; point --out at a folder of its own, such as content/articles.`,
    );
  });

  test('refuses a folder around or inside the sources, the project folder and a file', () => {
    expect(checkOutFolder(work, join(work, 'sources'))).toMatch(/overlaps the sources folder/);
    expect(checkOutFolder(join(work, 'sources/out'), join(work, 'sources'))).toMatch(/overlaps the sources folder/);
    expect(checkOutFolder('.', join(work, 'sources'))).toMatch(/is the project folder or one above it/);
    put(join(work, 'file'), 'x');
    expect(checkOutFolder(join(work, 'file'), join(work, 'sources'))).toMatch(/is a file, not a folder/);
  });
});

describe('recoverOutFolder', () => {
  test('a run killed between the two renames: the previous articles are moved back, the staging folder goes', () => {
    const out = join(work, 'articles');
    const { staging, previous } = toWorkFolders(out, 4242);
    put(join(previous, 'old.mdx'), 'previous');
    put(join(staging, 'new.mdx'), 'new');
    const messages = recoverOutFolder(out);
    expect(readdirSync(out)).toEqual(['old.mdx']);
    expect(readdirSync(work)).toEqual(['articles']);
    expect(messages).toEqual([
      `restored the previous articles of a run that was interrupted while swapping ${out} in`,
      `removed ${staging}, left by an interrupted run`,
    ]);
  });

  test('with the output in place, leftovers are deleted and the output is kept', () => {
    const out = join(work, 'articles');
    put(join(out, 'a.mdx'), 'current');
    put(join(toWorkFolders(out, 1).staging, 'half.mdx'), 'half');
    put(join(toWorkFolders(out, 2).previous, 'old.mdx'), 'old');
    put(join(work, 'articles-notes/keep.md'), 'not ours');
    expect(recoverOutFolder(out)).toHaveLength(2);
    expect(readdirSync(work).sort()).toEqual(['articles', 'articles-notes']);
    expect(readFileSync(join(out, 'a.mdx'), 'utf8')).toBe('current');
    expect(recoverOutFolder(out)).toEqual([]);
  });
});

describe('writeContent', () => {
  test('replaces the folder: files of the previous run whose source is gone disappear', async () => {
    const out = join(work, 'articles');
    await writeContent(out, [{ name: 'a.mdx', content: 'A' }, { name: 'b.mdx', content: 'B' }]);
    await writeContent(out, [{ name: 'b.mdx', content: 'B2' }]);
    expect(readdirSync(out).sort()).toEqual([generatedMarker, 'b.mdx']);
    expect(readFileSync(join(out, 'b.mdx'), 'utf8')).toBe('B2');
    expect(existsSync(toWorkFolders(out, process.pid).staging)).toBe(false);
    expect(existsSync(toWorkFolders(out, process.pid).previous)).toBe(false);
  });

  test('keeps a file whose bytes are unchanged (a hard link to the previous one) and writes the rest', async () => {
    const out = join(work, 'articles');
    await writeContent(out, [{ name: 'same.mdx', content: 'Ä same' }, { name: 'changed.mdx', content: 'old' }, { name: 'gone.mdx', content: 'x' }]);
    const before = statSync(join(out, 'same.mdx')).ino;
    const changedBefore = statSync(join(out, 'changed.mdx')).ino;
    expect(await writeContent(out, [{ name: 'same.mdx', content: 'Ä same' }, { name: 'changed.mdx', content: 'new' }, { name: 'new.mdx', content: 'n' }])).toEqual({ linked: 1 });
    expect(statSync(join(out, 'same.mdx')).ino).toBe(before);
    expect(statSync(join(out, 'same.mdx')).nlink).toBe(1); // the previous folder is gone
    expect(statSync(join(out, 'changed.mdx')).ino).not.toBe(changedBefore);
    expect(readdirSync(out).sort()).toEqual([generatedMarker, 'changed.mdx', 'new.mdx', 'same.mdx']);
    expect(['changed.mdx', 'new.mdx', 'same.mdx'].map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(['new', 'n', 'Ä same']);
  });

  test('never links a symbolic link the previous folder holds: the new file is written', async () => {
    const out = join(work, 'articles');
    await writeContent(out, [{ name: 'a.mdx', content: 'A' }]);
    put(join(work, 'elsewhere.mdx'), 'B');
    symlinkSync(join(work, 'elsewhere.mdx'), join(out, 'b.mdx'));
    expect(await writeContent(out, [{ name: 'a.mdx', content: 'A' }, { name: 'b.mdx', content: 'B' }])).toEqual({ linked: 1 });
    expect(lstatSync(join(out, 'b.mdx')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'b.mdx'), 'utf8')).toBe('B');
  });
});
