/**
 * Turns a `node:util` `parseArgs` error into a message that says what to type instead: the flag
 * a misspelt one probably means ("did you mean `--sources`?"), or, for a stray value, that a
 * flag or the `--` after `npm run <command>` is missing.
 *
 * @example explainUsageError(new Error("Unknown option '--source'"), ['sources', 'out'], 'build')
 * // "Unknown flag --source; did you mean --sources? Run `npm run build -- --help` for the flags."
 */
export function explainUsageError(error: Error & { code?: string }, flags: readonly string[], command: string): string {
  const help = `Run \`npm run ${command} -- --help\` for the flags.`;
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const meant = findClosestFlag(quoted.replace(/^-+/, '').split('=')[0]!, flags);
    return `Unknown flag ${quoted}${meant === null ? '.' : `; did you mean --${meant}?`} ${help}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined) {
    return (
      `Unexpected argument "${quoted}": every value goes after its flag (\`--sources ${quoted}\`), and the flags go after ` +
      `\`--\` (\`npm run ${command} -- --sources DIR\`); without \`--\`, npm keeps the flags for itself and passes on only the values. ${help}`
    );
  }
  return `${error.message.replace(/\.$/, '')}. ${help}`;
}

/**
 * The flag `name` most probably stands for: one that starts with it or it with it (`--source`,
 * `--sources-dir`), else one at most two edits away; null when none is close.
 *
 * @example findClosestFlag('source', ['sources', 'out']) // 'sources'
 */
export function findClosestFlag(name: string, flags: readonly string[]): string | null {
  if (name === '') return null;
  const lower = name.toLowerCase();
  const prefixed = flags.find((flag) => flag.startsWith(lower) || lower.startsWith(flag));
  if (prefixed !== undefined) return prefixed;
  let best: { flag: string; distance: number } | null = null;
  for (const flag of flags) {
    const distance = editDistance(lower, flag);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { flag, distance };
  }
  return best?.flag ?? null;
}

// Levenshtein distance over UTF-16 units; flags are short ASCII words.
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}
