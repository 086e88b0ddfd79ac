/**
 * Structured lines read as records before any kind is given: screener rows ("P/E (ttm) | 28.4",
 * "KGV 2025e: 13,4"), rows under a header of periods ("Q3 2022 Q3 2021", "Aktuell Letztes GJ"),
 * and what a block header says once for all its rows ("Currency in USD", "Absolut in Mio.").
 *
 * A record is a label and its values. The frame tells the sentence extractor where the values
 * start (numbers in the label, such as footnote marks, are not values), the unit of a bare value,
 * the scale, and what a second column is: the previous value of the first (current / last year)
 * or a figure of another period.
 */
import { parseCurrency } from '../text/parse-currency.ts';

/** How one line reads as a record. */
export type RecordFrame = {
  /** Offset in the line where the values start; figures before it belong to the label. */
  valuesFrom: number;
  /** The label, as printed. */
  label: string;
  /** Unit of a value printed without one: a currency from the header, or "x" for a multiple's row. */
  unit: string | null;
  /** Scale of a value printed without one (from the label's "(in billions)" or the header). */
  scale: number;
  /** The columns' periods; with `pairs`, the second column is the previous of the first. */
  periods: string[] | null;
  pairs: boolean;
  /** Under a header of named columns ("Firm | Rating | Price target | Previous target"): where each cell starts, and which cells hold the previous value of the cell before. */
  cells?: { starts: number[]; previous: number[] };
};

const currencyWords = String.raw`USD|EUR|CHF|GBP|JPY|HKD|CNY|Euro|US-Dollar|Dollar|Franken`;
const scaleWords = String.raw`Mio\.?|Mrd\.?|Millionen|Milliarden|Tsd\.?|millions?|billions?|thousands?`;
const headerCurrency = new RegExp(String.raw`\b(?:[Cc]urrency in|[Aa]ll (?:numbers|figures|amounts) in|[Aa]ngaben in|[Ww]erte in|[Zz]ahlen in|[Ii]n|Währung:?)\s+(?:(?:${scaleWords})\s+)?(?<currency>${currencyWords})\b`);
const headerScale = new RegExp(String.raw`\b(?:[Aa]bsolut in|[Aa]ngaben in|[Ww]erte in|[Zz]ahlen in|[Aa]ll (?:numbers|figures|amounts) in|\(?in)\s+(?<scale>${scaleWords})(?![\p{L}])`, 'u');
const labelBracket = new RegExp(String.raw`\((?:in\s+)?(?<scale>${scaleWords})(?:\s+(?<currency>${currencyWords}))?\)`, 'u');
const scaleOf: Record<string, number> = { mio: 1e6, millionen: 1e6, million: 1e6, millions: 1e6, mrd: 1e9, milliarden: 1e9, billion: 1e9, billions: 1e9, tsd: 1e3, thousand: 1e3, thousands: 1e3 };

// A multiple's row: its bare values are "x".
const multipleLabel = /\b(?:P\/E|PE ratio|PEG|P\/S|P\/B|P\/CF|Price\/(?:sales|book|earnings|cash flow)|EV\/(?:EBITDA|EBIT|Sales|Revenue|Umsatz)|Enterprise value\/(?:revenue|EBITDA|sales)|KGV|KUV|KBV|KCV|KCFV|Kurs-Gewinn-Verhältnis|Kurs-Umsatz-Verhältnis|Kurs-Buchwert-Verhältnis)\b/i;
// Rows whose values are no amounts of money even under a currency header.
const notMoneyLabel = /%|\b(?:ratio|Quote|yield|Rendite|margin|Marge|beta|vol|volume|Volumen|shares outstanding|float|Anzahl|number of|count|employees|Mitarbeiter|Aktien(?:anzahl)?|Stück)\b/i;
// Rows whose values are per share: a block's scale does not apply to them.
const perShareLabel = /\b(?:per share|je Aktie|pro Aktie|EPS|Dividende(?:nsatz)?|dividend (?:rate|per share)|Kurs|price|Preis|high|low|Hoch|Tief)\b/i;

// One period of a column header: "Q3 2022", "2021", "GJ 2023", "2024e", "Aktuell", "Letztes GJ".
// A footnote mark may follow ("Letztes GJ*").
const period = String.raw`(?:(?:(?:Q[1-4]|H[12]|[1-4]Q|FY|GJ)\s?(?:20)?\d{2}e?|(?:19|20)\d{2}(?:\/\d{2})?e?|Aktuell|Current|TTM|ttm|Letztes GJ|Vorjahr|Prior year|Last year|Year ago|This year)\*?)`;
const periodHeader = new RegExp(String.raw`^\s*(?:[\p{L}/ ]{0,20}\s)?(${period})(?:\s*\|?\s*(${period}))+\s*\|?\s*$`, 'u');
const periodToken = new RegExp(period, 'g');
const earlierWord = /^(?:Letztes GJ|Vorjahr|Prior year|Last year|Year ago)\*?$/i;

// A colon row: a short label, then nothing but figures, units, signs and brackets.
const colonRow = /^(?<label>[^:|]{2,60}?):\s*(?<values>.*\d.*)$/u;
const valueText = /^[\s\d.,'’%+\-−–()/€$£¥|]*(?:(?:[A-Za-zäöü.]{1,11})[\s\d.,'’%+\-−–()/€$£¥|]*){0,4}$/u;

/**
 * The record frame of every line (null for prose), in order; `lines` are the article's block
 * texts and list items as read.
 *
 * @example readRecords(['All numbers in USD', 'Market cap (intra-day) | 27.06B |'])[1] // { valuesFrom: 24, unit: 'USD', … }
 * @example readRecords(['Q3 2022 Q3 2021', 'Revenue (in billions) $4.9 $4.7'])[1] // { pairs: true, scale: 1e9, … }
 */
export function readRecords(lines: readonly string[]): Array<RecordFrame | null> {
  let currency: string | null = null;
  let scale = 1;
  let columns: { periods: string[]; pairs: boolean } | null = null;
  let named: number[] | null = null;
  return lines.map((line) => {
    const names = toNamedColumns(line);
    if (names) {
      named = names;
      return null;
    }
    const header = readHeader(line);
    if (header) {
      currency = header.currency ?? currency;
      scale = header.scale ?? scale;
      if (header.columns) columns = header.columns;
      return null;
    }
    const row = toRow(line, columns);
    if (!row) {
      // A short line without figures inside a table is a sub-heading ("Marktkapitalisierung"):
      // the columns go on below it; prose ends the table.
      if (!(line.length <= 40 && !/\d/.test(line) && !/[.!?]$/.test(line))) columns = null;
      named = null;
      return null;
    }
    const cells = named && line.includes('|') ? { starts: [0, ...[...line.matchAll(/\|/g)].map((pipe) => pipe.index + 1)], previous: named } : undefined;
    // "Börsenwert (Mio. CHF)", "Revenue (in billions)": the label's bracket states scale and unit.
    const bracket = labelBracket.exec(row.label)?.groups;
    const labelScale = headerScale.exec(row.label)?.groups?.['scale'] ?? bracket?.['scale'];
    const labelCurrency = bracket?.['currency'] ? parseCurrency(bracket['currency']) : null;
    return {
      valuesFrom: row.valuesFrom,
      label: row.label,
      unit: multipleLabel.test(row.label) ? 'x' : notMoneyLabel.test(row.label) ? null : (labelCurrency ?? currency),
      scale: labelScale ? scaleOf[labelScale.replace(/\.$/, '').toLowerCase()]! : perShareLabel.test(row.label) || multipleLabel.test(row.label) ? 1 : scale,
      periods: row.columns ? columns!.periods : null,
      pairs: row.columns ? columns!.pairs : false,
      ...(cells ? { cells } : {}),
    };
  });
}

// "Firm | Rating | Price target | Previous target": a pipe row of names only. Returns the cells
// that hold the previous value of the cell before ("Previous target", "alt", "bisher").
function toNamedColumns(line: string): number[] | null {
  const cells = line.split('|').map((cell) => cell.trim());
  if (cells.length < 3 || /\d/.test(line) || !cells.every((cell) => cell === '' || /^[\p{L}][\p{L} ./()-]{0,30}$/u.test(cell))) return null;
  return cells.flatMap((cell, index) => (index > 0 && /^(?:previous|prior|old|former|alt|bisher|vorher|zuvor)\b/i.test(cell) ? [index] : []));
}

// A short line that states a unit, a scale or the periods of the columns below, and no figure.
function readHeader(line: string): { currency?: string; scale?: number; columns?: { periods: string[]; pairs: boolean } } | null {
  if (line.length > 90) return null;
  const columns = periodHeader.test(line) ? toColumns(line) : null;
  if (columns) return { columns };
  if (/\d/.test(line.replace(/\b(?:19|20)\d\d\b/g, ''))) return null;
  const currency = headerCurrency.exec(line)?.groups?.['currency'];
  const scale = headerScale.exec(line)?.groups?.['scale'];
  if (!currency && !scale) return null;
  return { ...(currency ? { currency: parseCurrency(currency) ?? currency } : {}), ...(scale ? { scale: scaleOf[scale.replace(/\.$/, '').toLowerCase()]! } : {}) };
}

// The periods of a header; a later period first (2022 before 2021), or "Aktuell" before
// "Letztes GJ", makes the second column the previous of the first.
function toColumns(line: string): { periods: string[]; pairs: boolean } | null {
  const periods = line.match(periodToken) ?? [];
  if (periods.length < 2) return null;
  const years = periods.map((text) => Number(/(?:19|20)?(\d{2})(?!\d)/.exec(text.replace(/\/\d{2}/, ''))?.[1] ?? NaN));
  const descending = years.every((year, index) => index === 0 || year < years[index - 1]!) && !periods.some((text) => /e$/.test(text));
  const pairs = periods.length === 2 && (earlierWord.test(periods[1]!) || descending);
  return { periods, pairs };
}

// A row: a label and its values. Pipe rows and colon rows stand on their own; a row of bare
// values counts only under a column header.
// A date is no value ("Dividend date | 04 Sept 2024 |", "Stand: 24.05.2024").
const dateValue = /\b\d{1,2}\.? ?(?:Jan|Feb|Mar|Mär|Apr|May|Mai|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez)\w*\.? \d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

function toRow(line: string, columns: { periods: string[] } | null): { label: string; valuesFrom: number; columns: boolean } | null {
  if (dateValue.test(line)) return null;
  const pipe = line.indexOf('|');
  if (pipe > 0 && /\p{L}/u.test(line.slice(0, pipe)) && /\d/.test(line.slice(pipe))) return { label: line.slice(0, pipe).trim(), valuesFrom: pipe + 1, columns: false };
  const colon = colonRow.exec(line);
  if (colon && valueText.test(colon.groups!['values']!) && !/[.!?]\s/.test(colon.groups!['values']!)) {
    // Under a column header a colon row is a row of its columns ("KGV: 17.24 23.71" below "Aktuell Letztes GJ").
    return { label: colon.groups!['label']!.trim(), valuesFrom: line.indexOf(':') + 1, columns: columns !== null };
  }
  if (!columns) return null;
  // The first value; a footnote mark "(1)" after a word is part of the label.
  const first = /(?<![\p{L}(])[-+−$€£¥]?\d(?!\))/u.exec(line);
  if (!first || first.index === 0 || !valueText.test(line.slice(first.index))) return null;
  return { label: line.slice(0, first.index).trim(), valuesFrom: first.index, columns: true };
}
