import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Exit code of a run refused because another run holds the lock. */
export { lockedExitCode } from './exit-codes.ts';

/**
 * Name of the environment variable through which a run that holds a lock hands it to the child
 * it starts (`npm run build` holds the articles' lock and runs ingest): the child's
 * `acquireLock(file, { inherited })` accepts a lock held by its parent with that PID.
 */
export const lockHolderVariable = 'DOSSIER_LOCK_HOLDER';

/** Who holds a lock, for the refusal message. */
export type LockOptions = {
  pid?: number;
  /** Words of the refusal: what holds this lock, what it does, and when the lock file is debris. */
  holder?: { run: string; doing: string; idle: string };
  /** PID of the parent process that holds the lock on this run's behalf (`lockHolderVariable`). */
  inherited?: number | undefined;
};

const ingestHolder = { run: 'ingest run', doing: 'is writing the same articles', idle: 'no ingest is running' };

/** A held lock, or why it could not be taken. */
export type LockResult = { ok: true; release: () => void; warning: string | null } | { ok: false; message: string };

// A lock file without a readable PID is being written by a run that is starting; after this long it is debris.
const unreadableGraceMs = 5_000;

/** Path of the lock that guards one output folder: a sibling file, `content/articles.lock`. */
export function toLockFile(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.lock`;
}

/**
 * Takes the lock by creating `file` exclusively with this process's PID in it. A lock left by a
 * process that no longer runs is taken over, with a warning. Never throws for a held lock: the
 * caller prints the message and exits with `lockedExitCode`. Release it in `finally`; it is also
 * released when the process exits.
 */
export function acquireLock(file: string, options: LockOptions = {}): LockResult {
  const { pid = process.pid, holder: kind = ingestHolder, inherited } = options;
  mkdirSync(dirname(file), { recursive: true });
  let warning: string | null = null;
  if (!tryCreate(file, pid)) {
    const holder = readHolder(file);
    if (holder === 'missing') return acquireLock(file, options);
    // Held for this run by the parent that started it: the parent releases it.
    if (inherited !== undefined && holder === inherited && process.ppid === inherited) return { ok: true, release: () => undefined, warning: null };
    if (holder === 'starting' || (holder !== 'unreadable' && isAlive(holder))) {
      const who = holder === 'starting' ? 'another run that is starting' : `process ${holder}`;
      return {
        ok: false,
        message: `Another ${kind.run} (${who}) ${kind.doing}: ${file} is locked. Wait for it to finish and run again; if ${kind.idle}, delete ${file}.`,
      };
    }
    rmSync(file, { force: true });
    if (!tryCreate(file, pid)) return acquireLock(file, options);
    const previous = holder === 'unreadable' ? 'an interrupted run' : `process ${holder}, which no longer runs`;
    warning = `took over the lock ${file} left by ${previous}`;
  }
  // Ctrl-C or a polite kill still releases the lock (through 'exit'); SIGKILL leaves a stale one.
  const onSignal = (signal: NodeJS.Signals) => process.exit(signal === 'SIGINT' ? 130 : 143);
  const release = () => {
    process.off('exit', release).off('SIGINT', onSignal).off('SIGTERM', onSignal);
    if (readHolder(file) === pid) rmSync(file, { force: true });
  };
  process.on('exit', release).on('SIGINT', onSignal).on('SIGTERM', onSignal);
  return { ok: true, release, warning };
}

/** Whether a process with this PID exists (one owned by another user counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(file: string, pid: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`Could not create the lock file ${file}; check that its folder is writable.`, { cause: error });
  }
  try {
    writeSync(fd, `${pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(file: string): number | 'starting' | 'unreadable' | 'missing' {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0) return pid;
    return Date.now() - statSync(file).mtimeMs < unreadableGraceMs ? 'starting' : 'unreadable';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}
