import type { CompanyEntry } from '../../../src/lib/companies.ts';
import { indexRegistry, toCachedCompanyId as toCompanyId, toCachedNameKey as toNameKey } from './company-keys.ts';
import type { CompanyMention, Identifier } from '../../../src/lib/schema.ts';
import { discoverCompanies, trimName, type Candidate } from './discover-companies.ts';
import { createNameScanner, type NameMatch } from '../text/scan-names.ts';

/** A company the article names, with every surface form the metrics stage should recognise. */
export type ArticleCompany = CompanyMention & { aliases: string[]; role: Candidate['role']; first: number };

/** The companies of one article and the one it is mainly about. */
export type Companies = { companies: ArticleCompany[]; primary: string | null };

/**
 * Finds the companies an article names: discovered by pattern (see `discoverCompanies`) or known
 * to the registry by an alias, merged through the registry (aliases, tickers, ISINs) and by loose
 * name keys, counted, and ranked. `primary` is the most-mentioned issuer, with a bonus for being in
 * the title or owning a printed identifier; analyst houses are primary only when nothing else is named.
 */
export function extractCompanies(
  input: { title: string; paragraphs: string[]; identifierText: string; identifiers: Identifier[] },
  options: { registry: CompanyEntry[] },
): Companies {
  const text = [input.title, ...input.paragraphs].join('\n');
  const discovered = discoverCompanies(`${input.identifierText}\n${text}`, input.paragraphs);
  const candidates = discovered.some((c) => c.role !== 'analyst') ? discovered : [...discovered, ...titleSubject(input.title, text)];
  const byId = new Map<string, ArticleCompany>();
  for (const candidate of candidates) {
    const entry = findEntry(candidate.name, options.registry);
    const id = entry?.id ?? findLoose(candidate.name, byId) ?? toCompanyId(candidate.name);
    const company = byId.get(id) ?? { id, name: entry?.name ?? candidate.name, mentions: 0, aliases: entry ? [entry.name, ...entry.aliases] : [], role: candidate.role, first: candidate.index };
    if (!company.aliases.includes(candidate.name)) company.aliases.push(candidate.name);
    if (candidate.role !== 'named' && company.role !== 'issuer') company.role = candidate.role;
    byId.set(id, company);
  }
  for (const entry of options.registry) {
    // Unmentioned entries drop out below, once all names are counted in one pass.
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, { id: entry.id, name: entry.name, mentions: 0, aliases: [entry.name, ...entry.aliases], role: 'named', first: Infinity });
  }
  const registryIds = new Set(options.registry.map((entry) => entry.id));
  const merged = [...byId.values()]
    // An unregistered company is known by its shortest name, whichever form the text used first.
    .map((company) => (registryIds.has(company.id) ? company : { ...company, ...shortestName(company.aliases) }));
  const counts = countEach(text, merged);
  const companies = merged
    // A registry name found only inside a longer name ("Tencent" in "Tencent Music") is no mention.
    .filter((company) => counts.has(company.id) || company.first !== Infinity)
    .map((company) => {
      const { count, first } = counts.get(company.id) ?? { count: 0, first: Infinity };
      return { ...company, mentions: Math.max(count, 1), first: Math.min(first, company.first) };
    })
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first || (a.id < b.id ? -1 : 1));
  return { companies, primary: pickPrimary(companies, input.title, input.identifiers, options.registry) };
}

// Fallback when no pattern names an issuer: the name that opens the title, if the body names it too.
function titleSubject(title: string, text: string): Candidate[] {
  const name = trimName(/^[\p{Lu}][\p{L}\p{N}&.'’-]*(?:[ \t]+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,2}/u.exec(title)?.[0] ?? '');
  const words = name?.split(' ') ?? [];
  for (let n = words.length; n > 0; n -= 1) {
    const candidate = words.slice(0, n).join(' ');
    if (countMentions(text, [candidate]).count >= 2) return [{ name: candidate, role: 'issuer', index: 0 }];
  }
  return [];
}

function shortestName(aliases: string[]): { id: string; name: string } {
  const name = [...aliases].sort((a, b) => toCompanyId(a).length - toCompanyId(b).length || (a < b ? -1 : 1))[0]!;
  return { id: toCompanyId(name), name };
}

// The first registry entry with an alias equal to `name` or with the same name key.
function findEntry(name: string, registry: CompanyEntry[]): CompanyEntry | undefined {
  const { byName, byKey } = indexRegistry(registry);
  const position = Math.min(byName.get(name) ?? Infinity, byKey.get(toNameKey(name)) ?? Infinity);
  return registry[position];
}

// Words that add nothing to a company's name: "Tencent Music Entertainment" is "Tencent Music".
const descriptors = new Set(['entertainment', 'technologies', 'technology', 'international', 'systems', 'industries', 'platforms', 'motors', 'company', 'corporation', 'holding', 'holdings', 'group']);

function findLoose(name: string, known: Map<string, ArticleCompany>): string | undefined {
  const key = toNameKey(name);
  const same = (alias: string) => {
    const other = toNameKey(alias);
    if (other === key) return true;
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    return long.startsWith(`${short}-`) && long.slice(short.length + 1).split('-').every((w) => descriptors.has(w));
  };
  return [...known.values()].find((c) => c.aliases.some(same))?.id;
}

/** Counts non-overlapping mentions of any alias (longest first), genitive "-s" and "'s" included. */
export function countMentions(text: string, aliases: string[]): { count: number; first: number } {
  const forms = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  const matches = scanNames(text, forms);
  return { count: matches.length, first: matches[0]?.index ?? Infinity };
}

// One pass over the text for all companies: where names overlap ("Tencent Music" and "Tencent"),
// the longest name takes the mention.
function countEach(text: string, companies: ArticleCompany[]): Map<string, { count: number; first: number }> {
  const owner = new Map<string, string>();
  for (const company of companies) for (const alias of company.aliases) if (!owner.has(alias)) owner.set(alias, company.id);
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of scanNames(text, forms)) {
    const id = owner.get(m.name)!;
    const entry = counts.get(id) ?? { count: 0, first: m.index };
    counts.set(id, { count: entry.count + 1, first: entry.first });
  }
  return counts;
}

// As `(?<![\p{L}\p{N}])(forms)(?:s|'s|’s|')?(?![\p{L}\p{N}])` with flags gu, forms in the order given
// (see scan-names.ts: compiling that pattern per article cost more than all the matching).
const nameBoundary = /^[\p{L}\p{N}]$/u;
function scanNames(text: string, forms: string[]): NameMatch[] {
  return createNameScanner({ forms, suffixes: ['s', "'s", '’s', "'"], boundary: nameBoundary, ignoreCase: false })(text);
}

function pickPrimary(companies: ArticleCompany[], title: string, identifiers: Identifier[], registry: CompanyEntry[]): string | null {
  const score = (c: ArticleCompany) => c.mentions + (countMentions(title, c.aliases).count > 0 ? 3 : 0) + (ownsIdentifier(c, identifiers, registry) ? 2 : 0);
  const issuers = companies.filter((c) => c.role !== 'analyst');
  const pool = issuers.length > 0 ? issuers : companies;
  const best = pool.reduce<ArticleCompany | null>((top, c) => (top === null || score(c) > score(top) ? c : top), null);
  return best?.id ?? null;
}

function ownsIdentifier(company: ArticleCompany, identifiers: Identifier[], registry: CompanyEntry[]): boolean {
  const entry = indexRegistry(registry).byId.get(company.id);
  if (!entry) return company.role === 'issuer';
  return identifiers.some((i) => entry.isins.includes(i.value) || entry.wkns.includes(i.value) || entry.tickers.some((t) => t.value === i.value));
}
