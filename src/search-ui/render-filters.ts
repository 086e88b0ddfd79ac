/**
 * Fills the filter panel's fieldsets with checkboxes (browser only). The fieldsets and their
 * legends are in the page; values come from the index and become text, never markup.
 */
import type { FilterGroup } from './to-filter-groups.ts';

/** Replaces the values of the fieldset `container` with one labelled checkbox per value. */
export function renderFilterValues(container: HTMLElement, group: FilterGroup): void {
  const boxes = group.values.map((value, index) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `filter-${container.dataset['filterIndex'] ?? group.name}-${index}`;
    box.name = group.name;
    box.value = value.value;
    box.checked = value.checked;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = `${value.value} (${value.count})`;
    const row = document.createElement('div');
    row.className = 'search-filter-value';
    row.append(box, label);
    return row;
  });
  if (boxes.length === 0) {
    const none = document.createElement('p');
    none.className = 'search-filter-note';
    none.textContent = 'No values for these results.';
    boxes.push(none);
  }
  // Keep keyboard focus on the same value when the list is redrawn after a tick.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : null;
  container.replaceChildren(...boxes);
  if (focused !== null) container.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
}
