import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readTree } from './fixtures/tree.ts';
import { runIngest } from './testing/run-ingest.ts';
import { copyProject } from './testing/throwaway-project.ts';

// Failures of the run itself, not of one source, through the real CLI in a copy of the project
// (the registry is the project's content/companies.yaml): exit code 4, one message naming the file
// and what to do, no stack trace, and the articles of the last run left as they were.
let project: string;
const ingest = () => runIngest(['--quiet'], { cwd: project, asUser: true });

beforeAll(async () => {
  project = copyProject(join(mkdtempSync(join(tmpdir(), 'dossier-run-failures-')), 'project'));
  expect((await ingest()).code).toBe(0);
}, 60_000);

describe('a run that cannot be done', { timeout: 60_000 }, () => {
  const registry = () => join(project, 'content/companies.yaml');
  const cases: { name: string; breakIt: () => void; message: RegExp }[] = [
    {
      name: 'a companies.yaml that is not YAML',
      breakIt: () => writeFileSync(registry(), '- id: alibaba\n  name: [Alibaba\n'),
      message: /^Ingest stopped: content\/companies\.yaml is not valid YAML; fix the line the parser names: /,
    },
    {
      name: 'a companies.yaml whose entries claim one ticker twice',
      breakIt: () => writeFileSync(registry(), '- id: alibaba\n  name: Alibaba\n  tickers: [{ exchange: NYSE, value: BABA }]\n- id: baba\n  name: Baba Holdings\n  tickers: [{ exchange: NYSE, value: BABA }]\n'),
      message: /^Ingest stopped: content\/companies\.yaml is ambiguous:\n {2}the ticker "NYSE: BABA" belongs to both "alibaba" and "baba"; a listing belongs to one company: keep it in one entry/,
    },
    {
      name: 'an override that cannot be read',
      breakIt: () => chmodSync(join(project, 'content/overrides/002_35dac0b25fd3d73e.txt.yaml'), 0o000),
      message: /^Ingest stopped: Could not read the override content\/overrides\/002_35dac0b25fd3d73e\.txt\.yaml \(EACCES\); check its permissions, or move it out of content\/overrides/,
    },
  ];
  test.each(cases)('$name: exit 4, one message, the articles as they were', async ({ breakIt, message }) => {
    const articles = readTree(join(project, 'content/articles'));
    const content = readTree(join(project, 'content'), ['articles']);
    const registryText = readFileSync(registry());
    breakIt();
    try {
      const result = await ingest();
      expect(result.code, result.stderr).toBe(4);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/Nothing was written: content\/articles is as it was\.\n$/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(readTree(join(project, 'content/articles'))).toEqual(articles);
    } finally {
      // Put the project back for the next case.
      chmodSync(join(project, 'content/overrides/002_35dac0b25fd3d73e.txt.yaml'), 0o644);
      writeFileSync(registry(), registryText);
    }
    expect(readTree(join(project, 'content'), ['articles'])).toEqual(content);
  });
});
