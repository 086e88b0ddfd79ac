/**
 * Currency symbols, codes and words in English and German, mapped to ISO 4217.
 *
 * @see shared/spec/frontmatter.md — "Currencies".
 */

/** Written forms → ISO 4217, keys lower-cased. */
export const currencies: Readonly<Record<string, string>> = {
  $: 'USD', us$: 'USD', usd: 'USD', 'us-dollar': 'USD', 'us dollar': 'USD', 'us-dollars': 'USD',
  dollar: 'USD', dollars: 'USD', 'u.s. dollars': 'USD', 'us-$': 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  'hk$': 'HKD', hkd: 'HKD', 'hongkong-dollar': 'HKD', 'hong kong dollars': 'HKD', 'hk-dollar': 'HKD',
  yuan: 'CNY', rmb: 'CNY', cny: 'CNY', renminbi: 'CNY', 'chinese yuan': 'CNY',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', pence: 'GBP', 'britische pfund': 'GBP', pfund: 'GBP',
  '¥': 'JPY', jpy: 'JPY', yen: 'JPY',
  chf: 'CHF', franken: 'CHF', 'swiss francs': 'CHF', 'schweizer franken': 'CHF',
  'c$': 'CAD', cad: 'CAD', 'a$': 'AUD', aud: 'AUD', krw: 'KRW', won: 'KRW', inr: 'INR', rupees: 'INR',
  twd: 'TWD', 'nt$': 'TWD', sek: 'SEK', dkk: 'DKK', nok: 'NOK',
};

/** Forms written before the number ("$", "US$", "RMB", "EUR"); longer alternatives first. */
export const prefixCurrencyPattern = String.raw`(?:US-\$|US\$|HK\$|NT\$|C\$|A\$|\$|€|£|¥|USD|EUR|HKD|CNY|RMB|Rmb|GBP|JPY|CHF)`;

/** Forms written after the number ("US-Dollar", "yuan", "Euro", "EUR"); longer alternatives first. */
export const suffixCurrencyPattern = String.raw`(?:HK\$|US\$|US-Dollars?|US[ -]Dollars?|U\.S\. dollars|Hongkong-Dollar|Hong Kong dollars|HK-Dollar|Chinese yuan|Dollars?|dollars?|Euros?|euros?|yuan|Yuan|renminbi|RMB|Rmb|CNY|USD|EUR|HKD|GBP|JPY|CHF|KRW|TWD|SEK|DKK|NOK|britische Pfund|Pfund|pounds|pence|Schweizer Franken|Franken|yen|Yen|won|€|\$)`;

/**
 * Maps a written currency to its ISO 4217 code, or null when it is not a currency.
 *
 * @example parseCurrency('US-Dollar') // 'USD'
 * @example parseCurrency('HK$') // 'HKD'
 * @example parseCurrency('Rmb') // 'CNY'
 */
export function parseCurrency(text: string): string | null {
  return currencies[text.trim().toLowerCase()] ?? null;
}
