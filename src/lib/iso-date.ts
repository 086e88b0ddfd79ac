/**
 * The ISO 8601 shapes Dossier reads and writes, declared once: a calendar day `YYYY-MM-DD` (the
 * front-matter's dates) and a date with an optional time, as page metadata and front-matter hints
 * give it ("2025-12-12T04:09:05+01:00").
 *
 * Environment-neutral.
 */

/** A whole string that is a day: `YYYY-MM-DD`. */
export const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The start of an ISO date-time: year, month, day, and the time (`HH:MM` or `HH:MM:SS`) where given.
 *
 * @example isoDateTime.exec('2025-12-12T04:09:05+01:00')?.slice(1) // ['2025', '12', '12', '04:09:05']
 */
export const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/;
