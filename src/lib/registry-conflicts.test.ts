import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry, toCompanyId, toNameKey } from './companies.ts';
import { findRegistryConflicts } from './registry-conflicts.ts';

const entry = (id: string, fields: Record<string, unknown> = {}) => ({ id, name: id, aliases: [], tickers: [], isins: [], wkns: [], ...fields });

describe('findRegistryConflicts', () => {
  test('a registry whose entries claim nothing twice has no conflict, however often one entry repeats its own names', () => {
    expect(findRegistryConflicts([entry('alibaba', { name: 'Alibaba Group', aliases: ['Alibaba', 'Alibaba Group'] }), entry('meta', { aliases: ['Meta'] })], toNameKey)).toEqual([]);
  });

  test('names (by the key the matcher compares), tickers, ISINs and WKNs claimed by two entries, and the reserved id', () => {
    const conflicts = findRegistryConflicts(
      [
        entry('meta', { name: 'Meta Platforms', aliases: ['Facebook'], tickers: [{ exchange: 'NASDAQ', value: 'META' }], isins: ['US30303M1027'] }),
        entry('facebook', { name: 'Facebook Inc.', tickers: [{ exchange: 'nasdaq', value: 'meta' }], isins: ['US30303M1027'], wkns: ['A1JWVX'] }),
        entry('index', { wkns: ['A1JWVX'] }),
      ],
      toNameKey,
    );
    expect(conflicts).toEqual([
      'the id "index" is taken by a page of the site (companies/index.html is the list of companies); choose another id, e.g. "index-company"',
      'the name "Facebook Inc." belongs to both "meta" and "facebook" (as "Facebook"); a name must stand for one company: keep it in one entry',
      'the ticker "nasdaq: meta" belongs to both "meta" and "facebook" (as "NASDAQ: META"); a listing belongs to one company: keep it in one entry',
      'the ISIN "US30303M1027" belongs to both "meta" and "facebook"; an ISIN identifies one company: keep it in one entry',
      'the WKN "A1JWVX" belongs to both "facebook" and "index"; a WKN identifies one company: keep it in one entry',
    ]);
  });

  test('parseCompanyRegistry refuses an ambiguous registry, naming the file and each conflict', () => {
    expect(() => parseCompanyRegistry('- id: a\n  name: Acme\n- id: b\n  name: Acme Corp\n', 'content/companies.yaml')).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/companies.yaml is ambiguous:
        the name "Acme Corp" belongs to both "a" and "b" (as "Acme"); a name must stand for one company: keep it in one entry]
    `);
  });

  test('a company found in the text and called "Index" gets an id of its own', () => {
    expect(toCompanyId('Index')).toBe('index-company');
    expect(toCompanyId('Index Ventures')).toBe('index-ventures');
  });
});
