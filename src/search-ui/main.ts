/**
 * The search page's script (browser only), bundled into `dist/search.js` as one classic script by
 * `src/integrations/search-script.ts`. Nothing of Pagefind loads until a search is made or the
 * search box is focused, and no filter data loads until the reader opens a filter. Every URL is
 * worked out from this script's own address, so one build works at a web root, under any
 * sub-path and from `file://`.
 */
import { isLooseMatch } from '../lib/search/is-loose-match.ts';
import { mergeAnswers, toGlobalRanks, type MergedResult } from '../lib/search/merge-results.ts';
import { toSearchTerm } from '../lib/search/to-search-term.ts';
import { loadSearch, type LanguageSearch } from './load-search.ts';
import type { Filters, SearchResponse, SearchResult } from './pagefind-api.ts';
import { renderFilterValues } from './render-filters.ts';
import { renderResult } from './render-result.ts';
import { toFilterGroups, toggleFilter } from './to-filter-groups.ts';

/** Results shown at first and added by each "Load more results": each one is a fragment download. */
const pageSize = 5;

const script = document.currentScript as HTMLScriptElement | null;
const root = document.getElementById('search');
if (script && root) startSearchPage(root, new URL('./', script.src));

/** Every language's Pagefind, and the places of each language's articles in the date order of all. */
type Backend = { languages: LanguageSearch[]; ranks: number[][] };
type Merged = ReturnType<typeof mergeAnswers<SearchResult>>;

function startSearchPage(root: HTMLElement, siteRoot: URL): void {
  const form = find<HTMLFormElement>('#search-form');
  const input = find<HTMLInputElement>('#search-query');
  const sortSelect = find<HTMLSelectElement>('#search-sort');
  const status = find<HTMLElement>('#search-status');
  const list = find<HTMLOListElement>('#search-results');
  const more = find<HTMLButtonElement>('#search-more');
  const note = find<HTMLElement>('#search-note');
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
  let backend: Promise<Backend> | null = null;
  let filters: Filters = {};
  let generation = 0;
  let pending: MergedResult<SearchResult>[] = [];

  const getBackend = () => (backend ??= loadSearch(siteRoot).then(({ languages, dateOrder, pageCount }) => ({ languages, ranks: toGlobalRanks(dateOrder, pageCount, languages.length) })));
  const openFilterNames = () => groups.filter((group) => group.open).map((group) => group.dataset['filter']!);

  async function search(debounce: boolean): Promise<void> {
    const run = ++generation;
    const term = input.value.trim();
    const hasFilters = Object.keys(filters).length > 0;
    const open = openFilterNames();
    keepQueryInAddress(term);
    if (term === '' && !hasFilters && open.length === 0) return showNothing();

    let api: Backend;
    try {
      api = await getBackend();
    } catch (error) {
      // Say so on the page rather than fail silently; the console keeps the details.
      backend = null;
      status.textContent = 'Search could not start. Reload the page to try again.';
      throw error;
    }
    // An open filter with no value ticked still loads that filter's data, so its counts come back;
    // filters that stay closed are never downloaded.
    const loaded: Filters = Object.fromEntries(open.map((name) => [name, []]));
    const byDate = sortSelect.value === 'date';
    const options = { filters: { ...loaded, ...filters }, sort: byDate ? { date: 'desc' as const } : {} };
    // Every language's index at once, each with the query stemmed in its language.
    const answers = await Promise.all(
      api.languages.map(({ lang, api: pagefind }) => {
        const query = term === '' ? null : toSearchTerm(term, lang);
        return debounce ? pagefind.debouncedSearch(query, options, 300) : pagefind.search(query, options);
      }),
    );
    if (answers.some((answer) => answer === null) || run !== generation) return;
    const response = mergeAnswers(answers as SearchResponse[], byDate ? api.ranks : undefined);

    showFilterCounts(response);
    if (term === '' && !hasFilters) return showNothing();
    await showResults(response, term, run);
  }

  async function showResults(response: Merged, term: string, run: number): Promise<void> {
    pending = response.results;
    const count = response.results.length;
    const what = term === '' ? 'with these filters' : `for ${term}`;
    const page = await loadPage(run);
    if (page === null) return;
    list.replaceChildren(...page.items);
    status.textContent = count === 0 ? `No results ${what}` : `${count} ${count === 1 ? 'result' : 'results'} ${what}`;
    // Pagefind falls back to a shorter word when no word starts with the query: say so.
    const loose = term !== '' && isLooseMatch(term, page.shown);
    note.textContent = loose ? `No article has a word that starts with “${term}”. These have a shorter word it starts with.` : '';
    note.hidden = !loose;
    more.hidden = pending.length === 0;
  }

  // The next page of results as list items, or null when a newer search started meanwhile.
  async function loadPage(run: number): Promise<{ items: HTMLLIElement[]; shown: { lang: string; excerpt: string }[] } | null> {
    const page = pending.slice(0, pageSize);
    const backendNow = await getBackend();
    const data = await Promise.all(page.map((result) => result.data()));
    if (run !== generation) return null;
    pending = pending.slice(page.length);
    const langs = page.map((result) => backendNow.languages[result.language]?.lang ?? '');
    return {
      items: data.map((result, index) => renderResult(result, langs[index])),
      shown: data.map((result, index) => ({ lang: langs[index]!, excerpt: result.excerpt })),
    };
  }

  function showFilterCounts(response: Merged): void {
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
    note.textContent = '';
    note.hidden = true;
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
  input.addEventListener('focus', () => void getBackend().then((api) => Promise.all(api.languages.map(({ api: pagefind }) => pagefind.init()))), { once: true });
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
    const page = await loadPage(generation);
    if (page === null) return;
    list.append(...page.items);
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
