/**
 * The facts a result shows under its title, from the article's Pagefind metadata.
 *
 * Environment-neutral and pure. The metadata is written at build time by `src/lib/search-data.ts`
 * (`data-pagefind-meta`), already formatted.
 */

/** A labelled fact of a result. */
export type MetaItem = { label: string; value: string };

/**
 * Shown fields, in the order shown. Other fields (the title, the searchable identifiers) are not
 * facts to show. Order-sensitive.
 */
const shown = [
  ['date', 'Date'],
  ['company', 'Company'],
  ['language', 'Language'],
  ['figures', 'Key figures'],
] as const;

/**
 * Picks the shown fields that a result has, in display order, with their labels.
 *
 * @example toShownMeta({ title: 'x', language: 'German', date: '12 Dec 2025' })
 * // [{ label: 'Date', value: '12 Dec 2025' }, { label: 'Language', value: 'German' }]
 */
export function toShownMeta(meta: Record<string, string | undefined>): MetaItem[] {
  return shown.flatMap(([key, label]) => {
    const value = meta[key];
    return value === undefined || value === '' ? [] : [{ label, value }];
  });
}
