// The patient's "Share" button on a moment card: hands the card's sentence (text only, no link) to the phone's share
// sheet, or copies it when the browser has no share sheet. Without JavaScript the buttons stay hidden.
(function () {
  'use strict';
  var canShare = typeof navigator.share === 'function';
  var canCopy = !!(navigator.clipboard && typeof navigator.clipboard.writeText === 'function');
  if (!canShare && !canCopy) { return; }
  var buttons = document.querySelectorAll('button.moment-share[data-share-text]');
  Array.prototype.forEach.call(buttons, function (button) {
    var status = button.parentNode.querySelector('.moment-share-status');
    var say = function (text) { if (status) { status.textContent = text; } };
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-share-text') || '';
      say('');
      if (canShare) {
        navigator.share({ text: text }).then(function () { say('Shared'); }, function (error) {
          // Closing the share sheet is not an error worth a message.
          if (error && error.name === 'AbortError') { return; }
          if (canCopy) { copy(text); } else { say('Could not share'); }
        });
      } else {
        copy(text);
      }
    });
    function copy(text) {
      navigator.clipboard.writeText(text).then(function () { say('Copied'); }, function () { say('Could not copy'); });
    }
  });
})();
