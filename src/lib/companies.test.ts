import { describe, expect, test } from 'vitest';
import { parseCompanyRegistry, stripLegalSuffix, toCompanyId, toNameKey } from './companies.ts';

describe('toCompanyId', () => {
  test.each([
    ['eBay', 'ebay'],
    ['HelloFresh SE', 'hellofresh'],
    ['JPMorgan Chase & Co.', 'jpmorgan-chase-and'],
    ['BioNTech SE', 'biontech'],
    ['DER AKTIONÄR', 'der-aktionaer'],
    ['Münchener Rück AG', 'muenchener-rueck'],
    ['Deutsche Börse AG', 'deutsche-boerse'],
    ["McDonald's Corp.", 'mcdonalds'],
    ['Alibaba Group Holding Ltd.', 'alibaba'],
    ['!!!', 'company'],
  ])('%s → %s', (name, id) => {
    expect(toCompanyId(name)).toBe(id);
  });
});

describe('toNameKey and stripLegalSuffix', () => {
  test('initials and suffixes are ignored', () => {
    expect(toNameKey('Sanford C. Bernstein')).toBe(toNameKey('Sanford Bernstein'));
    expect(stripLegalSuffix('Siemens Energy AG')).toBe('Siemens Energy');
  });
});

describe('parseCompanyRegistry', () => {
  test('names a duplicate id', () => {
    expect(() => parseCompanyRegistry('- { id: sap, name: SAP }\n- { id: sap, name: SAP SE }')).toThrowErrorMatchingInlineSnapshot(`[Error: content/companies.yaml lists the id "sap" twice; merge the two entries]`);
  });
});
