/**
 * The company registry (`content/companies.yaml`): aliases to merge and details to add.
 * Environment-neutral: scripts and the site both read it through these functions.
 */
import slugify from '@sindresorhus/slugify';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { idPattern } from './schema.ts';
import { parseOrThrow } from './parse-or-throw.ts';
import { nameTail } from './legal-suffixes.ts';
import { findRegistryConflicts, reservedCompanyIds } from './registry-conflicts.ts';

/** Where the registry is, relative to the project root. */
export const registryFile = 'content/companies.yaml';

/** One registry entry. */
export const companyEntrySchema = z.object({
  /** Stable id used in front-matter and URLs. */
  id: z.string().regex(idPattern, 'expected lower-case ASCII words joined by "-"'),
  /** Display name. */
  name: z.string().min(1),
  /** Other names articles use for the company ("Facebook parent"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Exchange listings. */
  tickers: z.array(z.object({ exchange: z.string().min(1), value: z.string().min(1) })).default([]),
  /** ISINs of its shares. */
  isins: z.array(z.string().min(1)).default([]),
  /** German WKNs of its shares. */
  wkns: z.array(z.string().min(1)).default([]),
});

/** The whole registry file: a list of entries. */
export const companyRegistrySchema = z.array(companyEntrySchema);

/** One registry entry, defaults applied. */
export type CompanyEntry = z.output<typeof companyEntrySchema>;

/**
 * Parses and validates the registry YAML; an empty file is an empty registry. Throws, naming the
 * file and what to change, for invalid YAML or fields, a repeated id and the conflicts
 * `findRegistryConflicts` lists (a name, ticker or ISIN claimed by two entries, a reserved id).
 *
 * @example parseCompanyRegistry('- id: sap\n  name: SAP') // [{ id: 'sap', name: 'SAP', aliases: [], … }]
 */
export function parseCompanyRegistry(text: string, file = registryFile): CompanyEntry[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (cause) {
    throw new Error(`${file} is not valid YAML; fix the line the parser names: ${(cause as Error).message}`, { cause });
  }
  const entries = parseOrThrow(companyRegistrySchema, data, `Invalid company registry ${file}`);
  const ids = entries.map((e) => e.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`${file} lists the id "${duplicate}" twice; merge the two entries`);
  const conflicts = findRegistryConflicts(entries, toNameKey);
  if (conflicts.length > 0) throw new Error(`${file} is ambiguous:\n${conflicts.map((conflict) => `  ${conflict}`).join('\n')}`);
  return entries;
}


/**
 * Strips trailing corporate suffixes: "Apple Inc." → "Apple", "Alibaba Group Holding" → "Alibaba".
 *
 * @example stripLegalSuffix('Siemens Energy AG') // 'Siemens Energy'
 */
export function stripLegalSuffix(name: string): string {
  let current = name.trim();
  for (let next = current.replace(nameTail, ''); next !== current && next !== ''; next = current.replace(nameTail, '')) current = next;
  return current;
}

/**
 * The id a company gets from its name: ASCII, lower-case, legal suffix dropped. A name's letters
 * stay together: a reader writes eBay's id `ebay`, not `e-bay`, so a change of case inside a word
 * is no word break (slugify's `decamelize` is off); spaces, "&" and punctuation still are.
 *
 * @example toCompanyId('Münchener Rück AG') // 'muenchener-rueck'
 * @example toCompanyId('HelloFresh SE') // 'hellofresh'
 */
export function toCompanyId(name: string): string {
  const id = slugify(stripLegalSuffix(name), { decamelize: false }) || 'company';
  // A company called "Index" would take the path of the list of companies.
  return reservedCompanyIds.includes(id) ? `${id}-company` : id;
}

/**
 * A loose comparison key for names: case, punctuation, suffixes and single-letter initials ignored,
 * so "Sanford C. Bernstein" and "Sanford Bernstein" compare equal.
 */
export function toNameKey(name: string): string {
  return toCompanyId(name)
    .split('-')
    .filter((part) => part.length > 1)
    .join('-');
}
