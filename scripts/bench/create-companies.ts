/**
 * Fictional but plausible listed companies for the benchmark corpus: names, tickers and ISINs
 * with valid check digits, a home market and the currency their shares trade in.
 */
import { isValidIsin } from '../lib/extract/extract-identifiers.ts';
import { toCompanyId } from '../../src/lib/companies.ts';
import type { Random } from './create-random.ts';

/** One generated company. */
export type BenchCompany = {
  /** Name as printed in articles ("Norvane Systems"). */
  name: string;
  /** The id ingest derives from the name, so planted figures can name their subject. */
  id: string;
  ticker: string;
  exchange: 'NYSE' | 'NASDAQ' | 'XETRA' | 'HKEX';
  isin: string;
  /** German WKN (German listings only). */
  wkn: string | null;
  currency: 'USD' | 'EUR' | 'HKD';
  /** Typical share price, so figures stay in a believable range per company. */
  price: number;
};

const onsets = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'qu', 'r', 's', 'st', 't', 'tr', 'v', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'io'];
const codas = ['n', 'r', 'x', 'l', 'th', 'ra', 'va', 'nt', 'ss', 'k', 'm', 'tis', 'lan', 'ven'];
const sectors = ['Systems', 'Energy', 'Pharma', 'Motors', 'Logistics', 'Semiconductors', 'Networks', 'Foods', 'Bank', 'Materials', 'Robotics', 'Health', 'Software', 'Chemicals', 'Retail', 'Aerospace', 'Insurance', 'Solar', 'Biotech', 'Mobility'];

const markets = [
  { exchange: 'NYSE', country: 'US', currency: 'USD', share: 0.35 },
  { exchange: 'NASDAQ', country: 'US', currency: 'USD', share: 0.25 },
  { exchange: 'XETRA', country: 'DE', currency: 'EUR', share: 0.3 },
  { exchange: 'HKEX', country: 'KY', currency: 'HKD', share: 0.1 },
] as const;

/**
 * Appends the check digit that makes an 11-character ISIN body valid.
 *
 * @example toIsin('US01609W102') // 'US01609W1027'
 */
export function toIsin(body: string): string {
  const digit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((candidate) => isValidIsin(`${body}${candidate}`));
  if (digit === undefined) throw new Error(`No check digit makes "${body}" a valid ISIN; pass 2 letters and 9 letters or digits`);
  return `${body}${digit}`;
}

/** Creates `count` companies with unique names, ids and tickers. */
export function createCompanies(random: Random, count: number): BenchCompany[] {
  const companies: BenchCompany[] = [];
  const taken = new Set<string>();
  while (companies.length < count) {
    const stem = createStem(random);
    const name = `${stem} ${random.pick(sectors)}`;
    const id = toCompanyId(name);
    const ticker = stem.replace(/[^A-Za-z]/g, '').slice(0, random.int(3, 4)).toUpperCase();
    if (taken.has(id) || taken.has(stem) || taken.has(`ticker:${ticker}`)) continue;
    taken.add(id).add(stem).add(`ticker:${ticker}`);
    const market = pickMarket(random);
    const digits = (length: number) => Array.from({ length }, () => random.int(0, 9)).join('');
    const isin = market.country === 'DE' ? toIsin(`DE000${digits(6)}`) : toIsin(`${market.country}${digits(4)}${ticker.padEnd(4, 'X')}${digits(1)}`);
    companies.push({
      name,
      id,
      ticker: market.exchange === 'HKEX' ? String(random.int(100, 9999)) : ticker,
      exchange: market.exchange,
      isin,
      wkn: market.country === 'DE' ? isin.slice(5, 11) : null,
      currency: market.currency,
      price: random.decimal(8, 900, 2),
    });
  }
  return companies;
}

// One or two syllables and an ending, capitalised: "Norvane", "Kliothra".
function createStem(random: Random): string {
  const syllables = random.int(1, 2);
  let stem = '';
  for (let index = 0; index < syllables; index++) stem += random.pick(onsets) + random.pick(vowels);
  stem += random.pick(codas);
  if (stem.length < 5) stem += random.pick(codas);
  return stem[0]!.toUpperCase() + stem.slice(1);
}

function pickMarket(random: Random): (typeof markets)[number] {
  let roll = random.next();
  for (const market of markets) {
    roll -= market.share;
    if (roll < 0) return market;
  }
  return markets[0];
}
