/*
 * Dossier's offline index reader for file:// (a classic script, built into
 * pagefind/offline/pagefind-offline.js after the pack lengths). The search runtime
 * (pagefind/dossier-search.js) is started with its fetch.
 *
 * Chromium blocks fetch() on file://, so Pagefind gets this fetch instead: it answers each request
 * for a file of the index by loading the file's pack, pagefind/offline/<pack>.js, a classic script
 * that hands over the bytes (base64) of every file in it. Packs load on demand, each once, as
 * Pagefind would fetch its files over HTTP. The pack of a file is computed from its name (packOf,
 * the same rule as packOf in to-offline-files.ts), so no list of files is loaded first.
 */
(function () {
  'use strict';

  var offlineRoot = new URL('./', document.currentScript.src);
  var bundleRoot = new URL('../', offlineRoot);
  var packPrefixLengths = window.dossierOfflineSearch.packPrefixLengths;
  var hashedName = /^([^/]+)\/([^/]*_)([^/._]+)(\.[^/]+)$/;
  // Base64 of the files registered and not asked for yet, bytes of those asked for.
  var encoded = Object.create(null);
  var files = Object.create(null);
  // Per path asked for and not loaded yet, its promise; per pack, its loading state.
  var waiting = Object.create(null);
  var packs = Object.create(null);

  function packOf(path) {
    var match = hashedName.exec(path);
    var length = match ? packPrefixLengths[match[1]] : undefined;
    if (!match || typeof length !== 'number') return path;
    return match[1] + '/' + match[2] + match[3].slice(0, length);
  }

  function decode(base64) {
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  function take(path) {
    if (!files[path] && encoded[path] !== undefined) {
      files[path] = decode(encoded[path]);
      delete encoded[path];
    }
    return files[path];
  }

  // Called by each pack for every file in it; files are decoded only when asked for.
  function register(path, base64) {
    if (files[path]) return;
    encoded[path] = base64;
    if (waiting[path]) {
      waiting[path].resolve(take(path));
      delete waiting[path];
    }
  }

  function fail(path, src) {
    var entry = waiting[path];
    delete waiting[path];
    entry.reject(new TypeError('Failed to load ' + src + ': the offline search index is incomplete.'));
  }

  function load(path) {
    var bytes = take(path);
    if (bytes) return Promise.resolve(bytes);
    var pack = packOf(path);
    var src = new URL(pack + '.js', offlineRoot).href;
    if (packs[pack] === 'loaded') return Promise.reject(new TypeError('Failed to load ' + src + ': the offline search index is incomplete.'));
    if (waiting[path]) return waiting[path].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      entry.reject = reject;
    });
    waiting[path] = entry;
    if (packs[pack] === 'loading') return entry.promise;

    packs[pack] = 'loading';
    var script = document.createElement('script');
    script.src = src;
    // Once the pack has run, whatever it did not register is missing from the index.
    script.onload = function () {
      packs[pack] = 'loaded';
      for (var waitingPath in waiting) if (packOf(waitingPath) === pack) fail(waitingPath, src);
    };
    // A pack that failed to load is tried again on the next request.
    script.onerror = function () {
      delete packs[pack];
      for (var waitingPath in waiting) if (packOf(waitingPath) === pack) fail(waitingPath, src);
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
    packPrefixLengths: packPrefixLengths,
    register: register,
    fetch: offlineFetch,
  };
})();
