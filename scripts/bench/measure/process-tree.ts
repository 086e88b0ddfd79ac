/**
 * Pure helpers over Linux `/proc/<pid>/stat` lines: which processes descend from a root, and
 * how much memory the whole tree holds at one moment.
 */

/** The fields of one `/proc/<pid>/stat` line the benchmark reads. */
export type ProcStat = { pid: number; ppid: number; comm: string; rssPages: number };

/**
 * Parses a `/proc/<pid>/stat` line. The command name sits in parentheses and may itself hold
 * spaces or parentheses, so fields are counted from the last `)`.
 *
 * @example parseProcStat('42 (node (main)) S 7 42 …') // { pid: 42, ppid: 7, comm: 'node (main)', rssPages: … }
 */
export function parseProcStat(line: string): ProcStat | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  // After ")": state(3) ppid(4) … rss is field 24, i.e. index 21 of the rest.
  const rest = line.slice(close + 2).split(' ');
  const pid = Number(line.slice(0, open).trim());
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages)) return null;
  return { pid, ppid, comm: line.slice(open + 1, close), rssPages };
}

/**
 * Returns the processes of `root`'s tree (the root and all its descendants) among `stats`.
 *
 * @example treeOf([{ pid: 1, ppid: 0 }, { pid: 2, ppid: 1 }, { pid: 3, ppid: 9 }], 1) // pids 1 and 2
 */
export function treeOf<T extends Pick<ProcStat, 'pid' | 'ppid'>>(stats: T[], root: number): T[] {
  const children = new Map<number, T[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: T[] = stats.filter((stat) => stat.pid === root);
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!.pid) ?? []));
  return tree;
}
