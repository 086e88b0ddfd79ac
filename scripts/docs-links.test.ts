// The README and docs/ link into each other by file and heading; a moved section must not leave a
// link behind that leads nowhere. Anchors are GitHub's heading slugs (github-slugger).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slugger.slug(match[1]!.trim())));
}

describe('the README and docs/', () => {
  test('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const document of documents) {
      const text = readFileSync(join(root, document), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const file = path === '' ? join(root, document) : resolve(dirname(join(root, document)), path);
        if (!existsSync(file)) broken.push(`${document}: ${target} (no such file)`);
        else if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor)) broken.push(`${document}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  // The README is read first and whole: what it is, the two commands, the three tasks, then links.
  test('keep the README under 350 lines, its first screen holding the commands and the three tasks', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(350);
    const firstScreen = readme.split('\n').slice(0, 45).join('\n');
    for (const part of ['npm install && npm run build', 'npm test', 'EBADENGINE', 'Use your own clippings', 'Fix what it got wrong', 'Publish', 'npm run archive', 'sub-path', 'screenshots/']) expect(firstScreen).toContain(part);
  });
});
