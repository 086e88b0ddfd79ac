import { createHash } from 'node:crypto';

/**
 * The SHA-256 of one `content/companies.yaml` entry as data (its YAML parsed, keys sorted, as
 * JSON), so an entry is recognised whatever its layout, quoting or comments, and an entry with
 * any value changed is not.
 *
 * @example hashRegistryEntry({ name: 'SAP', id: 'sap' }) === hashRegistryEntry({ id: 'sap', name: 'SAP' }) // true
 */
export function hashRegistryEntry(entry: unknown): string {
  return createHash('sha256').update(JSON.stringify(sortKeys(entry))).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortKeys(record[key])]));
}
