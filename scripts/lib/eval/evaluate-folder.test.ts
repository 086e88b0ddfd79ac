import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../testing/run-ingest.ts';
import { evaluateFolder } from './evaluate-folder.ts';

const samples = join(projectRoot, 'scripts/fixtures/samples');
const sample = '000_bd7816fc1dee6379.txt';
const run = promisify(execFile);

/** A gold set of one sample article, plus (when `text` is given) a second source with that text. */
async function makeSet(text?: string): Promise<{ gold: string; sources: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-eval-'));
  const gold = join(dir, 'gold');
  const sources = join(dir, 'sources');
  await mkdir(gold);
  await mkdir(sources);
  await copyFile(join(samples, 'gold', sample.replace('.txt', '.json')), join(gold, 'a.json'));
  await copyFile(join(samples, 'sources', sample), join(sources, sample));
  if (text !== undefined) {
    await writeFile(join(sources, 'b.txt'), text);
    await writeFile(join(gold, 'b.json'), JSON.stringify({ file: 'b.txt', metrics: [] }));
  }
  return { gold, sources };
}

describe('evaluateFolder', () => {
  test('scores through the pipeline', async () => {
    const result = await evaluateFolder(await makeSet());
    expect(result.modes).toEqual({ pipeline: 1 });
    expect(result.overall.tp).toBeGreaterThan(0);
  });

  test('stops, naming the file, when the pipeline throws on an article', async () => {
    const analyse = () => {
      throw new Error('boom');
    };
    await expect(evaluateFolder({ ...(await makeSet()), analyse })).rejects.toThrow(`${sample}: the pipeline threw (boom)`);
  });

  test('stops when the pipeline yields no article, and never falls back to the naive split', async () => {
    await expect(evaluateFolder(await makeSet('Ad\nNo comments yet\nAd\n'))).rejects.toThrow('b.txt: the pipeline yielded no article (no article text left');
  });

  test('uses the naive split only when asked', async () => {
    const result = await evaluateFolder({ ...(await makeSet('Ad\nNo comments yet\nAd\n')), naive: true });
    expect(result.modes).toEqual({ naive: 2 });
  });
});

describe('npm run eval', () => {
  let broken: { gold: string; sources: string };
  beforeAll(async () => {
    broken = await makeSet('Ad\nNo comments yet\nAd\n');
  });

  test('exits 1 and names the article the pipeline cannot analyse', async () => {
    const failure = await run(process.execPath, ['scripts/eval.ts', '--gold', broken.gold, '--sources', broken.sources], { cwd: projectRoot }).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('b.txt: the pipeline yielded no article');
    expect(failure?.stdout).not.toContain('overall');
  });
});
