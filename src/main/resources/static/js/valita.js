// Moves focus to an error summary or a status message after a page or htmx swap, so that
// screen-reader and keyboard users hear what happened.
(function () {
  function focusAnnounced(root) {
    var target = (root || document).querySelector('[data-autofocus]');
    if (target) { target.focus(); }
  }
  document.addEventListener('DOMContentLoaded', function () { focusAnnounced(document); });
  document.addEventListener('htmx:afterSwap', function (e) { focusAnnounced(e.target); });
})();
