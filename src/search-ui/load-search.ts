/**
 * Loads the search when the search page first needs it (browser only): Pagefind once per
 * language of the index, each on that language's index, all from one download of its runtime.
 */
import type { PagefindApi } from './pagefind-api.ts';

/**
 * How strongly a word close in length to the query word wins over a longer or shorter one
 * (Pagefind's default is 1). Pagefind answers a word no indexed word starts with by the longest
 * indexed word it starts with: the German index answers "dividends" with "Dividende", the
 * English one "Analysten" with "analysts". Scored at the default, such near misses from one
 * language outranked exact matches from the other; at this weight a word two letters off
 * counts a tenth, and exact words and stems lead. Measured with `npm run eval:search`.
 */
export const termSimilarity = 4;

/**
 * Weights of metadata matches (Pagefind's default is 1 for every field). The key figures are
 * labelled in English on German articles too ("Dividend €5.35"): a German article matching
 * "dividends" only there is a fair result, but not before the English articles about dividends.
 */
export const metaWeights = { figures: 0.3 };

/** One language's Pagefind. */
export type LanguageSearch = { lang: string; api: PagefindApi };

/** What `pagefind/dossier-search.js` puts on `window` (see src/node/search-index/to-search-runtime.ts). */
type SearchRuntime = {
  languages: string[];
  dateOrder: string;
  pageCount: number;
  cacheTag: string;
  createPagefind: (fetch: typeof window.fetch, pagefindUrl: string) => PagefindApi;
};
type SearchWindow = Window & { dossierSearch?: SearchRuntime; dossierOfflineSearch?: { fetch?: typeof window.fetch } };

/**
 * Returns a Pagefind per language of the index under `siteRoot` (this script's folder, beside
 * `pagefind/`), with the runtime's date order. Served, Pagefind reads its files with `fetch`;
 * from `file://`, where Chromium blocks `fetch()`, module scripts and workers, it reads them
 * through the offline bundle's classic scripts (`pagefind/offline/`). Each language's Pagefind
 * sees an entry file that lists its language alone, so it opens that language's index; the
 * entry and the one WebAssembly file are downloaded once for all of them.
 */
export async function loadSearch(siteRoot: URL): Promise<{ languages: LanguageSearch[]; dateOrder: string; pageCount: number }> {
  const bundle = new URL('pagefind/', siteRoot);
  const page = window as SearchWindow;
  if (siteRoot.protocol === 'file:') await loadScript(new URL('offline/pagefind-offline.js', bundle));
  await loadScript(new URL('dossier-search.js', bundle));
  const runtime = page.dossierSearch;
  const read = siteRoot.protocol === 'file:' ? page.dossierOfflineSearch?.fetch : window.fetch.bind(window);
  if (!runtime || !read) throw new Error(`${bundle.href} holds no search runtime: rebuild the site with \`npm run build\`.`);

  const shared = readOnce(read);
  const languages = await Promise.all(
    runtime.languages.map(async (lang) => {
      const api = runtime.createPagefind(entryFor(lang, shared), new URL('pagefind.js', bundle).href);
      await api.options({
        // Pagefind stores result URLs from the site root ("/articles/x.html"); this maps them below
        // wherever the site is mounted, and below the folder on disk.
        baseUrl: siteRoot.pathname,
        // Search on the main thread: no worker file to download, and never Pagefind's 5-second
        // wait for a worker that cannot start (from file://).
        noWorker: true,
        // The same entry address for every language and page load, so it is fetched once.
        metaCacheTag: runtime.cacheTag,
        ranking: { termSimilarity, metaWeights },
      });
      return { lang, api };
    }),
  );
  return { languages, dateOrder: runtime.dateOrder, pageCount: runtime.pageCount };
}

// Each file is fetched once however many Pagefinds ask for it (the entry file and the WebAssembly).
function readOnce(read: typeof window.fetch): (url: string) => Promise<ArrayBuffer> {
  const files = new Map<string, Promise<ArrayBuffer>>();
  return (url) => {
    let file = files.get(url);
    if (!file) {
      file = read(url).then((response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
        return response.arrayBuffer();
      });
      file.catch(() => files.delete(url));
      files.set(url, file);
    }
    return file;
  };
}

function entryFor(lang: string, read: (url: string) => Promise<ArrayBuffer>): typeof window.fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const bytes = await read(url);
    if (!/\/pagefind-entry\.json(\?|$)/.test(url)) return new Response(bytes, { status: 200 });
    const entry = JSON.parse(new TextDecoder().decode(bytes));
    entry.languages = { [lang]: entry.languages[lang] };
    return new Response(JSON.stringify(entry), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

function loadScript(src: URL): Promise<void> {
  const script = document.createElement('script');
  script.src = src.href;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Failed to load ${script.src}: rebuild the site with \`npm run build\`.`)));
    document.head.append(script);
  });
}
