/**
 * Loads Pagefind's browser API when the search page first needs it (browser only).
 */
import type { PagefindApi } from './pagefind-api.ts';

/** What the offline bundle (`pagefind/offline/pagefind-offline.js`) puts on `window`. */
type OfflineWindow = Window & { dossierOfflineSearch?: { pagefind: PagefindApi | null } };

/**
 * Returns Pagefind, set up to search from the site at `siteRoot` (this script's folder, beside
 * `pagefind/`). Served, it imports `pagefind/pagefind.js`, which fetches its index as needed.
 * From `file://`, where Chromium blocks `import()`, `fetch()` and workers, it loads the offline
 * bundle, a classic script that gives the same functions reading the index from classic scripts.
 */
export async function loadPagefind(siteRoot: URL): Promise<PagefindApi> {
  const pagefind = siteRoot.protocol === 'file:' ? await loadOffline(siteRoot) : await importServed(siteRoot);
  await pagefind.options({
    // Pagefind stores result URLs from the site root ("/articles/x.html"); this maps them below
    // wherever the site is mounted, and below the folder on disk.
    baseUrl: siteRoot.pathname,
    // Searching on the main thread spares the reader the 43 kB worker file; a search takes
    // milliseconds, and the offline bundle searches on the main thread anyway.
    noWorker: true,
  });
  return pagefind;
}

function importServed(siteRoot: URL): Promise<PagefindApi> {
  return import(new URL('pagefind/pagefind.js', siteRoot).href) as Promise<PagefindApi>;
}

function loadOffline(siteRoot: URL): Promise<PagefindApi> {
  const script = document.createElement('script');
  script.src = new URL('pagefind/offline/pagefind-offline.js', siteRoot).href;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => {
      const pagefind = (window as OfflineWindow).dossierOfflineSearch?.pagefind;
      if (pagefind) resolve(pagefind);
      else reject(new Error(`${script.src} loaded but gave no search: rebuild the site with \`npm run build\`.`));
    });
    script.addEventListener('error', () => reject(new Error(`Failed to load ${script.src}: rebuild the site with \`npm run build\`.`)));
    document.head.append(script);
  });
}
