/**
 * The filter panel's content, from Pagefind's counts.
 *
 * Environment-neutral and pure.
 */
import type { FilterCounts, Filters } from './pagefind-api.ts';

/** One value a reader can tick, with how many results it would leave. */
export type FilterValue = { value: string; count: number; checked: boolean };

/** One filter (company, language…) with the values worth showing. */
export type FilterGroup = { name: string; values: FilterValue[] };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Lists, for each filter in `names` (in that order) that Pagefind has counts for, the values that
 * would leave results, plus every ticked value whatever its count, so a reader can always untick.
 * Years come newest first with words ("Undated") last; other values in alphabetical order, so a
 * value keeps its place while counts change.
 *
 * @example toFilterGroups(['language'], { language: { German: 2, English: 0 } }, {})
 * // [{ name: 'language', values: [{ value: 'German', count: 2, checked: false }] }]
 */
export function toFilterGroups(names: readonly string[], counts: FilterCounts, selected: Filters): FilterGroup[] {
  return names.flatMap((name) => {
    const known = counts[name];
    if (known === undefined) return [];
    const ticked = selected[name] ?? [];
    const values = [...new Set([...Object.keys(known), ...ticked])]
      .map((value) => ({ value, count: known[value] ?? 0, checked: ticked.includes(value) }))
      .filter((value) => value.count > 0 || value.checked)
      .sort(name === 'year' ? byYear : (a, b) => collator.compare(a.value, b.value));
    return [{ name, values }];
  });
}

// Newest year first; values that are not years (the "Undated" label) after them.
function byYear(a: FilterValue, b: FilterValue): number {
  const isYear = (value: string) => /^\d{4}$/.test(value);
  return Number(isYear(b.value)) - Number(isYear(a.value)) || collator.compare(b.value, a.value);
}

/**
 * The filters with one value ticked or unticked; a filter left with no value is dropped.
 *
 * @example toggleFilter({ language: ['German'] }, 'language', 'German', false) // {}
 */
export function toggleFilter(filters: Filters, name: string, value: string, checked: boolean): Filters {
  const values = (filters[name] ?? []).filter((known) => known !== value);
  if (checked) values.push(value);
  const next = { ...filters };
  if (values.length > 0) next[name] = values;
  else delete next[name];
  return next;
}
