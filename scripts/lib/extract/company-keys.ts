/**
 * Memoised company-name keys. `toCompanyId` runs slugify (transliteration plus a dozen regular
 * expressions); company matching asks for the key of the same few hundred names thousands of
 * times per run, so each name is slugified once. Pure: a cache hit returns what the call would.
 */
import { toCompanyId, toNameKey, type CompanyEntry } from '../../../src/lib/companies.ts';

// Bounded so a run over many distinct names cannot grow without limit; refilling is only slower.
const maxEntries = 50_000;
const ids = new Map<string, string>();
const keys = new Map<string, string>();

function remember(cache: Map<string, string>, name: string, compute: (name: string) => string): string {
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size >= maxEntries) cache.clear();
    cache.set(name, (value = compute(name)));
  }
  return value;
}

/**
 * `toCompanyId`, memoised.
 *
 * @example toCachedCompanyId('Münchener Rück AG') // 'muenchener-rueck'
 */
export function toCachedCompanyId(name: string): string {
  return remember(ids, name, toCompanyId);
}

/**
 * `toNameKey`, memoised.
 *
 * @example toCachedNameKey('Sanford C. Bernstein') // 'sanford-bernstein'
 */
export function toCachedNameKey(name: string): string {
  return remember(keys, name, toNameKey);
}

/** Registry lookups by exact alias and by name key, each to the first entry in registry order. */
export type RegistryIndex = { byName: Map<string, number>; byKey: Map<string, number>; byId: Map<string, CompanyEntry> };

const indexes = new WeakMap<CompanyEntry[], RegistryIndex>();

/** Indexes a registry once (per registry array) so finding an entry is two map look-ups. */
export function indexRegistry(registry: CompanyEntry[]): RegistryIndex {
  let index = indexes.get(registry);
  if (index) return index;
  index = { byName: new Map(), byKey: new Map(), byId: new Map() };
  registry.forEach((entry, position) => {
    for (const alias of [entry.name, ...entry.aliases]) {
      if (!index.byName.has(alias)) index.byName.set(alias, position);
      const key = toCachedNameKey(alias);
      if (!index.byKey.has(key)) index.byKey.set(key, position);
    }
    if (!index.byId.has(entry.id)) index.byId.set(entry.id, entry);
  });
  indexes.set(registry, index);
  return index;
}
