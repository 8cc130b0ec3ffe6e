// Preselects the browser's time zone when the patient has not chosen one yet.
(function () {
  var select = document.querySelector('select[data-default-to-browser-zone]');
  if (!select || select.value) { return; }
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { select.value = zone; return; }
  }
})();
