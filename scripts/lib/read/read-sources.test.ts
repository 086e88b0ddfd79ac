import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSources } from './read-sources.ts';

describe('readSources', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-read-'));
    await mkdir(join(dir, 'a/b'), { recursive: true });
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'a/b/page.HTML'), '<article><h1>Title</h1><p>Body text of the page.</p></article>');
    await writeFile(join(dir, 'note.md'), '---\ntitle: Hinted\n---\nBody.');
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2000));
    await writeFile(join(dir, 'small.txt'), 'Small article text.');
    await writeFile(join(dir, '.git/config'), 'x');
    await writeFile(join(dir, 'image.png'), 'x');
    await symlink(join(dir, 'small.txt'), join(dir, 'link.txt'));
  });

  test('every file is a source or skipped with a reason, in one sorted order', async () => {
    const { sources, skipped } = await readSources(dir, { maxBytes: 1000 });
    expect(sources.map((source) => [source.file, source.ok])).toEqual([
      ['a/b/page.HTML', true],
      ['big.txt', false],
      ['note.md', true],
      ['small.txt', true],
    ]);
    expect(skipped.map((file) => file.file)).toEqual(['.git/config', 'image.png', 'link.txt']);
    expect(skipped.map((file) => file.reason)).toEqual([
      expect.stringMatching(/^hidden file/),
      expect.stringMatching(/^unsupported file type; Dossier reads \.txt, \.md, \.html, \.htm files$/),
      expect.stringMatching(/^not a regular file .*; copy the article file itself/),
    ]);
  });

  test('a file over --max-bytes is failed unread, with the sizes and what to do', async () => {
    const big = (await readSources(dir, { maxBytes: 1000 })).sources.find((source) => source.file === 'big.txt');
    expect(big).toEqual({ file: 'big.txt', sha256: '', ok: false, reason: 'the file is 2 kB (2000 bytes), over the 1 kB limit (1000 bytes); split it into one file per article, or raise the limit with --max-bytes' });
  });

  test('formats are read by their ending: HTML as page text, Markdown without its front-matter', async () => {
    const { sources } = await readSources(dir);
    expect(sources.find((source) => source.file === 'a/b/page.HTML')).toMatchObject({ ok: true, text: 'Body text of the page.', hints: { title: 'Title' } });
    expect(sources.find((source) => source.file === 'note.md')).toMatchObject({ ok: true, text: 'Body.', hints: { title: 'Hinted' } });
  });
});
