// Follows the system's light or dark preference (Bootstrap colour modes), before the page paints.
(function () {
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function apply() { document.documentElement.setAttribute('data-bs-theme', media && media.matches ? 'dark' : 'light'); }
  apply();
  if (media && media.addEventListener) { media.addEventListener('change', apply); }
})();
