/**
 * What makes a company registry ambiguous: two entries claiming one name, listing or ISIN, or an
 * id whose page another page of the site already has. Environment-neutral.
 */
import type { CompanyEntry } from './companies.ts';

/**
 * Company ids that would give a company page the path of another page: `companies/index.html`
 * is the list of companies.
 */
export const reservedCompanyIds: readonly string[] = ['index'];

/**
 * Lists each conflict between the registry's entries, as a sentence that names the entries and
 * what to do; `toKey` is the loose name key the company matcher compares names by
 * (`toNameKey`), so "Alibaba Group" and "Alibaba Group Ltd." in two entries conflict too.
 *
 * @example findRegistryConflicts([{ id: 'a', name: 'Acme', … }, { id: 'b', name: 'Acme', … }], toNameKey)
 * // ['the name "Acme" belongs to both "a" and "b"; a name must stand for one company: keep it in one entry']
 */
export function findRegistryConflicts(entries: readonly CompanyEntry[], toKey: (name: string) => string): string[] {
  const conflicts: string[] = [];
  for (const entry of entries) {
    if (reservedCompanyIds.includes(entry.id)) conflicts.push(`the id "${entry.id}" is taken by a page of the site (companies/${entry.id}.html is the list of companies); choose another id, e.g. "${entry.id}-company"`);
  }
  const claims = [
    { what: 'name', advice: 'a name must stand for one company: keep it in one entry', keysOf: (entry: CompanyEntry) => [entry.name, ...entry.aliases].map((name) => [toKey(name), name] as const).filter(([key]) => key !== '') },
    { what: 'ticker', advice: 'a listing belongs to one company: keep it in one entry', keysOf: (entry: CompanyEntry) => entry.tickers.map((ticker) => [`${ticker.exchange.toUpperCase()}:${ticker.value.toUpperCase()}`, `${ticker.exchange}: ${ticker.value}`] as const) },
    { what: 'ISIN', advice: 'an ISIN identifies one company: keep it in one entry', keysOf: (entry: CompanyEntry) => entry.isins.map((isin) => [isin.toUpperCase(), isin] as const) },
    { what: 'WKN', advice: 'a WKN identifies one company: keep it in one entry', keysOf: (entry: CompanyEntry) => entry.wkns.map((wkn) => [wkn.toUpperCase(), wkn] as const) },
  ];
  for (const { what, advice, keysOf } of claims) {
    const owners = new Map<string, { id: string; shown: string }>();
    for (const entry of entries) {
      for (const [key, shown] of keysOf(entry)) {
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, { id: entry.id, shown });
        else if (owner.id !== entry.id) conflicts.push(`the ${what} "${shown}" belongs to both "${owner.id}" and "${entry.id}"${owner.shown === shown ? '' : ` (as "${owner.shown}")`}; ${advice}`);
      }
    }
  }
  return conflicts;
}
