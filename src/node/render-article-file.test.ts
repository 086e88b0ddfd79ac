import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { renderArticleFile, splitFrontMatter } from './render-article-file.ts';

describe('splitFrontMatter', () => {
  test.each<[string, string, number]>([
    ['---\ntitle: x\n---\nText\n', 'Text\n', 3],
    ['---\r\ntitle: x\r\n---\r\nText', 'Text', 3],
    ['---\nquote: "a --- b"\nnote: |\n  ---x\n---\n\n## H\n', '\n## H\n', 5],
    ['---\n---\nText', 'Text', 2],
    ['No front-matter\n---\n', 'No front-matter\n---\n', 0],
  ])('%j', (contents, body, lineOffset) => {
    expect(splitFrontMatter(contents)).toEqual({ body, lineOffset });
  });

  test('gives the body gray-matter gives, as the loader reads the front-matter with it', () => {
    const file = matter.stringify('Shares rose.\n\n## Outlook\n', { title: '--- a ---', quote: 'x\n---\ny' });
    expect(splitFrontMatter(file).body).toBe(matter(file, {}).content);
  });
});

describe('renderArticleFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-render-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('renders the body of the file', async () => {
    await writeFile(join(dir, 'a.mdx'), '---\nslug: a\n---\nUp <Fig id="m1" kind="share_price_change">5%</Fig>.\n');
    expect((await renderArticleFile(join(dir, 'a.mdx'))).html).toBe('<p>Up <mark class="figure" data-kind="share_price_change"><span class="figure-anchor" id="m1" data-pagefind-ignore></span>5%</mark>.</p>');
  });

  test('names the file and its line when the body holds markup the writer never writes', async () => {
    await writeFile(join(dir, 'a.mdx'), '---\nslug: a\ntitle: A\n---\nText\n\n<Chart />\n');
    await expect(renderArticleFile(join(dir, 'a.mdx'))).rejects.toThrow(`${relative(process.cwd(), join(dir, 'a.mdx'))}:7: unexpected JSX element <Chart> in the body`);
  });

  test('says what to do when the file is gone', async () => {
    await expect(renderArticleFile(join(dir, 'gone.mdx'))).rejects.toThrow(/gone\.mdx: could not read the article \(ENOENT.*\)\. Build again/);
  });
});
