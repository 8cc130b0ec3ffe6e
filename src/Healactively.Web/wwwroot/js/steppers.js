// Shows the − / + buttons beside number fields (minutes, distance) for thumbs. Without JavaScript the
// buttons stay hidden and the fields still take typed numbers.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-stepper-for]');
  Array.prototype.forEach.call(buttons, function (button) {
    var input = document.getElementById(button.getAttribute('data-stepper-for'));
    if (!input) { return; }
    var step = parseFloat(button.getAttribute('data-step'));
    button.hidden = false;
    button.addEventListener('click', function () {
      var current = parseFloat((input.value || '').replace(',', '.'));
      if (isNaN(current)) { current = 0; }
      var next = Math.max(0, Math.round((current + step) * 100) / 100);
      input.value = String(next);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
})();
