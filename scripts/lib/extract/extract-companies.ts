import type { CompanyEntry } from '../../../src/lib/companies.ts';
import { escapeRegExp } from '../../../src/lib/escape-reg-exp.ts';
import { indexRegistry, toCachedCompanyId as toCompanyId, toCachedNameKey as toNameKey } from './company-keys.ts';
import type { CompanyMention, Identifier } from '../../../src/lib/schema.ts';
import { discoverCompanies, evidenceWeights, type Candidate } from './discover-companies.ts';
import { findPersonNames } from './find-person-names.ts';
import { findHeadlineSubject, findTitleSubjects } from './find-title-subjects.ts';
import { isCompany } from './weigh-companies.ts';
import { createNameScanner, type NameMatch } from '../text/scan-names.ts';

/** A company the article names, with every surface form the metrics stage should recognise. */
export type ArticleCompany = CompanyMention & { aliases: string[]; role: Candidate['role']; first: number };

/** The companies of one article and the one it is mainly about. */
export type Companies = { companies: ArticleCompany[]; primary: string | null };

// A company while it is being merged: its strongest evidence and whether a printed identifier stands beside it.
type Merged = ArticleCompany & { weight: number; identified: boolean; registered: boolean; symbols: string[]; openerOnly: boolean };

/**
 * Finds the companies an article names: discovered by pattern (see `discoverCompanies`), named as
 * the title's subject, or known to the registry by an alias; merged through the registry (aliases,
 * tickers, ISINs), by loose name keys and by the ticker printed beside a name; counted; weighed
 * (`isCompany`: evidence for against evidence against); and ranked. `primary` is the
 * most-mentioned issuer, with a bonus for being in the title or having a printed identifier
 * beside it; analyst houses are primary only when nothing else is named. `lang` limits discovery
 * to the patterns of the article's language.
 */
export function extractCompanies(
  input: { title: string; paragraphs: string[]; identifierText: string; identifiers: Identifier[]; lang?: 'en' | 'de' },
  options: { registry: CompanyEntry[] },
): Companies {
  const text = [input.title, ...input.paragraphs].join('\n');
  const searched = `${input.identifierText}\n${text}`;
  const candidates = [...discoverCompanies(searched, input.paragraphs, input.lang ? { lang: input.lang } : {}), ...findTitleSubjects(input.title, text)];
  const byId = new Map<string, Merged>();
  const byTicker = new Map<string, string>();
  const { byId: registered } = indexRegistry(options.registry);
  for (const candidate of candidates.sort((a, b) => b.weight - a.weight || a.index - b.index)) {
    const name = toNominative(candidate, searched);
    const entry = findEntry(name, options.registry);
    // A ticker used as a name ("TM shares fell") is the company printed beside that ticker
    const symbolOf = entry ? undefined : byTicker.get(name);
    const id = entry?.id ?? symbolOf ?? findLoose(name, byId) ?? toCompanyId(name);
    const company = byId.get(id) ?? { id, name: entry?.name ?? name, mentions: 0, aliases: entry ? [entry.name, ...entry.aliases] : [], role: candidate.role, first: candidate.index, weight: 0, identified: false, registered: entry !== undefined, symbols: [], openerOnly: true };
    if (symbolOf && !company.symbols.includes(name)) company.symbols.push(name);
    for (const alias of toAliases(name)) if (!company.aliases.includes(alias)) company.aliases.push(alias);
    if (candidate.role !== 'named' && company.role !== 'issuer') company.role = candidate.role;
    company.weight = Math.max(company.weight, candidate.weight);
    company.first = Math.min(company.first, candidate.index);
    if (candidate.identified) company.identified = true;
    if (!candidate.opener) company.openerOnly = false;
    if (candidate.ticker && !byTicker.has(candidate.ticker)) byTicker.set(candidate.ticker, id);
    byId.set(id, company);
  }
  for (const entry of options.registry) {
    // Unmentioned entries drop out below, once all names are counted in one pass.
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, { id: entry.id, name: entry.name, mentions: 0, aliases: [entry.name, ...entry.aliases], role: 'named', first: Infinity, weight: 0, identified: false, registered: true, symbols: [], openerOnly: true });
  }
  mergeTickers(byId, registered);
  const merged = [...byId.values()]
    // An unregistered company is known by its shortest name, whichever form the text used first.
    .map((company) => (registered.has(company.id) ? company : { ...company, ...shortestName(company.aliases.filter((alias) => !company.symbols.includes(alias))) }));
  const counts = countEach(text, merged);
  const persons = findPersonNames(text);
  const companies = merged
    // A registry name found only inside a longer name ("Tencent" in "Tencent Music") is no mention.
    .filter((company) => counts.has(company.id) || company.first !== Infinity)
    .map((company) => {
      const { count, first } = counts.get(company.id) ?? { count: 0, first: Infinity };
      return { ...company, mentions: Math.max(count, 1), first: Math.min(first, company.first) };
    })
    // A person introduced by a title and named by surname later ("analyst Robert Ohmes" … "Ohmes lifted his target")
    .filter((company) => company.registered || company.weight >= evidenceWeights.legal || !persons.has(company.name))
    .filter((company) => isCompany({ name: company.name, weight: company.weight, mentions: company.mentions, registered: company.registered, aliases: company.aliases, openerOnly: company.openerOnly }, text))
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first || (a.id < b.id ? -1 : 1));
  // The text opens with the headline: a company first mentioned there is in the headline
  // Key-figure lines or a short item whose company stands only in the headline: nothing else is an
  // issuer, so the headline's opening name is the subject of every line
  if (!companies.some((company) => company.role !== 'analyst')) {
    const subject = findHeadlineSubject(input.title, text);
    const id = subject ? toCompanyId(subject.name) : undefined;
    if (subject && id && !companies.some((company) => company.id === id)) {
      const aliases = toAliases(subject.name);
      const { count } = countEach(text, [{ id, name: subject.name, mentions: 0, aliases, role: 'issuer', first: 0 }]).get(id) ?? { count: 1 };
      companies.unshift({ id, name: subject.name, mentions: Math.max(count, 1), aliases, role: 'issuer', first: 0, weight: subject.weight, identified: false, registered: false, symbols: [], openerOnly: true });
    }
  }
  const accepted = new Set(companies.map((company) => company.id));
  // A headline listing several names ("Updates zu Adidas, Airbus, Allianz und Commerzbank") is a
  // digest's table of contents: it says nothing of which company leads, so it gives no bonus and
  // the body's own order decides
  const digest = listsSeveralNames(input.title);
  const inTitle = digest ? new Map<string, number>() : new Map([...counts].filter(([id, { first }]) => first < input.title.length && accepted.has(id)).map(([id, { first }]) => [id, first] as const));
  const ranked = digest ? rankInBody(companies, text.slice(input.title.length)) : companies;
  const primary = pickPrimary(ranked, inTitle, input.identifiers, options.registry, text);
  return { companies: companies.map(({ weight: _weight, identified: _identified, registered: _registered, symbols: _symbols, openerOnly: _openerOnly, ...company }) => company), primary };
}

// "der Deutschen Bank", "der Ersten Group": a German adjective after an article is declined; the
// company's name is the nominative ("Deutsche Bank"). Other words are left as printed.
function toNominative(candidate: Candidate, text: string): string {
  const [first, ...rest] = candidate.name.split(' ');
  // Adjectives end so ("Deutschen", "Ersten", "Bayerischen"); names such as "Raiffeisen" do not
  if (rest.length === 0 || !/^\p{Lu}\p{Ll}+(?:sch|ch|st|t|ig|lich|r)en$/u.test(first!)) return candidate.name;
  const before = text.slice(Math.max(0, candidate.index - 5), candidate.index);
  return /(?:der|den|dem|des)\s$/u.test(before) ? [first!.slice(0, -1), ...rest].join(' ') : candidate.name;
}

// The surface forms a name is counted by: as printed, declined after an article ("Deutschen
// Bank"), and a brand written in lower case also capitalised at a sentence start ("adidas", "Adidas").
function toAliases(name: string): string[] {
  const forms = [name];
  const [first, ...rest] = name.split(' ');
  if (rest.length > 0 && /^\p{Lu}\p{Ll}{2,}e$/u.test(first!)) forms.push([`${first}n`, ...rest].join(' '));
  if (/^\p{Ll}+$/u.test(name)) forms.push(`${name[0]!.toUpperCase()}${name.slice(1)}`);
  // The small words of a name change case with the headline style: "Pets at Home", "Pets At Home"
  if (/\s(?:at|of|de|la)\s/iu.test(name)) forms.push(name.replace(/\s(at|of|de|la)\s/giu, (_, small: string) => ` ${small === small.toLowerCase() ? small[0]!.toUpperCase() + small.slice(1) : small.toLowerCase()} `));
  return forms;
}

// A ticker used as a name with nothing printed beside it ("ABBV shares", "TGT stock") is the
// one company of the article whose name it abbreviates: its letters, in order, from the first.
function mergeTickers(byId: Map<string, Merged>, registered: Map<string, CompanyEntry>): void {
  for (const [id, ticker] of byId) {
    if (!tickerShaped.test(ticker.name) || ticker.identified || ticker.registered || registered.has(id)) continue;
    const owners = [...byId.values()].filter((c) => c !== ticker && !tickerShaped.test(c.name) && abbreviates(ticker.name, c.name));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    if (!owner.aliases.includes(ticker.name)) owner.aliases.push(ticker.name);
    if (!owner.symbols.includes(ticker.name)) owner.symbols.push(ticker.name);
    owner.weight = Math.max(owner.weight, ticker.weight);
    owner.first = Math.min(owner.first, ticker.first);
    if (!ticker.openerOnly) owner.openerOnly = false;
    byId.delete(id);
  }
}
const tickerShaped = /^[A-Z]{2,5}$/u;

function abbreviates(ticker: string, name: string): boolean {
  const letters = name.toUpperCase().replace(/[^A-Z]/gu, '');
  if (letters[0] !== ticker[0] || letters === ticker) return false;
  let at = 0;
  for (const letter of ticker) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
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
const descriptors = new Set(['entertainment', 'technologies', 'technology', 'international', 'systems', 'industries', 'platforms', 'motors', 'company', 'corporation', 'holding', 'holdings', 'group', 'global']);

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

// Counts non-overlapping mentions of any alias (longest first), genitive "-s" and "'s" included,
// in one pass over the text for all companies: where names overlap ("Tencent Music" and
// "Tencent"), the longest name takes the mention.
function countEach(text: string, companies: ArticleCompany[]): Map<string, { count: number; first: number }> {
  const owner = new Map<string, string>();
  for (const company of companies) for (const alias of company.aliases) if (!owner.has(alias)) owner.set(alias, company.id);
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length);
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of scanNames(text, forms)) {
    // A name in brackets of its own is a ticker or an abbreviation beside the name: "CBS (CBS)"
    if (text[m.index - 1] === '(' && text[m.end] === ')') continue;
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

// The headline's first company weighs most: "BASF, Bayer-Aktie: …" is about BASF first.
const titleBonus = { first: 3, other: 2 } as const;

// At least three names in a row of commas and "und"/"and", each of capitalised words only.
function listsSeveralNames(title: string): boolean {
  const parts = title.split(/\s*,\s*|\s+(?:und|and|sowie|&)\s+/u);
  const names = parts.slice(1).filter((part) => part.split(/\s+/u).length <= 3 && part.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}]/u.test(word)));
  return names.length >= 3;
}

// The same companies, each counted and placed by the body alone (the headline left out).
function rankInBody<T extends ArticleCompany>(companies: T[], body: string): T[] {
  const counts = countEach(body, companies);
  return companies.map((company) => {
    const inBody = counts.get(company.id);
    return inBody ? { ...company, mentions: inBody.count, first: inBody.first } : { ...company, mentions: 0, first: Infinity };
  });
}

// A company dominates when its score leads the next by this much; a round-up lists at least `minRoundUp` issuers.
const dominance = 2;
const minRoundUp = 3;

// `inTitle`: where in the headline each company it names is first mentioned.
function pickPrimary(companies: (ArticleCompany & { identified: boolean; weight: number })[], inTitle: Map<string, number>, identifiers: Identifier[], registry: CompanyEntry[], text: string): string | null {
  const firstInTitle = Math.min(...inTitle.values());
  const bonus = (c: ArticleCompany) => (!inTitle.has(c.id) ? 0 : inTitle.get(c.id) === firstInTitle ? titleBonus.first : titleBonus.other);
  const score = (c: ArticleCompany & { identified: boolean }) => c.mentions + bonus(c) + (c.identified || ownsIdentifier(c, identifiers, registry) ? 2 : 0);
  const issuers = companies.filter((c) => c.role !== 'analyst');
  const pool = issuers.length > 0 ? issuers : companies;
  // Equal scores go to the company named first (a round-up's first entry, the headline's first name)
  const ranked = [...pool].sort((a, b) => score(b) - score(a) || a.first - b.first);
  const [best, second] = ranked;
  if (!best) return null;
  // A round-up: several issuers, none in the headline, and no one named clearly more than the
  // next; then no company dominates and the article is filed under the first one it lists
  const roundUp = inTitle.size === 0 && pool.filter((c) => c.first !== Infinity).length >= minRoundUp && second !== undefined && score(best) - score(second) < dominance;
  const chosen = roundUp ? pool.reduce((top, c) => (c.first < top.first ? c : top)) : best;
  return (findParent(chosen, pool, text) ?? chosen).id;
}

// A unit is named after its company ("Escalade Sports" of "Escalade"): when a shorter name that
// the chosen one extends is a company on stronger evidence (a legal form, an identifier), the
// article is about that company and the longer name is its unit.
// The text may also say so: "its Escalade Sports unit", "die Sparte Escalade Sports".
function findParent<T extends ArticleCompany & { weight: number }>(chosen: T, pool: T[], text: string): T | undefined {
  if (chosen.weight >= evidenceWeights.legal) return undefined;
  const unit = isCalledUnit(chosen.name, text);
  return pool.find((c) => c !== chosen && chosen.name.startsWith(`${c.name} `) && (unit || c.weight >= evidenceWeights.legal));
}

const unitWords = '(?:unit|segment|division|subsidiary|business|brand|arm|Sparte|Tochter|Tochtergesellschaft|Geschäftsbereich|Segment|Marke)';
// "its Escalade Sports unit", "die Sparte Escalade Sports", "Escalade Sports, the sporting goods unit of …"
function isCalledUnit(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  const owner = '(?:its|their|seine[rnms]?|ihre[rnms]?)';
  return new RegExp(`\\b${owner}[ \\t]+${n}[ \\t]+${unitWords}\\b|\\b${unitWords}[ \\t]+${n}(?![\\p{L}])|${n},?[ \\t]+(?:the|a|an|its|die|der|eine)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}${unitWords}[ \\t]+(?:of|von|des)\\b`, 'u').test(text);
}

function ownsIdentifier(company: ArticleCompany, identifiers: Identifier[], registry: CompanyEntry[]): boolean {
  const entry = indexRegistry(registry).byId.get(company.id);
  if (!entry) return false;
  return identifiers.some((i) => entry.isins.includes(i.value) || entry.wkns.includes(i.value) || entry.tickers.some((t) => t.value === i.value));
}
