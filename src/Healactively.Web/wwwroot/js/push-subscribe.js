// "Turn on / off notifications on this device" on the profile (the _ReminderChannels partial). Without JavaScript,
// a service worker or the Push API the buttons stay hidden. The service worker (/sw.js) is registered by the layout;
// this script only waits for it (navigator.serviceWorker.ready) and never registers one itself.
(function () {
    'use strict';
    var box = document.getElementById('push-device');
    if (!box || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
        return;
    }

    var on = document.getElementById('push-on');
    var off = document.getElementById('push-off');
    var status = document.getElementById('push-status');
    var pushBox = document.getElementById('Channels_ByPush');
    var form = box.closest('form');
    var blocked = 'Notifications are blocked for this site in your browser. You can allow them in the browser\'s site settings, '
        + 'or keep the email reminder.';

    function say(text) { status.textContent = text; }

    function show(subscribed) {
        on.hidden = subscribed;
        off.hidden = !subscribed;
    }

    function token() {
        var field = form ? form.querySelector('input[name="__RequestVerificationToken"]') : null;
        return field ? field.value : '';
    }

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token() },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                if (!response.ok) {
                    throw new Error(text || 'The server could not save it. Please try again.');
                }
                return text;
            });
        });
    }

    function keyBytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var raw = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
        var bytes = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i++) {
            bytes[i] = raw.charCodeAt(i);
        }
        return bytes;
    }

    // The worker's registration, or null when this browser has none yet (then "ready" would wait for ever).
    function registration() {
        return navigator.serviceWorker.getRegistration().then(function (found) {
            return found ? navigator.serviceWorker.ready : null;
        });
    }

    function turnOn() {
        on.disabled = true;
        say('');
        Notification.requestPermission().then(function (permission) {
            if (permission === 'denied') {
                throw new Error(blocked);
            }
            if (permission !== 'granted') {
                throw new Error('Notifications were not turned on. Press the button again whenever you like.');
            }
            return registration();
        }).then(function (worker) {
            if (!worker) {
                throw new Error('This browser is not ready for notifications from this site yet. Reload the page and try again.');
            }
            return post(box.dataset.keyUrl, {}).then(function (text) {
                return worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(JSON.parse(text).publicKey) });
            });
        }).then(function (subscription) {
            return post(box.dataset.subscribeUrl, subscription.toJSON());
        }).then(function () {
            show(true);
            if (pushBox && !pushBox.checked) {
                pushBox.checked = true;
                say('Notifications are on for this device. Press Save to get your daily reminder this way.');
            } else {
                say('Notifications are on for this device.');
            }
        }).catch(function (error) {
            say(error && error.message ? error.message : 'Notifications could not be turned on. Please try again.');
        }).then(function () {
            on.disabled = false;
        });
    }

    function turnOff() {
        off.disabled = true;
        say('');
        registration().then(function (worker) {
            return worker ? worker.pushManager.getSubscription() : null;
        }).then(function (subscription) {
            if (!subscription) {
                return null;
            }
            return post(box.dataset.unsubscribeUrl, { endpoint: subscription.endpoint }).then(function () {
                return subscription.unsubscribe();
            });
        }).then(function () {
            show(false);
            say('Notifications are off on this device.');
        }).catch(function (error) {
            say(error && error.message ? error.message : 'Notifications could not be turned off. Please try again.');
        }).then(function () {
            off.disabled = false;
        });
    }

    on.addEventListener('click', turnOn);
    off.addEventListener('click', turnOff);
    box.hidden = false;
    if (Notification.permission === 'denied') {
        say(blocked);
    }
    registration().then(function (worker) {
        return worker ? worker.pushManager.getSubscription() : null;
    }).then(function (subscription) {
        show(!!subscription);
    }).catch(function () {
        show(false);
    });
})();
