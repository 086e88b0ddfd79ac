import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { naiveArticlesFolder, naiveProjectFiles, writeNaiveProject } from './naive-project.ts';

let scratch = '';
afterEach(() => rm(scratch, { recursive: true, force: true }));

test('writes a plain glob + MDX project with a page per article and a copy of the articles', async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-naive-'));
  await mkdir(join(scratch, 'articles'));
  await writeFile(join(scratch, 'articles/a.mdx'), '---\ntitle: A\n---\n\nText.\n');
  await writeNaiveProject(join(scratch, 'project'), join(scratch, 'articles'));

  expect(await readFile(join(scratch, 'project', naiveArticlesFolder, 'a.mdx'), 'utf8')).toContain('title: A');
  expect((await readdir(join(scratch, 'project/src/pages'))).sort()).toEqual(['[slug].astro', 'index.astro']);
  // The baseline stays naive: the stock MDX integration, a glob loader over the copied folder, render() per page.
  expect(naiveProjectFiles['astro.config.mjs']).toContain('integrations: [mdx()]');
  expect(naiveProjectFiles['src/content.config.ts']).toContain(`glob({ base: './${naiveArticlesFolder}', pattern: '**/*.mdx' })`);
  expect(naiveProjectFiles['src/pages/[slug].astro']).toContain('await render(article)');
});
