import { isoDateTime } from '../../../../src/lib/iso-date.ts';
import { findDates, toIsoDay } from '../../text/find-dates.ts';
import type { PageMeta } from './read-page-meta.ts';
import { findTimeZone, toPageTime } from './to-page-time.ts';

/** Where a page may print its date outside `<meta>`: `datetime` values and visible lines, each most telling first. */
export type DateEvidence = {
  /** `datetime` of `<time>` elements marked as the publication (itemprop, pubdate) or in the article's header. */
  stamps: string[];
  /** Short lines that print a date: the byline under the headline first. */
  lines: string[];
  /** `datetime` of other `<time>` elements outside running text. */
  otherStamps: string[];
};

// Most specific first: the article's own published stamp before a generic page date.
const publishedKeys = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished', 'published_time', 'og:published_time',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'date', 'created',
];
const modifiedKeys = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
// What may follow an ISO date-time's time: fractions of a second, then its offset.
const isoZone = /^(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/i;
const urlDate = /\/((?:19|20)\d{2})\/([01]?\d)\/([0-3]?\d)(?:\/|$)|[/_-]((?:19|20)\d{2})-([01]\d)-([0-3]\d)(?:[/_.-]|$)/;

/**
 * The page's publication date in its own time zone: its `<meta>` publication stamps, JSON-LD
 * `datePublished`, a `<time>` marked as the publication, a byline's visible date, another
 * `<time>`, a date in its address (`/2019/08/02/`), and last its modified stamp. Stamps in UTC
 * are moved into the page's zone (`to-page-time.ts`). Undefined when nothing tells.
 *
 * @example findPageDate(meta, evidence) // '2020-01-28T00:30:00+01:00'
 */
export function findPageDate(meta: PageMeta, evidence: DateEvidence): string | undefined {
  const zone = findTimeZone(meta.lang, meta.url);
  const stamps = [...publishedKeys.map((key) => meta.values.get(key)), meta.linked.datePublished, ...evidence.stamps];
  for (const stamp of stamps) {
    const parsed = stamp === undefined ? undefined : parseStamp(stamp);
    if (parsed !== undefined) return toPageTime(parsed, zone);
  }
  for (const line of evidence.lines) {
    const found = findDates(line).find((date) => date.year !== null && date.year >= 1990);
    if (found) return toIsoDay(found.year!, found.month, found.day) + (found.time ? `T${found.time.length === 5 ? `${found.time}:00` : found.time}` : '');
  }
  for (const stamp of [...evidence.otherStamps, urlToStamp(meta.url), ...modifiedKeys.map((key) => meta.values.get(key)), meta.linked.dateModified]) {
    const parsed = stamp === undefined ? undefined : parseStamp(stamp);
    if (parsed !== undefined) return toPageTime(parsed, zone);
  }
  return undefined;
}

/**
 * An ISO stamp from a metadata value: ISO 8601 as given, or a written date ("27.01.2020",
 * "Mon, 27 Jan 2020 10:00:00") as a day; undefined for anything else.
 *
 * @example parseStamp('2020-01-27 23:30:00Z') // '2020-01-27T23:30:00Z'
 */
export function parseStamp(value: string): string | undefined {
  const text = value.trim();
  const iso = isoDateTime.exec(text);
  if (iso) {
    const [whole, y, m, d, time] = iso;
    const zone = time === undefined ? undefined : isoZone.exec(text.slice(whole.length))?.[1];
    if (+m! < 1 || +m! > 12 || +d! < 1 || +d! > 31 || +y! < 1990) return undefined;
    return `${y}-${m}-${d}${time ? `T${time.length === 5 ? `${time}:00` : time}${zone ? normaliseZone(zone) : ''}` : ''}`;
  }
  const found = findDates(text.slice(0, 80)).find((date) => date.year !== null && date.year >= 1990);
  return found ? toIsoDay(found.year!, found.month, found.day) : undefined;
}

function normaliseZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function urlToStamp(url: string | undefined): string | undefined {
  const found = url === undefined ? null : urlDate.exec(url);
  if (!found) return undefined;
  const [year, month, day] = found[1] ? [found[1], found[2]!, found[3]!] : [found[4]!, found[5]!, found[6]!];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
