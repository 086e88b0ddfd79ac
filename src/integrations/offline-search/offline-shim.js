/*
 * Dossier's offline search runtime for file:// (a classic script, built into
 * pagefind/offline/pagefind-offline.js with Pagefind's own code appended).
 *
 * Chromium blocks fetch() on file://, so Pagefind gets this fetch instead: it answers each request
 * for a file of the index by loading pagefind/offline/<file>.js, a classic script that hands over
 * the file's bytes (base64). Files load on demand, as Pagefind would fetch them over HTTP.
 */
(function () {
  'use strict';

  var offlineRoot = new URL('./', document.currentScript.src);
  var bundleRoot = new URL('../', offlineRoot);
  var files = Object.create(null);
  var waiting = Object.create(null);

  function register(path, base64) {
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    files[path] = bytes;
    if (waiting[path]) waiting[path].resolve(bytes);
  }

  function load(path) {
    if (files[path]) return Promise.resolve(files[path]);
    if (waiting[path]) return waiting[path].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      entry.reject = reject;
    });
    waiting[path] = entry;
    var script = document.createElement('script');
    script.src = new URL(path + '.js', offlineRoot).href;
    script.onerror = function () {
      delete waiting[path];
      entry.reject(new TypeError('Failed to load ' + script.src + ': the offline search index is incomplete.'));
    };
    document.head.appendChild(script);
    return entry.promise;
  }

  // Answers what Pagefind fetches below its bundle folder; query strings (cache busters) are ignored.
  function offlineFetch(input) {
    var url = new URL(typeof input === 'string' ? input : input.url, document.baseURI);
    url.search = '';
    url.hash = '';
    if (url.href.indexOf(bundleRoot.href) !== 0) {
      return Promise.reject(new TypeError('The offline search only reads files below ' + bundleRoot.href + ', not ' + url.href));
    }
    return load(decodeURIComponent(url.href.slice(bundleRoot.href.length))).then(function (bytes) {
      return new Response(bytes, { status: 200 });
    });
  }

  window.dossierOfflineSearch = {
    register: register,
    fetch: offlineFetch,
    pagefindUrl: new URL('pagefind.js', bundleRoot).href,
    pagefind: null,
  };
})();
