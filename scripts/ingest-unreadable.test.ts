import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSources } from './lib/read/read-sources.ts';
import { runIngest } from './testing/run-ingest.ts';

// Sources that cannot be read, through the real CLI: each is one failed entry with its true
// reason, and the readable rest becomes articles.
const samples = join(import.meta.dirname, 'fixtures/samples/sources');

const ingest = (args: string[]) => runIngest(args, { asUser: true });

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-unreadable-'));
});
afterAll(() => {
  // GNU rm walks a path over PATH_MAX folder by folder; Node's rmSync cannot.
  spawnSync('chmod', ['-R', 'u+rwx', work]);
  spawnSync('rm', ['-rf', work]);
});

describe('sources that cannot be read', { timeout: 60_000 }, () => {
  test('a folder without permission, a path over PATH_MAX and names that are not UTF-8 are failed entries; the run goes on', async () => {
    const sources = join(work, 'sources');
    cpSync(samples, sources, { recursive: true });
    // A lost+found as root leaves it: no one else may list it.
    mkdirSync(join(sources, 'lost+found'));
    writeFileSync(join(sources, 'lost+found/recovered.txt'), 'x');
    chmodSync(join(sources, 'lost+found'), 0o000);
    // Folders nested past the system's path limit (4,096 bytes); made one level at a time.
    const level = 'd'.repeat(250);
    const nest = `process.chdir(${JSON.stringify(sources)}); for (let i = 0; i < 18; i++) { fs.mkdirSync('${level}'); process.chdir('${level}'); } fs.writeFileSync('deep.txt', 'Deep article text.')`;
    expect(spawnSync(process.execPath, ['-e', nest]).status).toBe(0);
    // Two names that are not UTF-8, and one that is: the replacement character itself.
    writeFileSync(Buffer.concat([Buffer.from(`${sources}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]), 'Latin-1 name, first file.\n');
    writeFileSync(Buffer.concat([Buffer.from(`${sources}/bad`), Buffer.from([0xfe]), Buffer.from('.txt')]), 'Latin-1 name, second file.\n');
    writeFileSync(join(sources, 'bad\uFFFD.txt'), `${readFileSync(join(samples, '001_729ec53e779b97e2.txt'), 'utf8')}\nA copy with one more line.\n`);
    // A name that would flip the text around it on a page.
    writeFileSync(join(sources, 'invoice\u202Etxt.exe.txt'), 'Trojan name.\n');

    const report = join(work, 'report.json');
    const result = await ingest(['--sources', sources, '--out', join(work, 'articles'), '--report', report, '--no-cache', '--quiet']);
    expect(result.code, result.stderr).toBe(1);
    const { articles, failed } = JSON.parse(readFileSync(report, 'utf8')) as { articles: { source: string }[]; failed: { source: string; reason: string }[] };
    expect(failed).toEqual([
      { source: 'bad\\xFE.txt', reason: expect.stringMatching(/^the file name is not UTF-8 \(bytes 62 61 64 fe 2e 74 78 74\), so it cannot name an article or an override; rename it in UTF-8/) },
      { source: 'bad\\xFF.txt', reason: expect.stringMatching(/^the file name is not UTF-8 \(bytes 62 61 64 ff 2e 74 78 74\)/) },
      { source: expect.stringMatching(new RegExp(`^(${level}/)+$`)), reason: expect.stringMatching(/^the folder's path is \d+ bytes, longer than the system allows \(ENAMETOOLONG\); move its files/) },
      { source: 'invoice\\u{202e}txt.exe.txt', reason: 'the file name holds an invisible or control character (U+202E), which would show on its page; rename it' },
      { source: 'lost+found/', reason: 'the folder could not be read (EACCES); check its permissions, or move it out of the sources folder' },
    ]);
    // The real U+FFFD name is an article of its own, beside the five samples.
    expect(articles.map((article) => article.source).sort()).toEqual([...readdirSync(samples), 'bad\uFFFD.txt'].sort());
  });

  test('a source swapped for a FIFO between listing and reading is failed at once, never waited on', async () => {
    const sources = join(work, 'fifo');
    cpSync(samples, sources, { recursive: true });
    const victim = join(sources, '000_bd7816fc1dee6379.txt');
    const read = await readSources(sources, {
      onListed: () => {
        rmSync(victim);
        expect(spawnSync('mkfifo', [victim]).status).toBe(0);
      },
    });
    expect(read.sources.find((source) => source.file === '000_bd7816fc1dee6379.txt')).toEqual({
      file: '000_bd7816fc1dee6379.txt',
      sha256: '',
      ok: false,
      reason: 'was no longer a regular file when it was read (a FIFO, a device or a link took its place); copy the article file itself into the sources folder',
    });
    expect(read.sources.filter((source) => source.ok)).toHaveLength(4);
  });
});
