/**
 * The search page's script (browser only), bundled into `dist/search.js` as one classic script by
 * `src/integrations/search-script.ts`. Nothing of Pagefind loads until a search is made or the
 * search box is focused, and no filter data loads until the reader opens a filter. Every URL is
 * worked out from this script's own address, so one build works at a web root, under any
 * sub-path and from `file://`.
 */
import { loadPagefind } from './load-pagefind.ts';
import type { Filters, PagefindApi, SearchResponse, SearchResult } from './pagefind-api.ts';
import { renderFilterValues } from './render-filters.ts';
import { renderResult } from './render-result.ts';
import { toFilterGroups, toggleFilter } from './to-filter-groups.ts';

/** Results shown at first and added by each "Load more results": each one is a fragment download. */
const pageSize = 5;

const script = document.currentScript as HTMLScriptElement | null;
const root = document.getElementById('search');
if (script && root) startSearchPage(root, new URL('./', script.src));

function startSearchPage(root: HTMLElement, siteRoot: URL): void {
  const form = find<HTMLFormElement>('#search-form');
  const input = find<HTMLInputElement>('#search-query');
  const sortSelect = find<HTMLSelectElement>('#search-sort');
  const status = find<HTMLElement>('#search-status');
  const list = find<HTMLOListElement>('#search-results');
  const more = find<HTMLButtonElement>('#search-more');
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
  // Language names as shown ("German") to the codes set as `lang` on an article's words.
  const languageCodes: Record<string, string> = JSON.parse(root.dataset['languages'] ?? '{}');

  let pagefind: Promise<PagefindApi> | null = null;
  let filters: Filters = {};
  let generation = 0;
  let pending: SearchResult[] = [];

  const getPagefind = () => (pagefind ??= loadPagefind(siteRoot));
  const openFilterNames = () => groups.filter((group) => group.open).map((group) => group.dataset['filter']!);

  async function search(debounce: boolean): Promise<void> {
    const run = ++generation;
    const term = input.value.trim();
    const hasFilters = Object.keys(filters).length > 0;
    const open = openFilterNames();
    keepQueryInAddress(term);
    if (term === '' && !hasFilters && open.length === 0) return showNothing();

    let api: PagefindApi;
    try {
      api = await getPagefind();
    } catch (error) {
      // Say so on the page rather than fail silently; the console keeps the details.
      pagefind = null;
      status.textContent = 'Search could not start. Reload the page to try again.';
      throw error;
    }
    // An open filter with no value ticked still loads that filter's data, so its counts come back;
    // filters that stay closed are never downloaded.
    const loaded: Filters = Object.fromEntries(open.map((name) => [name, []]));
    const options = { filters: { ...loaded, ...filters }, sort: sortSelect.value === 'date' ? { date: 'desc' as const } : {} };
    const query = term === '' ? null : term;
    const response = debounce ? await api.debouncedSearch(query, options, 300) : await api.search(query, options);
    if (response === null || run !== generation) return;

    showFilterCounts(response);
    if (term === '' && !hasFilters) return showNothing();
    await showResults(response, term, run);
  }

  async function showResults(response: SearchResponse, term: string, run: number): Promise<void> {
    pending = response.results;
    const count = response.results.length;
    const what = term === '' ? 'with these filters' : `for ${term}`;
    const items = await loadPage(run);
    if (items === null) return;
    list.replaceChildren(...items);
    status.textContent = count === 0 ? `No results ${what}` : `${count} ${count === 1 ? 'result' : 'results'} ${what}`;
    more.hidden = pending.length === 0;
  }

  // The next page of results as list items, or null when a newer search started meanwhile.
  async function loadPage(run: number): Promise<HTMLLIElement[] | null> {
    const page = pending.slice(0, pageSize);
    const data = await Promise.all(page.map((result) => result.data()));
    if (run !== generation) return null;
    pending = pending.slice(page.length);
    return data.map((result) => renderResult(result, languageCodes[result.meta['language'] ?? '']));
  }

  function showFilterCounts(response: SearchResponse): void {
    const counted = toFilterGroups(openFilterNames(), response.filters, filters);
    for (const group of counted) {
      const container = groups.find((element) => element.dataset['filter'] === group.name)?.querySelector<HTMLElement>('.search-filter-values');
      if (container) renderFilterValues(container, group);
    }
  }

  function showNothing(): void {
    pending = [];
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
  }

  function keepQueryInAddress(term: string): void {
    const params = new URLSearchParams(window.location.search);
    if ((params.get('q') ?? '') === term) return;
    if (term === '') params.delete('q');
    else params.set('q', term);
    const query = params.toString();
    // Some browsers refuse to change a file:// address; the search works the same without it.
    try {
      history.replaceState(history.state, '', `${window.location.pathname}${query === '' ? '' : `?${query}`}`);
    } catch {}
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(false);
  });
  input.addEventListener('input', () => void search(true));
  // Focusing the box is the first sign of a search: start loading Pagefind and its index.
  input.addEventListener('focus', () => void getPagefind().then((api) => api.init()), { once: true });
  sortSelect.addEventListener('change', () => void search(false));
  for (const group of groups) {
    group.addEventListener('toggle', () => {
      if (group.open) void search(false);
    });
    group.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      filters = toggleFilter(filters, box.name, box.value, box.checked);
      void search(false);
    });
  }
  more.addEventListener('click', async () => {
    const firstNew = list.children.length;
    const items = await loadPage(generation);
    if (items === null) return;
    list.append(...items);
    more.hidden = pending.length === 0;
    // Keyboard readers continue at the first result just added.
    list.children[firstNew]?.querySelector('a')?.focus();
  });

  root.hidden = false;
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query !== '') void search(false);

  function find<T extends Element>(selector: string): T {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search.html has no ${selector}; rebuild the site with \`npm run build\`.`);
    return element;
  }
}
