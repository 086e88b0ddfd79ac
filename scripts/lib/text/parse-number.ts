/**
 * Locale-aware number parsing: digits with English or German separators, scale words and
 * abbreviations in both languages, and small number words ("eleven", "elf").
 *
 * @see shared/spec/frontmatter.md — values are plain numbers at full scale.
 */

/** Article language. */
export type NumberLanguage = 'en' | 'de';

/**
 * Scale words and abbreviations, lower-cased. German "Billion" is 10^12, English "billion" 10^9,
 * so the table is per language.
 */
export const scales: Record<NumberLanguage, Record<string, number>> = {
  en: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mio: 1e6,
    billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12,
  },
  de: {
    tsd: 1e3, tausend: 1e3, mio: 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9,
    milliarden: 1e9, bio: 1e12, billion: 1e12, billionen: 1e12, bn: 1e9, m: 1e6,
  },
};

/** Number words that may stand in for digits before a unit or scale. */
export const numberWords: Record<NumberLanguage, Record<string, number>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
  de: {
    ein: 1, eine: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, fünfzehn: 15, zwanzig: 20,
    dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
  },
};

/**
 * Parses bare digits with separators. A separator followed by exactly three digits (and more
 * groups or the end) is a thousands separator; otherwise the language decides which is decimal.
 *
 * @example parseDigits('1.234,56', 'de') // 1234.56
 * @example parseDigits('1,234.56', 'en') // 1234.56
 * @example parseDigits('161.60', 'de') // 161.6 (a dot before two digits cannot group thousands)
 * @example parseDigits("12'544,1", 'de') // 12544.1
 * @example parseDigits('39.900', 'de', true) // 39.9 (on a page that groups with apostrophes)
 */
export function parseDigits(digits: string, lang: NumberLanguage, swiss = false): number | null {
  const groupSep = lang === 'de' ? '.' : ',';
  const decimalSep = lang === 'de' ? ',' : '.';
  // Swiss numbers group thousands with an apostrophe ("12'544,1"); that leaves the decimal
  // separator, and on a Swiss page a lone dot is one too ("39.900" is 39.9).
  if (/['’]/.test(digits) || (swiss && !digits.includes(','))) {
    const value = Number(digits.replace(/['’]/g, '').replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  let text = digits;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: whichever comes last is the decimal separator, whatever the language.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    text = text.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = text.split(sep);
    const grouped = parts.length > 1 && parts.slice(1).every((part) => part.length === 3) && parts[0]!.length <= 3;
    const isGroup = grouped && (sep === groupSep || parts.length > 2);
    text = isGroup ? parts.join('') : sep === decimalSep || parts.length === 2 ? parts.join('.') : parts.join('');
  }
  const value = Number(text);
  return Number.isFinite(value) && text !== '' ? value : null;
}

/**
 * Parses a number with an optional scale word, or a number word with an optional scale.
 *
 * @example parseNumber('2,28 Millionen', 'de') // 2280000
 * @example parseNumber('48.95 billion', 'en') // 48950000000
 * @example parseNumber('drei Milliarden', 'de') // 3000000000
 * @example parseNumber('eleven', 'en') // 11
 * @example parseNumber('1,2 Billionen', 'de') // 1200000000000
 */
export function parseNumber(text: string, lang: NumberLanguage): number | null {
  const match = /^\s*([+\-−]?)\s*(\d[\d.,]*|\p{L}+)\s*-?\s*(\p{L}+)?\.?\s*$/u.exec(text);
  if (!match) return null;
  const [, sign, head = '', scaleWord] = match;
  const base = /^\d/.test(head) ? parseDigits(head, lang) : (numberWords[lang][head.toLowerCase()] ?? null);
  if (base === null) return null;
  const scale = scaleWord ? scales[lang][scaleWord.toLowerCase()] : 1;
  if (scale === undefined) return null;
  const value = roundScaled(base * scale);
  return sign === '-' || sign === '−' ? -value : value;
}

/**
 * Fractions and multiples written as words, as the percentage they stand for: "ein Fünftel" is
 * 20 %, "die Hälfte" 50 %, "vervierfacht" a rise of 300 %. Keys lower-cased.
 */
export const fractionWords: Record<NumberLanguage, Record<string, number>> = {
  en: { 'a third': 33.33, 'one third': 33.33, 'one-third': 33.33, 'two thirds': 66.67, 'two-thirds': 66.67, 'a fifth': 20, 'one fifth': 20, 'a tenth': 10, 'three quarters': 75, half: 50 },
  de: {
    'ein drittel': 33.33, 'einem drittel': 33.33, 'einen drittel': 33.33, 'zwei drittel': 66.67, 'ein viertel': 25, 'einem viertel': 25, 'drei viertel': 75,
    'ein fünftel': 20, 'einem fünftel': 20, 'ein zehntel': 10, 'einem zehntel': 10, 'die hälfte': 50, 'der hälfte': 50, 'zur hälfte': 50,
  },
};

/** Verbs that multiply a value, as the change in percent they stand for ("doubled" is +100 %). */
export const multiplyingWords: Readonly<Record<string, number>> = {
  doubled: 100, tripled: 200, trebled: 200, quadrupled: 300, verdoppelt: 100, verdreifacht: 200, vervierfacht: 300, verfünffacht: 400, verzehnfacht: 900,
};

/** Removes float noise from scaling (48.95 × 10^9 is 48950000000.000004 otherwise). */
export function roundScaled(value: number): number {
  return Number(value.toPrecision(12));
}
