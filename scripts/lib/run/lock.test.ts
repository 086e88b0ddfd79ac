import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { acquireLock, isAlive, toLockFile } from './lock.ts';

let lockFile: string;
beforeEach(() => {
  lockFile = join(mkdtempSync(join(tmpdir(), 'dossier-lock-')), 'articles.lock');
});

// The PID of a process that has certainly exited.
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('acquireLock', () => {
  test('the lock sits beside the output folder', () => {
    expect(toLockFile('content/articles/')).toBe('content/articles.lock');
  });

  test('holds the PID while taken; released, the file is gone', () => {
    const lock = acquireLock(lockFile);
    expect(lock).toMatchObject({ ok: true, warning: null });
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    if (lock.ok) lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  test('a lock held by a running process is refused, with the PID and what to do', () => {
    writeFileSync(lockFile, `${process.ppid}\n`);
    const lock = acquireLock(lockFile);
    expect(lock).toEqual({
      ok: false,
      message: `Another ingest run (process ${process.ppid}) is writing the same articles: ${lockFile} is locked. Wait for it to finish and run again; if no ingest is running, delete ${lockFile}.`,
    });
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.ppid}\n`);
  });

  test('a lock left by a dead process is taken over, with a warning', () => {
    const pid = deadPid();
    expect(isAlive(pid)).toBe(false);
    writeFileSync(lockFile, `${pid}\n`);
    const lock = acquireLock(lockFile);
    expect(lock).toMatchObject({ ok: true, warning: `took over the lock ${lockFile} left by process ${pid}, which no longer runs` });
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid}\n`);
    if (lock.ok) lock.release();
  });

  test('an empty lock file is a run that is starting, until it is old', () => {
    writeFileSync(lockFile, '');
    expect(acquireLock(lockFile)).toMatchObject({ ok: false, message: expect.stringContaining('another run that is starting') });
    utimesSync(lockFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const lock = acquireLock(lockFile);
    expect(lock).toMatchObject({ ok: true, warning: `took over the lock ${lockFile} left by an interrupted run` });
    if (lock.ok) lock.release();
  });

  test('release never deletes a lock another process took over', () => {
    const lock = acquireLock(lockFile);
    writeFileSync(lockFile, '1\n');
    if (lock.ok) lock.release();
    expect(readFileSync(lockFile, 'utf8')).toBe('1\n');
  });

  test('a lock its parent holds for it is accepted, and released only by the parent', () => {
    writeFileSync(lockFile, `${process.ppid}\n`);
    const lock = acquireLock(lockFile, { inherited: process.ppid });
    expect(lock).toMatchObject({ ok: true, warning: null });
    if (lock.ok) lock.release();
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.ppid}\n`);
    // Naming another process as the holder does not open the lock.
    expect(acquireLock(lockFile, { inherited: process.pid })).toMatchObject({ ok: false });
  });

  test('the refusal says what holds the lock', () => {
    writeFileSync(lockFile, `${process.ppid}\n`);
    expect(acquireLock(lockFile, { holder: { run: 'build', doing: 'is running in this project', idle: 'no build is running' } })).toEqual({
      ok: false,
      message: `Another build (process ${process.ppid}) is running in this project: ${lockFile} is locked. Wait for it to finish and run again; if no build is running, delete ${lockFile}.`,
    });
  });
});
