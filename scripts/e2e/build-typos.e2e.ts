/**
 * One typo in a file people write never takes the site down: `npm run build` in a copy of the
 * project, with a note, an override or the registry broken by one character. Each build either
 * stops with the file, the field and what to write instead and leaves the previous site as it
 * was, or fails only the one article and builds the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readTree } from '../fixtures/tree.ts';
import { copyProject } from '../testing/throwaway-project.ts';

let project: string;
let site: Record<string, string>;

function build(): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Writes `text` into the project's `file` for one build, then puts the file back. */
function withFile<T>(file: string, text: string, run: () => T): T {
  const path = join(project, file);
  const before = readFileSync(path);
  writeFileSync(path, text);
  try {
    return run();
  } finally {
    writeFileSync(path, before);
  }
}

beforeAll(() => {
  project = copyProject(join(mkdtempSync(join(tmpdir(), 'dossier-typos-')), 'project'));
  const first = build();
  expect(first.code, first.output).toBe(0);
  site = readTree(join(project, 'dist'));
}, 120_000);

const note = 'content/companies/alibaba.mdx';
const override = 'content/overrides/002_35dac0b25fd3d73e.txt.yaml';

describe('a typo that stops the build leaves the previous site', { timeout: 120_000 }, () => {
  test.each([
    {
      name: "a note's day that is no day",
      file: note,
      text: "---\ntitle: Desk notes\nupdated: '2026-13-05'\n---\n\nNotes.\n",
      code: 4,
      message: `${note} has invalid front-matter (updated: "2026-13-05" is not a day of the calendar; write a real day as YYYY-MM-DD, e.g. 2025-02-28)`,
    },
    {
      name: 'a note that calls process.exit',
      file: note,
      text: '---\ntitle: Desk notes\n---\n\nNotes. {process.exit(1)}\n',
      code: 5,
      message: `The note ${note} called process.exit(1) while the site was built`,
    },
    {
      name: 'a note that throws',
      file: note,
      text: "---\ntitle: Desk notes\n---\n\nNotes. {(() => { throw new Error('no such figure') })()}\n",
      code: 5,
      message: `The note ${note} failed while the site was built: no such figure.`,
    },
    {
      name: 'a registry that is not YAML',
      file: 'content/companies.yaml',
      text: '- id: alibaba\n  name: [Alibaba\n',
      code: 4,
      message: 'Ingest stopped: content/companies.yaml is not valid YAML',
    },
  ])('$name: exit $code, naming the file', ({ file, text, code, message }) => {
    const articles = readTree(join(project, 'content/articles'));
    const result = withFile(file, text, build);
    expect(result.code, result.output).toBe(code);
    expect(result.output).toContain(message);
    expect(result.output).toMatch(/dist (was left|is) as it was/);
    expect(readTree(join(project, 'dist'))).toEqual(site);
    expect(readTree(join(project, 'content/articles'))).toEqual(articles);
  });
});

describe('a typo in an override fails only its article', { timeout: 120_000 }, () => {
  test.each([
    { name: 'a month 13', text: 'date: 2025-13-01\n', reason: 'date: "2025-13-01" is not a day of the calendar' },
    { name: 'a 30 February', text: 'date: 2025-02-30\n', reason: 'date: "2025-02-30" is not a day of the calendar' },
    { name: 'a unit that is no currency', text: 'metrics:\n  add:\n    - kind: revenue\n      value: 1000000\n      unit: Euro\n      quote: Revenue was one million.\n', reason: 'metrics.add.0.unit: "Euro" is not a unit' },
  ])('$name: exit 1, the site built from the other sources', ({ text, reason }) => {
    const result = withFile(override, text, build);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain(reason);
    expect(result.output).toContain('The site was built, but 1 source failed to ingest');
    const rebuilt = readTree(join(project, 'dist'));
    expect(Object.keys(rebuilt)).toEqual(expect.arrayContaining(['index.html', 'search.js', 'companies/alibaba.html']));
    expect(Object.keys(rebuilt).filter((path) => /^articles\/[^/]+\.html$/.test(path))).toHaveLength(Object.keys(site).filter((path) => /^articles\/[^/]+\.html$/.test(path)).length - 1);
  });
});
