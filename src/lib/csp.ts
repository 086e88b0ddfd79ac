/**
 * The Content-Security-Policy the built site satisfies, for the server that publishes it.
 *
 * Environment-neutral. The nginx and `_headers` snippets of docs/hosting.md quote `contentSecurityPolicy`
 * verbatim (a test checks), and the browser tests serve the site with exactly this header.
 */

/**
 * Each directive with the reason it is as loose as it is; everything not named is refused.
 * Order is the order of the header.
 */
export const cspDirectives = [
  // Nothing is allowed unless a directive below names it.
  ['default-src', "'none'"],
  // search.js and pagefind.js (imported by search.js), files of the site: no inline script anywhere.
  // Pagefind compiles its WebAssembly search engine from bytes it fetched, which needs 'wasm-unsafe-eval'.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Astro inlines the site's CSS in <style> elements (build.inlineStylesheets), so every page works
  // from any folder. Hashes would change with every CSS edit and differ per page; styles cannot run
  // code, and article text never becomes markup, so 'unsafe-inline' for styles is the trade.
  ['style-src', "'self' 'unsafe-inline'"],
  // The favicon. No data: images: the search page draws no icons.
  ['img-src', "'self'"],
  // Pagefind fetches its index files from the site itself. It searches on the main thread
  // (noWorker), so no worker-src: workers fall back to default-src 'none'.
  ['connect-src', "'self'"],
  // The header search box submits to search.html.
  ['form-action', "'self'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
] as const;

/** The policy as one header value. */
export const contentSecurityPolicy = cspDirectives.map(([name, value]) => `${name} ${value}`).join('; ');
