/**
 * Reads the company registry for the pages (Node only): `content/companies.yaml`, the file
 * ingest reads too. A missing file is an empty registry.
 */
import { readFileSync } from 'node:fs';
import { parseCompanyRegistry, type CompanyEntry } from '../lib/companies.ts';

/** Default registry file, relative to the project root (the one `scripts/ingest.ts` reads). */
export const companyRegistryFile = 'content/companies.yaml';

/** Reads and validates the registry; throws an error naming the file when it is there but wrong. */
export function readCompanyRegistry(file = companyRegistryFile): CompanyEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Could not read the company registry ${file}; check its permissions.`, { cause: error });
  }
  return parseCompanyRegistry(text, file);
}
