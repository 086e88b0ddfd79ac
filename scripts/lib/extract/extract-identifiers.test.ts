import { describe, expect, test } from 'vitest';
import { extractIdentifiers, isValidIsin } from './extract-identifiers.ts';

describe('extractIdentifiers', () => {
  test.each([
    ['Alibaba US01609W1027', [{ type: 'isin', value: 'US01609W1027' }]],
    ['Alibaba Group (NYSE: BABA) rose', [{ type: 'ticker', value: 'BABA', exchange: 'NYSE' }]],
    ['Tencent (HKE:700) fell', [{ type: 'ticker', value: '700', exchange: 'HKEX' }]],
    ['Apple (AAPL.O) and Siemens (SIEGn.DE)', [{ type: 'ticker', value: 'AAPL', exchange: 'NASDAQ' }]],
    ['shares of BMW (BMWG.DE) slid', [{ type: 'ticker', value: 'BMWG', exchange: 'XETRA' }]],
    ['SAP SE (ETR: SAP, WKN: 716460, ISIN: DE0007164600)', [
      { type: 'ticker', value: 'SAP', exchange: 'XETRA' },
      { type: 'wkn', value: '716460' },
      { type: 'isin', value: 'DE0007164600' },
    ]],
    ['$TSLA jumped while the $225 target held', [{ type: 'ticker', value: 'TSLA' }]],
    ['NASDAQ: NVDA then $NVDA again', [{ type: 'ticker', value: 'NVDA', exchange: 'NASDAQ' }]],
    ['U.S. sales rose; US01609W1028 has a bad check digit', []],
  ])('%s', (text, expected) => expect(extractIdentifiers(text)).toEqual(expected));
});

describe('isValidIsin', () => {
  test.each([
    ['US01609W1027', true],
    ['DE0007164600', true],
    ['US0378331005', true],
    ['DE000ENER6Y0', true],
    ['US0378331006', false],
    ['XX123', false],
  ])('%s → %s', (isin, expected) => expect(isValidIsin(isin)).toBe(expected));
});
