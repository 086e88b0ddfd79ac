import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IncrementalManifest } from './kept-pages.ts';
import { readManifest } from './kept-pages.ts';
import { commitRecord, dropRecord, pendingRecordFile, pruneRecords, recordFile, writeRecord } from './site-records.ts';

const manifest = (): IncrementalManifest => ({ configHash: 'c', lockfileHash: 'l', routes: { 'src/pages/index.astro': { dependencyHash: 'd', paths: {} } } });
const code = 'post-build-code';

describe('site records', () => {
  test('one per site folder, holding the manifest and the post-build code', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dossier-records-'));
    expect(recordFile(cache, '/a/dist')).not.toBe(recordFile(cache, '/b/dist'));
    writeRecord(recordFile(cache, '/a/dist'), '/a/dist', manifest(), code);
    expect(readManifest(recordFile(cache, '/a/dist'))).toEqual({ ...manifest(), postBuildCode: code, outDir: '/a/dist' });
    expect(readManifest(recordFile(cache, '/b/dist'))).toBeNull();
    writeRecord(recordFile(cache, '/a/dist'), '/a/dist', null, code);
    expect(readManifest(recordFile(cache, '/a/dist'))).toBeNull();
  });

  test('a pending record becomes the record only when committed; a dropped record is gone', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dossier-records-'));
    writeRecord(recordFile(cache, '/a/dist'), '/a/dist', { ...manifest(), configHash: 'old' }, code);
    writeRecord(pendingRecordFile(cache, '/a/dist'), '/a/dist', manifest(), code);
    expect(readManifest(recordFile(cache, '/a/dist'))?.configHash).toBe('old');
    dropRecord(cache, '/a/dist');
    expect(readManifest(recordFile(cache, '/a/dist'))).toBeNull();
    commitRecord(cache, '/a/dist');
    expect(readManifest(recordFile(cache, '/a/dist'))?.configHash).toBe('c');
    expect(existsSync(pendingRecordFile(cache, '/a/dist'))).toBe(false);
    // Nothing pending: committing changes nothing.
    commitRecord(cache, '/a/dist');
    expect(readManifest(recordFile(cache, '/a/dist'))?.configHash).toBe('c');
  });

  test('records of site folders that are gone are pruned', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dossier-records-'));
    const live = mkdtempSync(join(tmpdir(), 'dossier-records-'));
    writeRecord(recordFile(cache, live), live, manifest(), code);
    writeRecord(recordFile(cache, join(live, 'gone')), join(live, 'gone'), manifest(), code);
    writeRecord(pendingRecordFile(cache, join(live, 'gone')), join(live, 'gone'), manifest(), code);
    pruneRecords(cache);
    expect(readManifest(recordFile(cache, live))).not.toBeNull();
    expect(existsSync(recordFile(cache, join(live, 'gone')))).toBe(false);
    expect(existsSync(pendingRecordFile(cache, join(live, 'gone')))).toBe(false);
  });
});
