/**
 * A calendar day found in text; `year` is null where the text prints none ("vom 12. Dezember").
 * `shortYear` marks a two-digit year ("16.10.24"), read as 20yy (19yy from 70 on): a form the
 * date-line grammar accepts only where a line's shape says it is a date.
 */
export type FoundDate = { year: number | null; month: number; day: number; time?: string; index: number; end: number; shortYear?: true };

const monthNames: Record<string, number> = {
  jan: 1, january: 1, januar: 1, jänner: 1, feb: 2, february: 2, februar: 2, mar: 3, march: 3, märz: 3, maerz: 3, mrz: 3,
  apr: 4, april: 4, may: 5, mai: 5, jun: 6, june: 6, juni: 6, jul: 7, july: 7, juli: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12, dez: 12, dezember: 12,
};

const month = '(jan(?:uary|uar)?|jänner|feb(?:ruary|ruar)?|m(?:ar(?:ch)?|ärz|aerz|rz)|apr(?:il)?|ma[iy]|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)';
const time = '(?:\\s*(?:[-–|,]|um|at)?\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*([ap])\\.?m\\b\\.?|\\s*uhr)?)?';

// Order matters: numeric and fully written dates first, then day-month forms without a year.
// `parts` gives year, month, day and clock, or null where the match is no unambiguous day.
const patterns: { re: RegExp; parts: (m: RegExpExecArray) => [number | null, number, number, string | undefined] | null; shortYear?: true }[] = [
  // ISO, with a "T", a space or a wire footer's "/" before the clock ("2017-11-07/11:15")
  { re: new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T /](\\d{2}:\\d{2}(?::\\d{2})?))?`, 'giu'), parts: (m) => [+m[1]!, +m[2]!, +m[3]!, m[4]] },
  // Year first with dots or slashes, as East Asian sites print it ("2025.02.13")
  { re: /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b(?![./]\d)/giu, parts: (m) => [+m[1]!, +m[2]!, +m[3]!, undefined] },
  { re: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${time}`, 'giu'), parts: (m) => [+m[3]!, +m[2]!, +m[1]!, to24(m[4], m[5])] },
  // Slashes: month first in US text. Read only where no other reading is possible (a part above
  // 12, or both parts equal) or where a US clock or zone on the line says so: "05/07/2023" alone
  // could be either day.
  { re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b${time}`, 'giu'), parts: (m) => readSlashes(m) },
  { re: new RegExp(`\\b${month}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${time}`, 'giu'), parts: (m) => [+m[3]!, toMonth(m[1]!), +m[2]!, to24(m[4], m[5])] },
  { re: new RegExp(`\\b(\\d{1,2})\\.?\\s+${month}\\.?,?\\s+(\\d{4})${time}`, 'giu'), parts: (m) => [+m[3]!, toMonth(m[2]!), +m[1]!, to24(m[4], m[5])] },
  // Two-digit years: "16.10.24 17:47 Uhr", "(8.2.24)"; never followed by more digits or a dot and digit
  { re: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d]|\\.\\d)${time}`, 'giu'), parts: (m) => [toFullYear(+m[3]!), +m[2]!, +m[1]!, to24(m[4], m[5])], shortYear: true },
  { re: new RegExp(`\\b(\\d{1,2})\\.\\s*${month}\\b\\.?`, 'giu'), parts: (m) => [null, toMonth(m[2]!), +m[1]!, undefined] },
  { re: new RegExp(`\\b${month}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)`, 'giu'), parts: (m) => [null, toMonth(m[1]!), +m[2]!, undefined] },
];

/**
 * Finds calendar days in a line of English or German text, most specific form first; spans never overlap.
 *
 * @example findDates('12.12.2025 - 04:09:05') // [{ year: 2025, month: 12, day: 12, time: '04:09:05', … }]
 * @example findDates('Analyse vom 12. Dezember') // [{ year: null, month: 12, day: 12, … }]
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form holds a digit; most lines of an article hold none, and trying the month names at
  // each word of them was the largest cost of this module.
  if (!/\d/.test(text)) return found;
  // Characters already inside a found date: checking a match costs its own length, not the
  // number of dates found so far (a line of 100,000 dates stays linear).
  const taken = new Uint8Array(text.length);
  for (const { re, parts, shortYear } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (taken.subarray(m.index, end).includes(1)) continue;
      const read = parts(m);
      if (read === null) continue;
      const [year, mon, day, clock] = read;
      if (!isValidDay(year ?? 2024, mon, day)) continue;
      taken.fill(1, m.index, end);
      found.push({ year, month: mon, day, index: m.index, end, ...(clock ? { time: toClock(clock) } : {}), ...(shortYear ? { shortYear } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** True when the whole line is a date (with optional time, weekday and zone), e.g. a dateline. */
export function isDateOnly(line: string): boolean {
  const dates = findDates(line);
  if (dates.length !== 1 || dates[0]!.year === null) return false;
  return isDateResidue(line.slice(0, dates[0]!.index) + line.slice(dates[0]!.end));
}

/**
 * True when what is left of a line once its date is cut out says nothing more: a weekday, a
 * time zone, "Uhr", separators.
 *
 * @example isDateResidue('Tue , ET') // true
 */
export function isDateResidue(rest: string): boolean {
  return /^[\s,.\-–|:]*(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\.?,?)?[\s,.\-–|:]*(?:(?:[A-Z]{2,4}|uhr|MEZ|MESZ|ET|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?[\s.]*$/iu.test(rest);
}

/** Formats a day as YYYY-MM-DD. */
export function toIsoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The month number of an English or German month name or abbreviation; 0 when unknown.
 *
 * @example toMonth('Dez.') // 12
 */
export function toMonth(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return monthNames[key] ?? monthNames[key.slice(0, 3)] ?? 0;
}

// "06/06/2022", "11/28/2024 4:05 pm ET", "28/11/2024"; null when the day is ambiguous.
function readSlashes(m: RegExpExecArray): [number, number, number, string | undefined] | null {
  const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
  const clock = to24(m[4], m[5]);
  const usCue = m[5] !== undefined || /^\s*(?:[AP]M|E[SD]?T|[CMP][SD]T|ET|PT|CT)\b/i.test(m.input.slice(m.index + m[0].length));
  if (a > 12 && b <= 12) return [year, b, a, clock];
  if (b > 12 || a === b || usCue) return [year, a, b, clock];
  return null;
}

// Two-digit years: 00–69 are this century, 70–99 the last (a fixed rule: never today's date).
const toFullYear = (year: number) => (year < 70 ? 2000 + year : 1900 + year);

function to24(clock: string | undefined, meridiem: string | undefined): string | undefined {
  if (!clock || !meridiem) return clock;
  const [h, rest] = [Number(clock.split(':')[0]), clock.slice(clock.indexOf(':'))];
  const hour = meridiem.toLowerCase() === 'p' ? (h % 12) + 12 : h % 12;
  return `${hour}${rest}`;
}

function toClock(clock: string): string {
  const [h, m, s] = clock.split(':');
  return [h!.padStart(2, '0'), m, ...(s ? [s] : [])].join(':');
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
