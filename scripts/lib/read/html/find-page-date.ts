import { isoDateTime } from '../../../../src/lib/iso-date.ts';
import { findDates, toIsoDay } from '../../text/find-dates.ts';
import { readBylineDate } from './read-byline-date.ts';
import type { PageMeta } from './read-page-meta.ts';
import { findTimeZone, toPageTime } from './to-page-time.ts';

/** Where a page may print its date outside `<meta>`: `datetime` values and visible lines, each most telling first. */
export type DateEvidence = {
  /** `datetime` of `<time>` elements marked as the publication (itemprop, pubdate, a "published" class). */
  stamps: string[];
  /** Short lines that print a date around the headline, before the article's first paragraph: the byline. */
  head: string[];
  /** `datetime` of other `<time>` elements in the byline's place. */
  headStamps: string[];
  /** Short lines that print a date in the article's elements named for dates or bylines. */
  named: string[];
  /** Other short lines that print a date, most telling first. */
  lines: string[];
  /** `datetime` of other `<time>` elements in the article, outside running text. */
  articleStamps: string[];
  /** `datetime` of `<time>` elements elsewhere on the page. */
  otherStamps: string[];
};

// The article's own publication stamp, most specific first.
const publishedKeys = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished', 'datecreated', 'published_time',
  'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued',
];
// A page's date of some kind: content systems set these to the day a page was made or last
// changed as often as to its publication, so a byline the page prints beats them.
const genericKeys = ['dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'date', 'created'];
const modifiedKeys = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
// What may follow an ISO date-time's time: fractions of a second, then its offset.
const isoZone = /^(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/i;
const urlDate = /\/((?:19|20)\d{2})\/([01]?\d)\/([0-3]?\d)(?:\/|$)|[/_-]((?:19|20)\d{2})-([01]\d)-([0-3]\d)(?:[/_.-]|$)/;

/**
 * The page's publication date in its own time zone, from what tells it best, in this order of
 * trust: the article's `<meta>` publication stamps, JSON-LD or microdata `datePublished`, a
 * `<time>` marked as the publication (a UTC stamp yields to the byline's day where that is the
 * stamp's local day somewhere on Earth); the byline under the headline; a `<time>` there or
 * elsewhere in the article; a dated line in an element named for dates; a generic `<meta>` date
 * (`date`, `dc.date`: unless the page prints that day as its last update); other dated lines; a
 * `<time>` elsewhere; a date in the address (`/2019/08/02/`); last a day the page calls an
 * update, and the modified stamp. A line's day the page calls an update ("Updated Mar 12") is
 * never taken for the publication while anything else tells. UTC stamps are moved into the
 * page's zone (`to-page-time.ts`). Undefined when nothing tells.
 *
 * @example findPageDate(meta, evidence) // '2020-01-28T00:30:00+01:00'
 */
export function findPageDate(meta: PageMeta, evidence: DateEvidence): string | undefined {
  const zone = findTimeZone(meta.lang, meta.url);
  const stamp = (values: (string | undefined)[]) => {
    const found = firstStamp(values);
    return found === undefined ? undefined : toPageTime(found, zone);
  };
  const updated: string[] = [];
  const line = (lines: string[]) => {
    for (const text of lines) {
      const found = readBylineDate(text);
      if (found?.updated === false) return found.stamp;
      if (found) updated.push(found.stamp);
    }
    return undefined;
  };
  const published = firstStamp([...publishedKeys.map((key) => meta.values.get(key)), meta.linked.datePublished, ...evidence.stamps]);
  const byline = line(evidence.head);
  if (published !== undefined) return byline !== undefined && isLocalDayOf(byline, published) ? byline : toPageTime(published, zone);
  return byline
    ?? stamp([...evidence.headStamps, ...evidence.articleStamps])
    ?? line(evidence.named)
    ?? stamp(genericKeys.map((key) => meta.values.get(key)).filter((value) => !isUpdateDay(value, evidence)))
    ?? line(evidence.lines)
    ?? stamp([...evidence.otherStamps, urlToStamp(meta.url), ...updated, ...modifiedKeys.map((key) => meta.values.get(key)), meta.linked.dateModified]);
}

// A generic date on the day the page itself prints as its last update is that update.
function isUpdateDay(value: string | undefined, evidence: DateEvidence): boolean {
  const day = value === undefined ? undefined : parseStamp(value)?.slice(0, 10);
  return day !== undefined && [...evidence.head, ...evidence.named, ...evidence.lines].some((text) => {
    const found = readBylineDate(text);
    return found?.updated === true && found.stamp.startsWith(day);
  });
}

function firstStamp(values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const parsed = value === undefined ? undefined : parseStamp(value);
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

// True when the byline prints another day than a UTC stamp's that is its day somewhere on Earth
// (UTC-12 to UTC+14): the day the page shows its readers is the local one. A stamp with its own
// offset is local already; a byline's other day is then another event (an update).
function isLocalDayOf(byline: string, stamp: string): boolean {
  const instant = Date.parse(stamp);
  if (!/T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:00)$/.test(stamp) || Number.isNaN(instant)) return false;
  const day = byline.slice(0, 10);
  const hour = 3600 * 1000;
  return day !== stamp.slice(0, 10) && day >= new Date(instant - 12 * hour).toISOString().slice(0, 10) && day <= new Date(instant + 14 * hour).toISOString().slice(0, 10);
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
