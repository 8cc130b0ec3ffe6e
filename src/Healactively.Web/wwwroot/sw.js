// Healactively's service worker: the app's static files and an offline page on the phone, and today's
// journal form (the only signed-in page kept on the device) so a patient can journal with no connection.
// Every other page, signed in or not, always comes from the network: health data stays off the device cache.
importScripts('/js/sw-push.js');

// Bump when the files precached below change in a way their own URLs do not show. Pages ask for their styles and
// scripts with the build's ?v= hash (asp-append-version), so a changed file is a new URL and is fetched afresh.
var VERSION = 'v1';
var STATIC_CACHE = 'healactively-static-' + VERSION;
var JOURNAL_CACHE = 'healactively-journal-today';
var JOURNAL_PATH = '/journal/entry';
var OFFLINE_PAGE = '/offline.html';

var PRECACHE = [
  OFFLINE_PAGE,
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/lib/bootstrap/dist/css/bootstrap.min.css',
  '/lib/bootstrap/dist/js/bootstrap.bundle.min.js',
  '/css/site.css',
  '/js/color-mode.js',
  '/js/app-shell.js',
  '/js/offline-journal.js',
  '/js/steppers.js',
  '/js/share-moment.js'
];

var STATIC_PREFIXES = ['/css/', '/js/', '/lib/', '/icons/'];

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then(function (cache) { return cache.addAll(PRECACHE); })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names
          .filter(function (name) { return name.indexOf('healactively-static-') === 0 && name !== STATIC_CACHE; })
          .map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  if (url.pathname === '/favicon.ico' || url.pathname === '/manifest.webmanifest' || url.pathname === OFFLINE_PAGE) { return true; }
  return STATIC_PREFIXES.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; });
}

// Today's form is /Journal/Entry with no date and no query (the "Journal today" links).
function isTodaysJournal(url) {
  return url.pathname.toLowerCase() === JOURNAL_PATH && url.search === '';
}

// Static files: the cache first (exact URL, then the same file under any ?v=), then the network, kept for next time.
function staticFile(request) {
  return caches.open(STATIC_CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) { return hit; }
      return fetch(request).then(function (response) {
        if (response.ok) { cache.put(request, response.clone()); }
        return response;
      }).catch(function () {
        return cache.match(request, { ignoreSearch: true }).then(function (any) {
          return any || Response.error();
        });
      });
    });
  });
}

function offlinePage() {
  return caches.match(OFFLINE_PAGE, { ignoreSearch: true }).then(function (page) {
    return page || new Response('No connection.', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  });
}

// Today's form: the network when there is one (and the fresh form replaces the kept copy); the kept copy without.
function todaysJournal(request) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      caches.open(JOURNAL_CACHE).then(function (cache) { return cache.put(JOURNAL_PATH, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(JOURNAL_CACHE)
      .then(function (cache) { return cache.match(JOURNAL_PATH); })
      .then(function (kept) { return kept || offlinePage(); });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }

  if (request.method !== 'GET') {
    // Signing out forgets the kept journal form: the next person on this phone does not see it.
    if (url.pathname.toLowerCase() === '/identity/account/logout') {
      event.waitUntil(caches.delete(JOURNAL_CACHE));
    }
    return;
  }

  if (request.mode === 'navigate') {
    if (isTodaysJournal(url)) {
      event.respondWith(todaysJournal(request));
      return;
    }
    // Every other page: network only, the offline page when there is none.
    event.respondWith(fetch(request).catch(offlinePage));
    return;
  }

  if (isStatic(url)) {
    event.respondWith(staticFile(request));
  }
});

// A page can ask to forget the kept form (e.g. after signing out elsewhere).
self.addEventListener('message', function (event) {
  if (event.data === 'forget-journal') {
    caches.delete(JOURNAL_CACHE);
  }
});
