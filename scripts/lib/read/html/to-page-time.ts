/**
 * Publication stamps as the page's readers saw them: a UTC stamp is moved into the page's time
 * zone, so an article published at 23:30 UTC on a German site is dated the next day.
 */

// Time zones by the region of a page's language tag or its address's top-level domain. Zones
// sharing their rules with a listed one are not listed (Vienna and Zurich keep Berlin's time).
const zones: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Berlin', ch: 'Europe/Berlin', li: 'Europe/Berlin', lu: 'Europe/Berlin', nl: 'Europe/Berlin',
  be: 'Europe/Berlin', fr: 'Europe/Berlin', it: 'Europe/Berlin', es: 'Europe/Berlin', pl: 'Europe/Berlin', dk: 'Europe/Berlin',
  se: 'Europe/Berlin', no: 'Europe/Berlin', cz: 'Europe/Berlin', hu: 'Europe/Berlin', uk: 'Europe/London', gb: 'Europe/London',
  ie: 'Europe/London', pt: 'Europe/London', fi: 'Europe/Helsinki', us: 'America/New_York', ca: 'America/Toronto',
  au: 'Australia/Sydney', nz: 'Pacific/Auckland', in: 'Asia/Kolkata', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai',
  sg: 'Asia/Singapore', br: 'America/Sao_Paulo', mx: 'America/Mexico_City', ar: 'America/Argentina/Buenos_Aires',
};
// A language without a region, where most of its pages come from one zone.
const languageZones: Record<string, string> = { de: 'Europe/Berlin', fr: 'Europe/Berlin', it: 'Europe/Berlin', pl: 'Europe/Berlin', nl: 'Europe/Berlin', ja: 'Asia/Tokyo', ko: 'Asia/Seoul' };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The page's time zone: from its language tag's region (`de-AT`), its address's top-level
 * domain, or its language alone (`de`); null when none tells (an English page on a `.com`).
 *
 * @example findTimeZone('de', 'https://www.example.de/x') // 'Europe/Berlin'
 */
export function findTimeZone(lang: string | undefined, url: string | undefined): string | null {
  const [language, region] = (lang ?? '').toLowerCase().split(/[-_]/);
  if (region !== undefined && zones[region] !== undefined) return zones[region];
  const tld = url === undefined ? undefined : /^https?:\/\/[^/?#]*?\.([a-z]{2})(?::\d+)?(?:[/?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  if (tld !== undefined && zones[tld] !== undefined) return zones[tld];
  return language !== undefined && languageZones[language] !== undefined ? languageZones[language] : null;
}

/**
 * A stamp in UTC (`Z`, `+00:00`) moved into `zone`, written with the zone's offset; other stamps
 * (a local offset, a day without time, no zone known) are returned as they are, and a stamp at
 * midnight UTC to the second is the day it names.
 *
 * @example toPageTime('2020-01-27T23:30:00Z', 'Europe/Berlin') // '2020-01-28T00:30:00+01:00'
 */
export function toPageTime(stamp: string, zone: string | null): string {
  const utc = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:Z|[+-]00:?00)$/i.exec(stamp);
  if (zone === null || utc === null) return stamp;
  const [, y, mo, d, h, mi, s] = utc;
  // Midnight UTC to the second is a day that a system wrote as a stamp, not a time of day.
  if (+h! === 0 && +mi! === 0 && +(s ?? 0) === 0) return `${y}-${mo}-${d}`;
  const instant = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0)));
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
  const local = Date.UTC(+part['year']!, +part['month']! - 1, +part['day']!, +part['hour']!, +part['minute']!, +part['second']!);
  const offset = Math.round((local - instant.getTime()) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zoneText = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${part['year']}-${part['month']}-${part['day']}T${part['hour']}:${part['minute']}:${part['second']}${zoneText}`;
}
