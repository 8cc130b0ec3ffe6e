// Journaling without a connection. On today's form (kept on the phone by /sw.js), Save while offline keeps the entry
// in this browser's IndexedDB and says so; on any of the patient's pages, once online (the `online` event or the next
// page load), each kept entry is posted to this app only, with its own one-time form key, so a retry never saves twice.
// A conflict with a newer save elsewhere (or anything the form refuses) opens the journal's own page for it.
// Entries are kept per account (the page's data-patient): another account on this phone never sends them.
(function () {
  'use strict';
  var owner = document.body.getAttribute('data-patient');
  if (!owner || !window.indexedDB || !window.fetch || !window.URLSearchParams) { return; }

  var DB_NAME = 'healactively-offline';
  var STORE = 'journal';
  var TOKEN = '__RequestVerificationToken';
  var SAVED_TEXT = 'Saved on this phone — will send when you are back online.';
  var SENT_TEXT = 'Your journal entry saved on this phone has been sent.';
  var SIGN_IN_TEXT = 'A journal entry is saved on this phone: sign in again to send it.';
  var syncing = false;

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'id' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, action) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = action(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function keptEntries() {
    return run('readonly', function (store) { return store.getAll(); }).then(function (all) {
      return (all || []).filter(function (entry) { return entry.owner === owner; });
    });
  }

  function keep(entry) { return run('readwrite', function (store) { return store.put(entry); }); }

  function forget(id) { return run('readwrite', function (store) { return store.delete(id); }); }

  // A fresh one-time key (what FormKeys issues: lower-case hex): the kept form's own key may be used already.
  function newFormKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function say(id, text, kind) {
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.setAttribute('role', 'status');
      var main = document.getElementById('main');
      if (!main) { return; }
      main.insertBefore(box, main.firstChild);
    }
    box.className = 'alert alert-' + kind;
    box.textContent = text;
    return box;
  }

  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== TOKEN && typeof value === 'string') { fields.push([name, value]); }
    });
    return fields;
  }

  // Shows a kept entry in the form again, exactly as it was typed.
  function restore(form, fields) {
    Array.prototype.forEach.call(form.querySelectorAll('input[type=checkbox]'), function (box) { box.checked = false; });
    fields.forEach(function (field) {
      Array.prototype.forEach.call(form.elements, function (element) {
        if (element.name !== field[0] || element.name === 'FormKey') { return; }
        if (element.type === 'radio' || element.type === 'checkbox') {
          if (element.value === field[1]) { element.checked = true; }
        } else if (element.type !== 'hidden' || element.name === 'Input.Version') {
          element.value = field[1];
        }
      });
    });
  }

  function wireForm(form) {
    var date = form.getAttribute('data-offline-date');
    var id = owner + '|' + date;
    var action = '/Journal/Entry/' + date;

    keptEntries().then(function (entries) {
      var kept = entries.filter(function (entry) { return entry.id === id; })[0];
      if (kept) {
        restore(form, kept.fields);
        say('offline-saved', SAVED_TEXT, 'info');
      }
    }).catch(function () { /* nothing kept */ });

    form.addEventListener('submit', function (event) {
      if (navigator.onLine !== false) { return; }
      event.preventDefault();
      var fields = fieldsOf(form).filter(function (field) { return field[0] !== 'FormKey'; });
      fields.push(['FormKey', newFormKey()]);
      keep({ id: id, owner: owner, date: date, action: action, fields: fields, savedAt: Date.now() })
        .then(function () {
          var box = say('offline-saved', SAVED_TEXT, 'info');
          if (box) { box.scrollIntoView({ block: 'center' }); }
        })
        .catch(function () {
          say('offline-saved', 'This phone could not keep the entry: leave this page open and press Save again when you are back online.', 'warning');
        });
    });
  }

  function tokenFrom(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var input = doc.querySelector('#entry-form input[name="' + TOKEN + '"]');
    return input ? input.value : null;
  }

  function isSignIn(response) { return response.url.indexOf('/Identity/Account/') !== -1; }

  function body(entry, token) {
    var data = new URLSearchParams();
    entry.fields.forEach(function (field) { data.append(field[0], field[1]); });
    data.append(TOKEN, token);
    return data;
  }

  // The journal's own answer (the conflict page, or the form with what it refused), shown as a normal post would.
  function postAsPage(entry, token) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = entry.action;
    form.hidden = true;
    body(entry, token).forEach(function (value, name) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
  }

  function send(entry) {
    var token;
    // A fresh form first: a current antiforgery token, and proof the patient is still signed in.
    return fetch(entry.action, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok || isSignIn(response)) { throw new Error(isSignIn(response) ? 'sign-in' : 'later'); }
        return response.text();
      })
      .then(function (html) {
        token = tokenFrom(html);
        if (!token) { throw new Error('later'); }
        return fetch(entry.action, { method: 'POST', body: body(entry, token), credentials: 'same-origin' });
      })
      .then(function (response) {
        if (isSignIn(response)) { throw new Error('sign-in'); }
        if (response.ok && response.redirected) {
          return forget(entry.id).then(function () { say('offline-sent', SENT_TEXT, 'success'); return true; });
        }
        if (response.status === 409 || response.status === 400 || response.status === 200) {
          // Nothing was saved: the journal's page tells why, with the typed entry in its form.
          return forget(entry.id).then(function () { postAsPage(entry, token); return false; });
        }
        return true; // busy or failing: kept, tried again later
      })
      .catch(function (error) {
        if (error && error.message === 'sign-in') { say('offline-sent', SIGN_IN_TEXT, 'warning'); }
        return false;
      });
  }

  function sendKept() {
    if (syncing || navigator.onLine === false) { return; }
    syncing = true;
    keptEntries()
      .then(function (entries) {
        return entries.reduce(function (previous, entry) {
          return previous.then(function (goOn) { return goOn === false ? false : send(entry); });
        }, Promise.resolve(true));
      })
      .catch(function () { /* tried again on the next page or connection */ })
      .then(function () { syncing = false; });
  }

  var form = document.getElementById('entry-form');
  if (form && form.hasAttribute('data-offline-date')) { wireForm(form); }
  window.addEventListener('online', sendKept);
  sendKept();
})();
