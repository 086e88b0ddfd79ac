import { describe, expect, test } from 'vitest';
import { findNpmFlags, formatNpmFlagsMessage } from './find-npm-flags.ts';

const flags = ['sources', 'out', 'max-bytes', 'dist'];

describe('findNpmFlags', () => {
  // What npm 11 sets for `npm run build --sources /x --max-bytes 5` (checked by hand): each flag
  // as a variable, the values passed on as arguments.
  test('finds the flags npm kept as its own settings', () => {
    const env = { npm_lifecycle_event: 'build', npm_config_sources: 'true', npm_config_max_bytes: 'true', npm_config_cache: '/root/.npm' };
    expect(findNpmFlags(env, flags)).toEqual(['--sources', '--max-bytes']);
  });

  test('finds nothing outside npm, or when the flags came after `--`', () => {
    expect(findNpmFlags({ npm_config_sources: 'x' }, flags)).toEqual([]);
    expect(findNpmFlags({ npm_lifecycle_event: 'build', npm_config_cache: '/root/.npm' }, flags)).toEqual([]);
  });

  test('says to put `--` before the flags', () => {
    expect(formatNpmFlagsMessage(['--sources'], 'build')).toBe('npm took --sources for itself, so `npm run build` never saw it: put `--` before the flags, as in `npm run build -- --sources …`.');
  });
});
