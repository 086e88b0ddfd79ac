import { describe, expect, test } from 'vitest';
import { findMeantSource } from './find-meant-source.ts';

const sources = new Set(['clippings/novo-2025-03-14.txt', 'clippings/sap.md', 'reuters/nvidia.txt', 'a/same.txt', 'b/same.txt']);

describe('findMeantSource', () => {
  test.each([
    ['clippings/novo-2025-03-14', 'clippings/novo-2025-03-14.txt'],
    ['clippings/SAP.md', 'clippings/sap.md'],
    ['nvidia.txt', 'reuters/nvidia.txt'],
    ['old/nvidia', 'reuters/nvidia.txt'],
    ['same.txt', null],
    ['tesla.txt', null],
  ])('%s → %s', (named, meant) => {
    expect(findMeantSource(named, sources)).toBe(meant);
  });
});
