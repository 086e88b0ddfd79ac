import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checksumsName, createArchive, readmeName, toArchiveName } from './create-archive.ts';
import { readSite } from './read-site.ts';
import { toChecksums } from './to-checksums.ts';

const fixtureSite = fileURLToPath(new URL('./fixtures/site', import.meta.url));
const folder = 'dossier-archive-2026-01-04';
let temp: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dossier-archive-'));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** Unzips with a library (no `unzip` needed) into the temp folder and returns the entry names in order. */
async function extract(zip: Uint8Array): Promise<string[]> {
  const entries = unzipSync(zip);
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(dirname(join(temp, name)), { recursive: true });
    await writeFile(join(temp, name), content);
  }
  return Object.keys(entries);
}

describe('createArchive', () => {
  test('exposes the public api', async () => {
    expect(Object.keys(await import('./create-archive.ts')).sort()).toEqual(['checksumsName', 'createArchive', 'readmeName', 'toArchiveName']);
  });

  test('names the archive after the day', () => {
    expect(toArchiveName('2026-01-04')).toBe('dossier-archive-2026-01-04.zip');
  });

  test('holds the site, a README and a manifest that sha256sum -c accepts, in one folder', async () => {
    const site = await readSite(fixtureSite);
    const names = await extract(createArchive(site, '2026-01-04'));
    expect(names).toEqual([
      `${folder}/README.txt`,
      `${folder}/articles/a.html`,
      `${folder}/articles/zürich mit leerzeichen.html`,
      `${folder}/index.html`,
      `${folder}/pagefind/index/en_1.pf_index`,
      `${folder}/SHA256SUMS`,
    ]);
    for (const file of site) expect(await readFile(join(temp, folder, file.path))).toEqual(Buffer.from(file.content));

    // The manifest lists every other file with its true hash ...
    const manifest = await readFile(join(temp, folder, checksumsName), 'utf8');
    const listed = manifest.trimEnd().split('\n').map((line) => line.split('  ') as [string, string]);
    expect(listed.map(([, path]) => path)).toEqual(names.map((name) => name.slice(folder.length + 1)).filter((path) => path !== checksumsName));
    for (const [hash, path] of listed) {
      expect(createHash('sha256').update(await readFile(join(temp, folder, path))).digest('hex'), path).toBe(hash);
    }
    // ... in the format the standard tool checks.
    const check = spawnSync('sha256sum', ['-c', checksumsName], { cwd: join(temp, folder), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout.trimEnd().split('\n')).toHaveLength(listed.length);
  });

  test('tells the reader how to open it, that search works offline and what is inside', async () => {
    await extract(createArchive(await readSite(fixtureSite), '2026-01-04'));
    const readme = await readFile(join(temp, folder, readmeName), 'utf8');
    expect(readme).toContain(`open the folder ${folder} and double-click index.html`);
    expect(readme).toContain('Search works offline');
    expect(readme).toContain('2 articles on 3 pages');
    expect(readme).toContain('SHA256SUMS  a SHA-256 checksum of every other file (5 files)');
  });

  test('gives the same bytes for the same site and day, in any time zone', async () => {
    const site = await readSite(fixtureSite);
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const first = createArchive(site, '2026-01-04');
      process.env['TZ'] = 'America/Los_Angeles';
      expect(createArchive([...site].reverse(), '2026-01-04')).toEqual(first);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
    expect(createArchive(site, '2026-01-05')).not.toEqual(createArchive(site, '2026-01-04'));
  });

  test('says to build first when there is no site', async () => {
    await expect(readSite(join(temp, 'dist'))).rejects.toThrow(/holds no built site \(no index.html\)\. Run `npm run build` first/);
  });
});

describe('toChecksums', () => {
  test('escapes names the manifest format cannot hold as they are', () => {
    const empty = new Uint8Array();
    expect(toChecksums([{ path: 'a\\b\nc', content: empty }])).toBe(
      '\\e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a\\\\b\\nc\n',
    );
  });
});

describe('npm run archive', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/archive.ts', ...args], { encoding: 'utf8', cwd: fileURLToPath(new URL('../../../', import.meta.url)) });

  test('writes the zip named by --out for --date', async () => {
    const out = join(temp, 'x.zip');
    const result = run('--dist', fixtureSite, '--date', '2026-01-04', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}: 4 files`);
    expect(new Uint8Array(await readFile(out))).toEqual(createArchive(await readSite(fixtureSite), '2026-01-04'));
  });

  test.each([
    [['--date', '2026-02-30'], 2, '--date "2026-02-30" is not a day'],
    [['--date', 'today'], 2, '--date "today" is not a day'],
    [['--bogus'], 2, "Unknown option '--bogus'"],
    [['--dist', '/no/such/folder'], 1, 'Run `npm run build` first'],
  ])('%j exits %i and says why', (args, status, message) => {
    const result = run(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
  });
});
