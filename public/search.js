/*
 * Starts Pagefind's search UI on search.html and runs the query from `?q=`.
 *
 * A classic script, loaded with `defer` after pagefind/pagefind-ui.js. Every URL is worked out
 * from this script's own address at run time, never from a build-time base, so one build works
 * at the web root and under any sub-path.
 */
(function () {
  'use strict';

  // This file sits at the site root, beside the pagefind/ bundle folder.
  var siteRoot = new URL('./', document.currentScript.src);
  var container = document.getElementById('search');

  if (!container || typeof window.PagefindUI !== 'function') return;

  // Browsers refuse to load the index from file://; say so instead of failing silently.
  if (window.location.protocol === 'file:') {
    container.textContent = 'Search works when the site is served over HTTP. The home page lists every article.';
    return;
  }

  var ui = new window.PagefindUI({
    element: container,
    bundlePath: new URL('pagefind/', siteRoot).href,
    // Pagefind stores result URLs from the site root ("/articles/x.html"); this maps them below
    // wherever the site is mounted.
    baseUrl: siteRoot.pathname,
    showImages: false,
    showSubResults: true,
  });

  var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
  if (query === '') return;
  ui.triggerSearch(query);
  // triggerSearch runs the query but leaves Pagefind's own box empty; show what was searched.
  var input = container.querySelector('input');
  if (input && input.value === '') input.value = query;
})();
