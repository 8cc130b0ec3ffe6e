// Installs the service worker (/sw.js): the app's static files and an offline page on the phone, and today's
// journal form for journaling without a connection. Nothing else about the page depends on it.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) { return; }
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the app works without it */ });
})();
