/**
 * Runs one command and measures it: wall time, GNU time's report (largest process) when
 * `/usr/bin/time` exists, and a poll of `/proc` for the memory of the whole process tree and
 * the lifetime of each process in it (Linux only; elsewhere the poll finds nothing).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeOutput, type TimeReport } from './parse-time-output.ts';
import { parseProcStat, treeOf, type ProcStat } from './process-tree.ts';

/** One process seen in the tree: its command line, when it was first and last seen, its peak RSS. */
export type SeenProcess = { pid: number; command: string; firstMs: number; lastMs: number; peakRssBytes: number };

/** What a timed run yields. */
export type TimedRun = {
  exitCode: number;
  wallMs: number;
  /** stdout and stderr, interleaved as they came. */
  log: string;
  time: TimeReport | null;
  /** Largest sum of RSS over the whole tree at one poll. */
  peakTreeRssBytes: number;
  processes: SeenProcess[];
};

const gnuTime = '/usr/bin/time';
const pageSize = 4096;
const pollMs = 100;

/** Runs `command args` in `cwd`, echoing nothing, and measures it. */
export async function runTimed(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<TimedRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-time-'));
  const timeFile = join(scratch, 'time.txt');
  const useTime = existsSync(gnuTime);
  const [file, argv] = useTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const seen = new Map<number, SeenProcess>();
  let peakTreeRssBytes = 0;
  const poll = () => {
    const now = performance.now() - started;
    const tree = treeOf(readProcStats(), child.pid!).filter((stat) => !(useTime && stat.pid === child.pid));
    peakTreeRssBytes = Math.max(peakTreeRssBytes, tree.reduce((sum, stat) => sum + stat.rssPages * pageSize, 0));
    for (const stat of tree) {
      const entry = seen.get(stat.pid) ?? { pid: stat.pid, command: readCommand(stat), firstMs: now, lastMs: now, peakRssBytes: 0 };
      entry.lastMs = now;
      entry.peakRssBytes = Math.max(entry.peakRssBytes, stat.rssPages * pageSize);
      seen.set(stat.pid, entry);
    }
  };
  const timer = setInterval(poll, pollMs);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  try {
    const time = useTime ? parseTimeOutput(await readFile(timeFile, 'utf8')) : null;
    return { exitCode, wallMs, log, time, peakTreeRssBytes, processes: [...seen.values()] };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// Processes vanish between listing and reading: those reads just fail and are skipped.
function readProcStats(): ProcStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const stats: ProcStat[] = [];
  for (const pid of pids) {
    try {
      const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // gone already
    }
  }
  return stats;
}

function readCommand(stat: ProcStat): string {
  try {
    return readFileSync(`/proc/${stat.pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') || stat.comm;
  } catch {
    return stat.comm;
  }
}

/** Lifetime in ms of the longest-lived process whose command line contains `needle`, or null. */
export function lifetimeOf(run: TimedRun, needle: string): number | null {
  const matches = run.processes.filter((process) => process.command.includes(needle));
  return matches.length === 0 ? null : Math.max(...matches.map((process) => process.lastMs - process.firstMs));
}
