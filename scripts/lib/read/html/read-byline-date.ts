import { findDates, toIsoDay, type FoundDate } from '../../text/find-dates.ts';

/** The day a byline line prints, and whether the line calls it the last update rather than the publication. */
export type BylineDate = { stamp: string; updated: boolean };

// Words before a date that say it is the last change, not the publication ("Updated Mar 12",
// "Zuletzt geändert am:"), and words that say it is the publication. A German "Stand:" is
// neither: news sites print it as the article's only date.
const updateCue = /\b(?:updated?|last\s+(?:modified|edited|changed)|modified|edited|aktualisiert|geändert|bearbeitet|zuletzt)\b/i;
const publishCue = /\b(?:published|publication|posted|originally|created|veröffentlicht|erschienen|erstellt|publiziert|datum)\b/i;
// "31.10.23", "23.09.22 14:05": a byline's day with a two-digit year (two-digit day and month,
// so a version number such as "4.7.19" never reads as a day).
const shortYear = /\b(\d{2})\.(\d{2})\.(\d{2})(?![.\d])(?:,?\s*(?:um\s*)?(\d{2}:\d{2})(?:\s*uhr)?)?/giu;

/**
 * Reads the publication day of a byline line ("Von Jane Doe, 12. Dezember 2025, 14:05 Uhr";
 * "Last updated 04 Jun 2020, originally created 17 Jun 2019"), with the label that stands in
 * the block before it where one does ("Erschienen am:"). Of several days the first the line
 * calls the publication wins, else the first it does not call an update; a line that only
 * prints an update gives that day with `updated: true`. Years before 1990 are no byline's.
 *
 * @example readBylineDate('Updated 3 May 2021, first published 1 May 2021') // { stamp: '2021-05-01', updated: false }
 */
export function readBylineDate(line: string, label = ''): BylineDate | null {
  const text = label === '' ? line : `${label} ${line}`;
  const dates = [...findDates(text), ...findShortYearDates(text)]
    .filter((date) => date.year !== null && date.year >= 1990)
    .sort((a, b) => a.index - b.index);
  if (dates.length === 0) return null;
  // The words that lead up to each date: since the previous date, or the line's start.
  const cues = dates.map((date, i) => text.slice(i === 0 ? 0 : dates[i - 1]!.end, date.index));
  const published = dates.findIndex((_, i) => publishCue.test(cues[i]!) && !updateCue.test(cues[i]!.replace(publishCue, '')));
  const plain = dates.findIndex((_, i) => !updateCue.test(cues[i]!));
  const index = published !== -1 ? published : plain;
  const chosen = dates[index === -1 ? 0 : index]!;
  return { stamp: toStamp(chosen), updated: index === -1 };
}

function findShortYearDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!/\d{2}\.\d{2}\.\d{2}/.test(text)) return found;
  shortYear.lastIndex = 0;
  for (let m = shortYear.exec(text); m; m = shortYear.exec(text)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), toFullYear(Number(m[3]))];
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    found.push({ year, month, day, index: m.index, end: m.index + m[0].length, ...(m[4] ? { time: m[4] } : {}) });
  }
  return found;
}

function toStamp(date: FoundDate): string {
  return toIsoDay(date.year!, date.month, date.day) + (date.time ? `T${date.time.length === 5 ? `${date.time}:00` : date.time}` : '');
}

// "19" is 2019, "98" 1998.
function toFullYear(year: number): number {
  return year < 70 ? 2000 + year : 1900 + year;
}
