import { expect, test } from 'vitest';
import { toShownMeta } from './to-shown-meta.ts';

test('shows date, company, language and key figures in that order, without the other fields', () => {
  const meta = { figures: 'Price target $230 · Rating Buy', identifiers: 'BABA US01609W1027', language: 'English', title: 'Alibaba gains', company: 'Alibaba Group', date: '12 Dec 2025' };
  expect(toShownMeta(meta)).toEqual([
    { label: 'Date', value: '12 Dec 2025' },
    { label: 'Company', value: 'Alibaba Group' },
    { label: 'Language', value: 'English' },
    { label: 'Key figures', value: 'Price target $230 · Rating Buy' },
  ]);
});

test('leaves out what an article lacks (an undated article has no date)', () => {
  expect(toShownMeta({ company: 'SAP', language: 'German', date: '' })).toEqual([
    { label: 'Company', value: 'SAP' },
    { label: 'Language', value: 'German' },
  ]);
});

test('exposes only its function', async () => {
  expect(Object.keys(await import('./to-shown-meta.ts'))).toEqual(['toShownMeta']);
});
