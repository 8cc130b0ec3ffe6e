// Web Push for the service worker: /sw.js loads this with importScripts('/js/sw-push.js').
// The payload (sent by Features/Push/PushSender) is JSON: { title, body, url, tag } with no health data in it.
/* global self, clients */
(function () {
    'use strict';
    var fallback = { title: 'Healactively', body: 'Time for today\'s journal.', url: '/Journal/Entry', tag: 'journal-reminder' };

    function read(event) {
        if (!event.data) {
            return fallback;
        }
        try {
            var data = event.data.json();
            return {
                title: typeof data.title === 'string' ? data.title : fallback.title,
                body: typeof data.body === 'string' ? data.body : fallback.body,
                // Only a path of this app: a payload never sends the person elsewhere.
                url: typeof data.url === 'string' && data.url.charAt(0) === '/' && data.url.charAt(1) !== '/' ? data.url : fallback.url,
                tag: typeof data.tag === 'string' ? data.tag : fallback.tag
            };
        } catch (e) {
            return fallback;
        }
    }

    self.addEventListener('push', function (event) {
        var message = read(event);
        event.waitUntil(self.registration.showNotification(message.title, {
            body: message.body,
            tag: message.tag,
            renotify: false,
            data: { url: message.url }
        }));
    });

    self.addEventListener('notificationclick', function (event) {
        event.notification.close();
        var target = new URL((event.notification.data && event.notification.data.url) || fallback.url, self.location.origin).href;
        // A window already on today's journal is focused; otherwise a new one opens there.
        event.waitUntil(clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
            for (var i = 0; i < windows.length; i++) {
                var client = windows[i];
                if (client.url === target && 'focus' in client) {
                    return client.focus();
                }
            }
            return clients.openWindow(target);
        }));
    });
})();
