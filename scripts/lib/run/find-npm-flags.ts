/**
 * Finds the flags npm kept for itself: `npm run build --sources ~/clippings` (without `--`) makes
 * npm read `--sources` as its own setting, pass it on only as the variable `npm_config_sources`
 * and hand the script `~/clippings` alone, so the build would quietly use the default folder.
 * Returns the flags, as typed, whose variable npm set; empty outside npm or when `--` was used.
 *
 * @example findNpmFlags({ npm_lifecycle_event: 'build', npm_config_sources: 'true' }, ['sources', 'out']) // ['--sources']
 */
export function findNpmFlags(env: Record<string, string | undefined>, flags: readonly string[]): string[] {
  if (env['npm_lifecycle_event'] === undefined) return [];
  return flags.filter((flag) => env[`npm_config_${flag.replaceAll('-', '_')}`] !== undefined).map((flag) => `--${flag}`);
}

/** The message for `findNpmFlags`' answer: which flags npm took, and the command with `--`. */
export function formatNpmFlagsMessage(taken: readonly string[], command: string): string {
  const list = taken.join(', ');
  return `npm took ${list} for itself, so \`npm run ${command}\` never saw ${taken.length === 1 ? 'it' : 'them'}: put \`--\` before the flags, as in \`npm run ${command} -- ${taken[0]} …\`.`;
}
