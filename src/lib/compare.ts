/**
 * Sort comparators shared by the ingest scripts and the site. Environment-neutral and pure.
 *
 * Every order Dossier writes must not depend on the machine, so text is compared by UTF-16 code
 * units, never by locale.
 */

/**
 * Code-unit order: independent of the build machine's locale.
 *
 * @example ['b', 'B', 'a'].sort(compareText) // ['B', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders `YYYY-MM-DD` days (or `HH:MM` times) latest first; null, an undated article, last.
 *
 * @example ['2025-01-02', null, '2025-12-12'].sort(compareDaysDesc) // ['2025-12-12', '2025-01-02', null]
 */
export function compareDaysDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
