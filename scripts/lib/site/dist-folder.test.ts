import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDistFolder, siteMarker, type SiteInputs } from './dist-folder.ts';

function project(): { root: string; inputs: SiteInputs } {
  const root = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
  const inputs = { root, sources: join(root, 'content/sources'), out: join(root, 'content/articles'), overrides: join(root, 'content/overrides'), notes: join(root, 'content/companies'), registry: join(root, 'content/companies.yaml') };
  return { root, inputs };
}

describe('checkDistFolder', () => {
  test('a missing or empty folder, a marked one and a site from before the marker may be replaced', () => {
    const { root, inputs } = project();
    expect(checkDistFolder(join(root, 'dist'), inputs)).toBeNull();
    mkdirSync(join(root, 'empty'));
    expect(checkDistFolder(join(root, 'empty'), inputs)).toBeNull();
    mkdirSync(join(root, 'marked'));
    writeFileSync(join(root, 'marked', siteMarker), '');
    writeFileSync(join(root, 'marked/index.html'), '');
    expect(checkDistFolder(join(root, 'marked'), inputs)).toBeNull();
    const legacy = join(root, 'legacy');
    mkdirSync(join(legacy, 'data'), { recursive: true });
    mkdirSync(join(legacy, 'pagefind'));
    for (const file of ['index.html', 'search.js', 'data/articles.json']) writeFileSync(join(legacy, file), '');
    expect(checkDistFolder(legacy, inputs)).toBeNull();
  });

  test('refuses the project, what the build reads and folders around it, a file, a link and foreign files', () => {
    const { root, inputs } = project();
    expect(checkDistFolder(root, inputs)).toMatch(/is the project folder or one above it/);
    expect(checkDistFolder(join(root, '..'), inputs)).toMatch(/is the project folder or one above it/);
    expect(checkDistFolder(join(root, 'content'), inputs)).toBe(
      `--dist "${join(root, 'content')}" holds the sources folder ${inputs.sources}, and the build replaces --dist as a whole; point --dist at a folder of its own, such as dist.`,
    );
    expect(checkDistFolder(join(root, 'content/articles'), inputs)).toMatch(/holds the articles folder/);
    expect(checkDistFolder(join(root, 'content/sources/site'), inputs)).toMatch(/is inside the sources folder .*, which the build reads/);
    expect(checkDistFolder(join(root, 'content/companies'), inputs)).toMatch(/holds the company notes/);
    writeFileSync(join(root, 'file'), 'x');
    expect(checkDistFolder(join(root, 'file'), inputs)).toMatch(/is a file, not a folder/);
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'link'));
    expect(checkDistFolder(join(root, 'link'), inputs)).toMatch(/is a symbolic link; the build would replace the link/);
    mkdirSync(join(root, 'mine'));
    for (const file of ['a.html', 'b.css', 'c.js', 'd.txt']) writeFileSync(join(root, 'mine', file), '');
    expect(checkDistFolder(join(root, 'mine'), inputs)).toMatch(/holds files that are not a site Dossier built \(a\.html, b\.css, c\.js and 1 more\).*or empty this one\.$/);
  });

  test('with no overrides folder (another --sources), nothing is checked against one', () => {
    const { root, inputs } = project();
    expect(checkDistFolder(join(root, 'content/overrides'), { ...inputs, overrides: null })).toBeNull();
  });
});
