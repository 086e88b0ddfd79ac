import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { explainUsageError, findClosestFlag } from './explain-usage-error.ts';

const flags = ['sources', 'out', 'overrides', 'cache-dir', 'no-cache', 'report', 'max-bytes', 'quiet', 'help', 'dist'];

// The real parser's errors, so a change in Node's wording shows here.
function errorOf(args: string[]): Error {
  try {
    parseArgs({ args, options: { sources: { type: 'string' }, out: { type: 'string' } }, strict: true });
  } catch (error) {
    return error as Error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('explainUsageError', () => {
  test.each([
    [['--source', 'x'], 'Unknown flag --source; did you mean --sources? Run `npm run build -- --help` for the flags.'],
    [['--sauces=x'], 'Unknown flag --sauces; did you mean --sources? Run `npm run build -- --help` for the flags.'],
    [['--colour'], 'Unknown flag --colour. Run `npm run build -- --help` for the flags.'],
  ])('names the flag %j probably means', (args, message) => {
    expect(explainUsageError(errorOf(args), flags, 'build')).toBe(message);
  });

  test('says that a stray value needs its flag, and the flags need `--`', () => {
    const message = explainUsageError(errorOf(['/home/me/clippings']), flags, 'build');
    expect(message).toMatch(/^Unexpected argument "\/home\/me\/clippings": every value goes after its flag/);
    expect(message).toContain('`npm run build -- --sources DIR`');
  });

  test('keeps any other message of the parser, with the way to the help', () => {
    expect(explainUsageError(errorOf(['--sources']), flags, 'ingest')).toBe("Option '--sources <value>' argument missing. Run `npm run ingest -- --help` for the flags.");
  });
});

describe('findClosestFlag', () => {
  test.each([
    ['source', 'sources'],
    ['Sources', 'sources'],
    ['ouT', 'out'],
    ['cachedir', 'cache-dir'],
    ['max-byte', 'max-bytes'],
    ['distt', 'dist'],
    ['colour', null],
    ['', null],
  ])('%s → %s', (name, flag) => {
    expect(findClosestFlag(name, flags)).toBe(flag);
  });
});
