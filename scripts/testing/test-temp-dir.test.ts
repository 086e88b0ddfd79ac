import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { setup } from './test-temp-dir.ts';

test('temporary folders made during the run go below one folder that the teardown removes', () => {
  const before = process.env['TMPDIR'];
  const teardown = setup();
  const root = tmpdir();
  expect(root).not.toBe(before);
  const work = mkdtempSync(join(tmpdir(), 'dossier-example-'));
  writeFileSync(join(work, 'file.txt'), 'left behind');
  expect(dirname(work)).toBe(root);
  teardown();
  expect(existsSync(root)).toBe(false);
  expect(process.env['TMPDIR']).toBe(before);
});
