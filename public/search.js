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

  var bundlePath = new URL('pagefind/', siteRoot).href;
  // From file:// browsers block Pagefind's fetch(), import() and workers: use the offline bundle.
  if (window.location.protocol === 'file:') bundlePath = loadOfflineSearch(siteRoot);

  var ui = new window.PagefindUI({
    element: container,
    bundlePath: bundlePath,
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

  /*
   * Loads pagefind/offline/pagefind-offline.js (Pagefind as a classic script that reads its index
   * from classic scripts) and returns a bundlePath for PagefindUI. The UI imports
   * `${bundlePath}pagefind.js`; a data: module is an import file:// allows, it hands over the
   * offline Pagefind, and its trailing comment swallows the appended file name.
   */
  function loadOfflineSearch(root) {
    var script = document.createElement('script');
    script.src = new URL('pagefind/offline/pagefind-offline.js', root).href;
    window.dossierOfflinePagefind = new Promise(function (resolve, reject) {
      script.onload = function () {
        resolve(window.dossierOfflineSearch.pagefind);
      };
      script.onerror = function () {
        reject(new Error('Failed to load ' + script.src + ': rebuild the site with `npm run build`.'));
      };
    });
    document.head.appendChild(script);
    var names = 'createInstance,debouncedSearch,destroy,filters,init,mergeIndex,options,preload,search';
    return 'data:text/javascript,' + encodeURIComponent('export const{' + names + '}=await window.dossierOfflinePagefind;//');
  }
})();
