/**
 * Names of companies and analyst firms in a sentence, so each figure gets a `subject` and,
 * where printed, a `firm`.
 */
import { nameTail } from '../../../src/lib/legal-suffixes.ts';
import { extractFirms, isAnalystSentence, isCoveredBefore, isPersonBefore } from './extract-firms.ts';
import { findMarketNames } from './find-market-names.ts';
import type { CompanyRef, Mention } from './types.ts';
import { createNameScanner, type NameScanner } from '../text/scan-names.ts';


/** A compiled matcher for one article's companies. */
export type CompanyMatcher = { scan: NameScanner | null; ids: Map<string, string>; units: Map<string, string> };

// What may not touch a name on either side; one constant expression (see scan-names.ts).
const nameBoundary = /^[\p{L}\d]$/iu;
// The genitive and plural endings, in the order the former pattern `(?:['’]s|s|['’])?` tried them.
const endings = ["'s", '’s', 's', "'", '’'];

/**
 * Builds one pattern over every company name and alias (legal suffixes optional), allowing the
 * genitive "Alibabas", "Alibaba's" and compounds such as "Alibaba-Aktie". A company named after
 * `primary` ("Amazon Web Services" in an Amazon article), or one of `units` (bought by it, its
 * subsidiary), is a unit of it: its figures are the primary's, with the unit as segment. A German
 * name's first word may be inflected ("der Deutschen Bank").
 *
 * @example createCompanyMatcher([{ id: 'alibaba', name: 'Alibaba Group' }]) // matches "Alibabas", "Alibaba's"
 */
export function createCompanyMatcher(companies: CompanyRef[], primary?: string, units: ReadonlySet<string> = new Set()): CompanyMatcher {
  const ids = new Map<string, string>();
  const unitNames = new Map<string, string>();
  const primaryName = companies.find((company) => company.id === primary)?.name.replace(nameTail, '').trim().toLowerCase();
  for (const company of companies) {
    const isUnit = company.id !== primary && (units.has(company.id) || (!!primaryName && company.name.toLowerCase().startsWith(`${primaryName} `)));
    for (const name of [company.name, ...(company.aliases ?? [])]) {
      const short = name.replace(nameTail, '').trim();
      for (const form of [name, short, inflect(short)]) {
        if (form.length <= 1 || ids.has(form.toLowerCase())) continue;
        ids.set(form.toLowerCase(), isUnit ? primary! : company.id);
        if (isUnit) unitNames.set(form.toLowerCase(), company.name.replace(nameTail, '').trim());
      }
    }
  }
  const names = [...ids.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return { scan: null, ids, units: unitNames };
  // As `(?<![\p{L}\d])(names)(?:['’]s|s|['’])?(?![\p{L}\d])` with flags giu, longest name first.
  return { scan: createNameScanner({ forms: names, suffixes: endings, boundary: nameBoundary, ignoreCase: true }), ids, units: unitNames };
}

// What makes a company the primary's unit: it was bought by it, or is its subsidiary.
const unitCue = /(?:\b(?:its|their|the|seine[rmn]?|ihre[rmn]?|der|die) (?:acquisition|purchase|takeover|Übernahme|Kauf) (?:of|von|der|des)|\bacquired|\bbought|(?<!\p{L})übernahm|(?<!\p{L})übernommene[nrm]?|\b[Ss]ubsidiary|\bTochter\w*|\bunit|\bdivision|\bSparte)\s+(?:the\s+|die\s+|der\s+|des\s+)?$/u;

/**
 * The companies an article names as the primary's units ("Microsoft also wrapped up its
 * acquisition of LinkedIn", "die US-Tochter Reebok").
 *
 * @example findUnits(['Microsoft wrapped up its acquisition of LinkedIn.'], createCompanyMatcher(companies), 'microsoft') // Set { 'linkedin' }
 */
export function findUnits(texts: readonly string[], matcher: CompanyMatcher, primary: string): Set<string> {
  const units = new Set<string>();
  for (const text of texts) {
    if (!/acqui|bought|purchase|takeover|Übernahme|übernahm|übernommen|Kauf|ubsidiar|Tochter|unit|division|Sparte/.test(text)) continue;
    for (const match of matcher.scan?.(text) ?? []) {
      const id = matcher.ids.get(match.name.toLowerCase())!;
      if (id !== primary && unitCue.test(text.slice(Math.max(0, match.index - 40), match.index))) units.add(id);
    }
  }
  return units;
}

// News agencies, data vendors and publishers are not companies and not firms (metrics guide),
// whatever the company list says.
const publishers = /^(?:Reuters|Thomson Reuters|Bloomberg|dpa-AFX|dpa|AFP|AP|APA|AWP|Dow Jones|Dow Jones & Company|FactSet|Refinitiv|LSEG|MarketBeat|Benzinga|Visible Alpha|S&P Global Market Intelligence|Nasdaq|NYSE)$/i;

// A leading adjective takes the German case ending: "Deutsche Bank" is "der Deutschen Bank".
function inflect(name: string): string {
  return name.replace(/^(\p{Lu}\p{Ll}+e)(?= \p{Lu})/u, '$1n');
}

/**
 * Lists the companies and firms named in one sentence, in order. A company is a firm in this
 * sentence when it stands where an analyst house stands ("Citigroup hat das Kursziel …"); the
 * article's primary company is never a firm. `aliases` are the firm names the article defined.
 */
export function findMentions(text: string, matcher: CompanyMatcher, primary: string, aliases: ReadonlyMap<string, string> = new Map()): Mention[] {
  const mentions: Mention[] = [];
  const analystSentence = isAnalystSentence(text);
  for (const firm of extractFirms(text, aliases, analystSentence)) {
    const id = matcher.ids.get(text.slice(firm.start, firm.end).toLowerCase()) ?? matcher.ids.get(firm.name.toLowerCase()) ?? null;
    if (id !== primary) mentions.push({ ...firm, id, isFirm: true });
  }
  for (const match of matcher.scan?.(text) ?? []) {
    const start = match.index;
    const end = start + match.name.length;
    // A person the company list holds by mistake ("Jefferies analyst Chloe Lemarie") owns nothing.
    if (mentions.some((other) => start < other.end && other.start < end) || publishers.test(match.name) || isPersonBefore(text.slice(Math.max(0, start - 40), start))) continue;
    const id = matcher.ids.get(match.name.toLowerCase())!;
    const isFirm = id !== primary && analystSentence && actsAsFirm(text.slice(match.end, match.end + 60)) && !isCoveredBefore(text.slice(Math.max(0, start - 8), start));
    const unit = matcher.units.get(match.name.toLowerCase());
    mentions.push({ start, end, id, name: match.name, isFirm, ...(unit ? { unit } : {}) });
  }
  // Market names own figures; a sentence without a digit has none to own.
  for (const market of /\d/.test(text) ? findMarketNames(text) : []) {
    if (!mentions.some((other) => market.start < other.end && other.start < market.end)) mentions.push({ ...market, id: null, isFirm: false, market: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// What an analyst house does right after its name.
const firmVerbs = /^\s*(?:has |have |hat |had |now )?(?:raised|lifted|boosted|hiked|cut|lowered|trimmed|reduced|set|reiterated|maintained|upgraded|downgraded|initiated|raises|lifts|cuts|lowers|sets|rates|reiterates|maintains|upgrades|downgrades|hebt|senkt|bestätigt|erhöht|stuft|sieht|traut|das Kursziel|den Zielkurs|its (?:price )?target|sein Kursziel|ihr Kursziel|dagegen)\b|^\s*(?:[—–|:-])\s*(?:Strong Buy|Buy|Outperform|Overweight|Hold|Neutral|Equal[- ]?Weight|Market Perform|Underweight|Underperform|Sell|Kaufen|Halten|Verkaufen|Übergewichten|Untergewichten)\b/i;

function actsAsFirm(after: string): boolean {
  return firmVerbs.test(after);
}
