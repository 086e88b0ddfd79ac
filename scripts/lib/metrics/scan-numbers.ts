/**
 * Finds numbers with their unit in one sentence: currency before or after, scale word,
 * percent, multiple or count. Ranges, previous values and conversions are joined later
 * (`find-figures.ts`).
 */
import { fractionWords, multiplyingWords, numberWords, parseDigits, roundScaled, scales } from '../text/parse-number.ts';
import { parseCurrency, prefixCurrencyPattern, suffixCurrencyPattern } from '../text/parse-currency.ts';
import type { ScannedNumber } from './types.ts';

const scaleWords = {
  en: String.raw`thousand|trillions?|billions?|millions?|mln|mn|bn|tn|trn`,
  de: String.raw`Tausend|Tsd\.?|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Billionen|Billion|Bio\.?`,
};
// Single-letter scales only glued to the digits ("300M", "$6.7bn", "€5m").
const gluedScales = String.raw`bn|mn|tn|[kKmMbB]`;
const percentWords = String.raw`%|Prozentpunkte?|percentage points?|Prozent|per ?cent|pct\.?|pc(?![\p{L}])`;
// Minor units: "137.4p" and "7.5 pence" are pounds / 100, "33 cents" dollars / 100, "50 Cent" euros / 100.
const minorUnits = { en: String.raw`pence|(?<=\d)p(?![\p{L}\d])|cents?`, de: String.raw`Pence|Cents?` };
const countNouns = String.raw`(?:[\p{Lu}][\p{L}-]*\s)?(?:users?|customers?|members?|subscribers?|subscriptions?|downloads?|accounts?|vehicles?|cars?|deliveries|units|employees|workers|stores|shoppers|buyers|merchants|sellers|players|viewers|listeners|devices|aircraft|planes|jets|consoles|smartphones|handsets|Flugzeuge|Maschinen|Konsolen|Smartphones|Nutzer\w*|Kunden|Mitglieder\w*|Abonnent\w*|Abos?|Downloads?|Fahrzeuge|Autos|Auslieferungen|Einheiten|Mitarbeite\w*|Beschäftigte\w*|Filialen|Geräte|Konten|Käufer\w*|Händler\w*|times|Mal)`;
const multipleLookback = /(?:P\/E|PEG|P\/S|P\/B|P\/CF|KGV|KUV|KBV|KCV|KCFV|EV\/EBITDA|EV\/EBIT|EV\/Sales|EV\/Revenue|price[- ]to[- ](?:earnings|sales|book|cash flow)|Price\/(?:sales|book|earnings)|Kurs-Gewinn-Verhältnis|Kurs-Umsatz-Verhältnis|Kurs-Buchwert-Verhältnis|earnings multiple|multiple)\b[^\d;]{0,25}(?:\d{4}e?\b[^\d;]{0,20})?$/i;
// "180 times forward earnings" is a multiple; "300 million times" a count.
const timesMultiple = /^\s(?:(?:forward|trailing|expected|estimated|next year's|this year's|its|the|adjusted|non-GAAP|\d+-month|(?:19|20)\d\de?|(?:19|20)\d\d's)\s)*(?:earnings|sales|revenue|EBITDA|EBIT|book|profits?|cash flow|Gewinn\w*|Umsatz\w*)/i;

function wordAlternation(lang: 'en' | 'de'): string {
  return Object.keys(numberWords[lang]).sort((a, b) => b.length - a.length).join('|');
}

function buildPattern(lang: 'en' | 'de', words: boolean): RegExp {
  const number = String.raw`(?<digits>\d[\d.,'’]*\d|\d)|(?<word>\b(?:${wordAlternation(lang)})\b)`;
  const scale = String.raw`(?:\s?-?(?<scale>${scaleWords.en}|${scaleWords.de})\b\.?|(?<glued>${gluedScales})(?![\p{L}\d]))`;
  const suffix = String.raw`(?:\s?(?<percent>${percentWords})|(?<times>x|-?fache?)(?![\p{L}\d])|\s?(?<minor>${minorUnits[lang]})(?![\p{L}\d])|\s?(?<suffix>${suffixCurrencyPattern})(?![\p{L}\d])|\s(?<count>${countNouns})\b)`;
  const prefix = String.raw`(?:(?<prefix>${prefixCurrencyPattern})\s?)`;
  const sign = String.raw`(?<sign>[+\-−–](?=\d)|\+\s(?=\d)|\b(?:minus|plus)\s)`;
  // "$(100) million": a bracketed amount is negative (accounting style).
  const bracketed = String.raw`(?<prefixBracket>${prefixCurrencyPattern})\((?<bracketDigits>\d[\d.,]*)\)${scale}?`;
  const fraction = String.raw`(?<fraction>${fractionAlternation(lang)})|(?<multiple>${Object.keys(multiplyingWords).join('|')})`;
  return new RegExp(String.raw`(?<![\p{L}\d.,$€£¥'’])(?:${bracketed}|${words ? `${fraction}|` : ''}${sign}?${prefix}?(?<innerSign>[-−](?=\d))?(?:${number})${scale}?${suffix}?)`, 'giu');
}

// English "half" only where it is a share of something moving, not "the first half".
function fractionAlternation(lang: 'en' | 'de'): string {
  const words = Object.keys(fractionWords[lang]).filter((word) => word !== 'half').sort((a, b) => b.length - a.length);
  return [...words, ...(lang === 'en' ? [String.raw`(?<=(?:by|nearly|almost|about|roughly|than|lost|gained) )half(?![\p{L}-])`] : [])].join('|');
}

// Most sentences hold no fraction or multiplying word; they are scanned without those alternatives.
const patterns = { en: buildPattern('en', false), de: buildPattern('de', false) };
const wordPatterns = { en: buildPattern('en', true), de: buildPattern('de', true) };
const hasWords = /Drittel|Viertel|Fünftel|Zehntel|Hälfte|third|fifth|tenth|quarters|half|doubled|tripled|trebled|quadrupled|verdoppelt|verdreifacht|vervierfacht|verfünffacht|verzehnfacht/i;

/**
 * Scans a sentence for numbers and reads their units. Bare numbers (years, counts of quarters)
 * come back with `unit: null`.
 *
 * @example scanNumbers('Umsatz von 3,5 Mrd. Euro', 'de')[0] // { value: 3500000000, unit: 'EUR', … }
 * @example scanNumbers('RMB3.74 billion', 'en')[0] // { value: 3740000000, unit: 'CNY', … }
 * @example scanNumbers('a 235-billion-parameter model', 'en')[0].unit // null (a compound adjective)
 */
export function scanNumbers(text: string, lang: 'en' | 'de', swiss = false): ScannedNumber[] {
  const pattern = hasWords.test(text) ? wordPatterns[lang] : patterns[lang];
  pattern.lastIndex = 0;
  const figures: ScannedNumber[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const figure = toFigure(match, text, lang, swiss);
    if (figure) figures.push(figure);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return figures;
}

function toFigure(match: RegExpExecArray, text: string, lang: 'en' | 'de', swiss: boolean): ScannedNumber | null {
  const groups = match.groups ?? {};
  const end = match.index + match[0].length;
  if (groups['fraction']) return { start: match.index, end, value: fractionWords[lang][groups['fraction'].toLowerCase()] ?? fractionWords.en.half!, unit: '%', scaled: false, signed: false };
  if (groups['multiple']) return { start: match.index, end, value: multiplyingWords[groups['multiple'].toLowerCase()]!, unit: '%', scaled: false, signed: true };
  if (groups['bracketDigits']) {
    const digits = parseDigits(groups['bracketDigits'], lang, swiss);
    const scaleWord = (groups['scale'] ?? groups['glued'] ?? '').replace(/\.$/, '').toLowerCase();
    const scale = scaleWord ? (scales[lang][scaleWord] ?? scales.en[scaleWord] ?? 1) : 1;
    return digits === null ? null : { start: match.index, end, value: -roundScaled(digits * scale), unit: parseCurrency(groups['prefixBracket']!), scaled: scaleWord !== '', signed: true };
  }
  const base = groups['digits'] ? parseDigits(groups['digits'], lang, swiss) : numberWords[lang][groups['word']?.toLowerCase() ?? ''];
  if (base === undefined || base === null) return null;
  const scaleWord = (groups['scale'] ?? groups['glued'] ?? '').replace(/\.$/, '').toLowerCase();
  const scale = (scaleWord ? (scales[lang][scaleWord] ?? scales.en[scaleWord] ?? scales.de[scaleWord] ?? 1) : 1) / (groups['minor'] ? 100 : 1);
  // "235-billion-parameter": a compound adjective, not an amount.
  const compound = /^-\p{L}/u.test(text.slice(end)) || (Boolean(groups['digits']) && /^[\p{L}]/u.test(text.slice(end)));
  const countWord = groups['count'] ?? '';
  const isMultiple = /^(?:times|mal)$/i.test(countWord) && !scaleWord && timesMultiple.test(text.slice(end));
  const yearLike = !scaleWord && !groups['percent'] && /^(?:19|20)\d\d$/.test(groups['digits'] ?? '');
  const unit = compound ? null : isMultiple ? 'x' : yearLike && !groups['prefix'] && !groups['suffix'] ? null : readUnit(groups, scaleWord !== '', text.slice(0, match.index));
  // "one of the", "ein Grund"; and a count in words is no figure ("our three hyperscale customers").
  if (groups['word'] && !scaleWord && (!unit || unit === 'count')) return null;
  // "RMB -0.20": the sign may stand between the currency and the digits.
  const sign = groups['sign']?.trim() ?? groups['innerSign'] ?? '';
  const negative = sign === '-' || sign === '−' || sign === '–' || sign.toLowerCase() === 'minus';
  const value = roundScaled(base * scale) * (negative ? -1 : 1);
  const countEnd = groups['count'] ? end - groups['count'].length - 1 : end;
  return { start: match.index, end: unit === 'count' ? countEnd : end, value, unit, scaled: scaleWord !== '', signed: sign !== '' };
}

function readUnit(groups: Record<string, string | undefined>, scaled: boolean, before: string): string | null {
  if (groups['minor']) return /^p/i.test(groups['minor']) ? 'GBP' : groups['minor'].startsWith('C') ? 'EUR' : 'USD';
  if (groups['prefix']) return parseCurrency(groups['prefix']);
  if (groups['suffix']) return parseCurrency(groups['suffix']);
  if (groups['percent']) return /punkt|point/i.test(groups['percent']) ? 'pp' : '%';
  if (groups['times']) return 'x';
  if (multipleLookback.test(before)) return 'x';
  if (groups['count'] && !/^(?:times|mal)$/i.test(groups['count'])) return 'count';
  if (groups['count'] && scaled) return 'count';
  return scaled ? 'count' : null;
}
