import { lstatSync, mkdirSync, mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toAstroOutDir } from './render-site.ts';

describe('toAstroOutDir', () => {
  test('a folder inside or away from the project is given as it is', () => {
    expect(toAstroOutDir('/home/u/dossier/dist.tmp-1', '/home/u/dossier').outDir).toBe('/home/u/dossier/dist.tmp-1');
    expect(toAstroOutDir('/srv/site.tmp-1', '/home/u/dossier').outDir).toBe('/srv/site.tmp-1');
  });

  test('a folder whose path begins with the project path is given through a link that does not', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-outdir-'));
    mkdirSync(join(work, 'dossier-site.tmp-1'));
    const { outDir, cleanup } = toAstroOutDir(join(work, 'dossier-site.tmp-1'), join(work, 'dossier'));
    expect(outDir.startsWith(join(work, 'dossier'))).toBe(false);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(readlinkSync(outDir)).toBe(join(work, 'dossier-site.tmp-1'));
    cleanup();
    expect(() => lstatSync(outDir)).toThrow();
  });
});
