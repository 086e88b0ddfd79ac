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

/**
 * Whether `day` is `YYYY-MM-DD` and a day of the calendar: `2025-02-30`, `2025-13-01` and
 * `9999-99-99` have the shape but are no days, and `Date` would roll the first over into March.
 *
 * @example isCalendarDay('2024-02-29') // true
 * @example isCalendarDay('2025-02-29') // false
 */
export function isCalendarDay(day: string): boolean {
  if (!isoDay.test(day)) return false;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, date);
  return value.getUTCFullYear() === year && value.getUTCMonth() === month - 1 && value.getUTCDate() === date;
}
