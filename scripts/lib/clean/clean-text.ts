import { bylineLine, chromeLines, commentsHeading, identifierLine, newsletterLines, promoDateCue, promoLines, promoSentences, taglineLines } from './boilerplate.ts';
import { repairGluedText } from './repair-glued-text.ts';
import { parseDateLine } from '../extract/parse-date-line.ts';
import { findDates, isDateOnly, type FoundDate } from '../text/find-dates.ts';

/** What the clean stage learned from the lines it dropped. */
export type CleanEvidence = {
  /** Dates printed in promo lines ("Analyse vom 12. Dezember"), year usually absent. */
  promoDates: FoundDate[];
  /** Date-only lines after the body that appear once (the article's own footer). */
  footerDates: FoundDate[];
  /** Date-only lines repeated in the page chrome: not the article's date. */
  repeatedDates: string[];
  /** The publishing site, where a header names it ("AInvest Newsletter"). */
  publisher: string | null;
};

/** The cleaned article: header lines (datelines, bylines, ticker lines), body lines, evidence. */
export type CleanText = { header: string[]; body: string[]; evidence: CleanEvidence; removed: number };

// A dateline glued to the next words: "12.12.2025 - 04:09:05Alibaba US01609W1027".
const gluedDateline = /^(\d{1,2}\.\d{1,2}\.\d{4}(?:\s*[-–|,]\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?=\p{L})(.+)$/u;
// A list item as the read stage writes it and the structure stage reads it (`- `, `1. `).
const listItem = /^(?:[-–•*·▪►]\s+|\d{1,2}[.)]\s+)/u;
// A table's column header of periods ("2024e 2025e 2026e", "Q3 2022 | Q3 2021"): two tables of one
// screener print it twice, and it is no page chrome.
const periodColumns = /^\|?\s*(?:(?:Q[1-4]|H[12]|FY|GJ)?\s?(?:19|20)\d{2}(?:\/\d{2})?e?\*?\s*\|?\s*){2,}$/u;

/**
 * Drops web boilerplate (ads, promos, newsletter headers, comment widgets, repeated footer dates,
 * taglines) and separates header lines from the body, keeping the dates and publisher they carry.
 *
 * @example cleanText('Title\n12.12.2025 - 04:09Alibaba US01609W1027\nBody.').header // ['12.12.2025 - 04:09', 'Alibaba US01609W1027']
 */
export function cleanText(text: string): CleanText {
  const lines = splitLines(text);
  const counts = countLines(lines);
  const evidence: CleanEvidence = { promoDates: [], footerDates: [], repeatedDates: [], publisher: null };
  const kept: string[] = [];
  let removed = 0;
  for (const line of lines) {
    if (commentsHeading.test(line)) {
      removed += 1;
      break;
    }
    const drop = classify(line, counts.get(line) ?? 0, evidence);
    if (drop) removed += 1;
    else kept.push(line);
  }
  const { header, body } = splitHeader(kept);
  const footer = takeFooterDates(body);
  evidence.footerDates = footer.dates;
  return { header, body: footer.body, evidence, removed: removed + footer.removed };
}

function splitLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/gu, ' ').trim())
    .flatMap((line) => {
      const glued = gluedDateline.exec(line);
      return glued ? [glued[1]!.trim(), glued[2]!.trim()] : [line];
    })
    .filter((line) => line !== '');
  return repairGluedText(lines)
    .map(stripPromoSentences)
    .filter((line) => line !== '');
}

// The line without its ad sentences ("Diese KI-Aktie (WKN: A3CVQC) könnte explodieren! Die Papiere …").
// One pattern for all of them: a line is scanned once, not once per pattern.
const promoSentence = new RegExp(promoSentences.map((re) => `(?:${re.source})`).join('|'), 'iu');
function stripPromoSentences(line: string): string {
  if (!promoSentence.test(line)) return line;
  return line
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}„"“\d])/u)
    .filter((sentence) => !promoSentence.test(sentence))
    .join(' ');
}

function countLines(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

// Returns true when the line is boilerplate; records what it tells about date and publisher.
function classify(line: string, count: number, evidence: CleanEvidence): boolean {
  // The count first: most lines appear once, and reading a line's dates costs far more.
  if (count > 1 && isDateOnly(line)) {
    if (!evidence.repeatedDates.includes(line)) evidence.repeatedDates.push(line);
    return true;
  }
  if (promoLines.some((re) => re.test(line))) {
    if (promoDateCue.test(line)) evidence.promoDates.push(...findDates(line).slice(0, 1));
    return true;
  }
  const newsletter = newsletterLines.map((re) => re.exec(line)).find(Boolean);
  if (newsletter) {
    evidence.publisher ??= newsletter[1] ?? null;
    return true;
  }
  // Repeated short lines are page chrome, except list items: a recipe's two lists may both
  // hold "1 Prise Salz", a table of figures the same label twice.
  if (count > 1 && line.length < 120 && !listItem.test(line) && !periodColumns.test(line)) return true;
  return chromeLines.some((re) => re.test(line)) || taglineLines.some((re) => re.test(line));
}

// Header = datelines, bylines and identifier lines that stand before the body (after a headline).
function splitHeader(lines: string[]): { header: string[]; body: string[] } {
  const header: string[] = [];
  const body: string[] = [];
  lines.forEach((line, index) => {
    const nearTop = index < 6 && body.length <= 1;
    if (nearTop && (isDateOnly(line) || identifierLine.test(line) || (bylineLine.test(line) && line.length < 120))) header.push(line);
    else body.push(line);
  });
  return { header, body };
}

// The article's own footer: date lines among its last short lines, a closing time stamp ("November
// 21, 2024 23:17 ET"), a wire footer ("AFA0045 2017-11-07/11:15"), a "Stand:" line. The search
// stops at the first line of prose: a date in the text above is an event's, not the article's.
const footerLines = 8;
const maxFooterWords = 12;
function takeFooterDates(body: string[]): { body: string[]; dates: FoundDate[]; removed: number } {
  const dates: FoundDate[] = [];
  const taken = new Set<number>();
  for (let index = body.length - 1; index >= Math.max(0, body.length - footerLines); index -= 1) {
    const line = body[index]!;
    if (line.split(' ').length > maxFooterWords) break;
    const read = parseDateLine(line);
    if (read) {
      dates.unshift(read.date);
      taken.add(index);
    }
  }
  return { body: body.filter((_, index) => !taken.has(index)), dates, removed: taken.size };
}
