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

  // Results show the date, the company, the language and key figures (the `data-pagefind-meta`
  // of each article, formatted at build time), in that order; Pagefind hands metadata over sorted
  // by name, and other fields (the searchable identifiers) are not for display.
  var shownMeta = ['title', 'date', 'company', 'language', 'figures'];
  function showMeta(result) {
    var meta = {};
    shownMeta.forEach(function (name) {
      if (result.meta[name] !== undefined) meta[name] = result.meta[name];
    });
    result.meta = meta;
    return result;
  }

  // Pagefind UI takes its sort order once, when it starts; a new order restarts it with the same
  // query and filters. Undated articles carry the lowest date key, so they come last, not missing.
  var sorts = { date: { date: 'desc' }, relevance: null };
  var sortSelect = document.getElementById('search-sort');
  var ui = null;

  function start(sortName, query, filters) {
    if (ui !== null) ui.destroy();
    container.textContent = '';
    ui = new window.PagefindUI({
      element: container,
      bundlePath: bundlePath,
      // Pagefind stores result URLs from the site root ("/articles/x.html"); this maps them below
      // wherever the site is mounted.
      baseUrl: siteRoot.pathname,
      showImages: false,
      showSubResults: true,
      openFilters: ['language'],
      processResult: showMeta,
      sort: sorts[sortName] || undefined,
    });
    // Pagefind's box has only a title; the page heading is its visible label.
    var input = container.querySelector('input');
    if (input) input.setAttribute('aria-labelledby', 'search-heading');
    if (filters) ui.triggerFilters(filters);
    if (query === '') return;
    ui.triggerSearch(query);
    // triggerSearch runs the query but leaves Pagefind's own box empty; show what was searched.
    if (input && input.value === '') input.value = query;
  }

  // The filters ticked in Pagefind's panel, as triggerFilters takes them.
  function readFilters() {
    var filters = {};
    container.querySelectorAll('input[type=checkbox]:checked').forEach(function (box) {
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }

  start(sortSelect ? sortSelect.value : 'date', (new URLSearchParams(window.location.search).get('q') || '').trim(), null);

  if (sortSelect) {
    sortSelect.addEventListener('change', function () {
      var input = container.querySelector('input');
      start(sortSelect.value, input ? input.value.trim() : '', readFilters());
    });
  }

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
