import type { Identifier } from '../../../src/lib/schema.ts';

/** Exchange names as printed → the code Dossier records. */
export const exchangeCodes: Record<string, string> = {
  nyse: 'NYSE', 'nyse american': 'NYSEAMERICAN', amex: 'NYSEAMERICAN', nasdaq: 'NASDAQ', nasdaqgs: 'NASDAQ', nasdaqgm: 'NASDAQ',
  hke: 'HKEX', hkex: 'HKEX', hkg: 'HKEX', sehk: 'HKEX', xetra: 'XETRA', etr: 'XETRA', fra: 'FRA', fwb: 'FRA',
  lse: 'LSE', lon: 'LSE', tse: 'TSE', tyo: 'TSE', sse: 'SSE', sha: 'SSE', szse: 'SZSE', she: 'SZSE',
  tsx: 'TSX', asx: 'ASX', epa: 'EPA', ams: 'AMS', six: 'SIX', swx: 'SIX', otc: 'OTC', otcmkts: 'OTC', krx: 'KRX',
};

/** Reuters instrument code suffixes ("AAPL.O") → exchange. */
export const ricSuffixes: Record<string, string> = {
  O: 'NASDAQ', OQ: 'NASDAQ', N: 'NYSE', HK: 'HKEX', DE: 'XETRA', F: 'FRA', L: 'LSE', PA: 'EPA', T: 'TSE',
  SS: 'SSE', SZ: 'SZSE', AS: 'AMS', TO: 'TSX', AX: 'ASX', S: 'SIX', KS: 'KRX',
};

const exchangeNames = Object.keys(exchangeCodes).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s');
const exchangeTicker = new RegExp(`\\b(${exchangeNames})\\s*:\\s*([A-Z0-9]{1,6}(?:\\.[A-Z])?)\\b`, 'giu');
/** A regular-expression source matching one Reuters instrument code ("AAPL.O", "0700.HK"). */
export const ricSource = `[A-Z0-9]{1,6}\\.(?:${Object.keys(ricSuffixes).join('|')})`;
const ric = new RegExp(`(?<=[(\\s,;]|^)${ricSource}(?=[)\\s,;]|$)`, 'gu');
// The same without the look-behind, tested first: cheaper than the look-behind at every position.
const ricAnchor = new RegExp(`${ricSource}(?=[)\\s,;]|$)`, 'u');
const isinCandidate = /\b([A-Z]{2}[A-Z0-9]{9}\d)\b/g;
const wkn = /\bWKN\s*:?\s*([A-HJ-NP-Z0-9]{6})\b/gu;
const cashtag = /(?<![\w$])\$([A-Z]{1,5})\b(?![.,]?\d)/gu;

/**
 * Finds ISINs (valid check digit only), WKNs (where labelled) and tickers: `NYSE: BABA`, `HKE:700`,
 * Reuters codes `AAPL.O`, cashtags `$BABA`. Each identifier once, in order of first appearance.
 *
 * @example extractIdentifiers('Alibaba (NYSE: BABA) US01609W1027') // [{ type: 'ticker', value: 'BABA', exchange: 'NYSE' }, { type: 'isin', value: 'US01609W1027' }]
 */
export function extractIdentifiers(text: string): Identifier[] {
  const found: { index: number; identifier: Identifier }[] = [];
  for (const m of text.matchAll(exchangeTicker)) {
    found.push({ index: m.index, identifier: { type: 'ticker', value: m[2]!, exchange: exchangeCodes[m[1]!.toLowerCase().replace(/\s+/g, ' ')]! } });
  }
  for (const m of ricAnchor.test(text) ? text.matchAll(ric) : []) {
    const dot = m[0].lastIndexOf('.');
    found.push({ index: m.index, identifier: { type: 'ticker', value: m[0].slice(0, dot), exchange: ricSuffixes[m[0].slice(dot + 1)]! } });
  }
  for (const m of text.matchAll(cashtag)) found.push({ index: m.index, identifier: { type: 'ticker', value: m[1]! } });
  for (const m of text.matchAll(isinCandidate)) {
    if (isValidIsin(m[1]!)) found.push({ index: m.index, identifier: { type: 'isin', value: m[1]! } });
  }
  for (const m of text.matchAll(wkn)) found.push({ index: m.index, identifier: { type: 'wkn', value: m[1]! } });
  return dedupe(found.sort((a, b) => a.index - b.index).map((f) => f.identifier));
}

/**
 * Checks an ISIN's check digit (Luhn over the letters-as-numbers expansion).
 *
 * @example isValidIsin('US01609W1027') // true
 */
export function isValidIsin(isin: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}\d$/.test(isin)) return false;
  const digits = [...isin].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

// A bare ticker is dropped when the same symbol is also printed with its exchange.
function dedupe(identifiers: Identifier[]): Identifier[] {
  const seen = new Set<string>();
  const withExchange = new Set(identifiers.filter((i) => i.exchange).map((i) => i.value));
  return identifiers.filter((i) => {
    const key = `${i.type}:${i.value}:${i.exchange ?? ''}`;
    if (seen.has(key) || (i.type === 'ticker' && !i.exchange && withExchange.has(i.value))) return false;
    seen.add(key);
    return true;
  });
}
