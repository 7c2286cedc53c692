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

// A link of an error summary moves the focus to its own field, not only the view, and scrolls the
// field's label or legend into view above it (a group of choices: its first choice, or the chosen one).
(function () {
  function fieldOf(target) {
    if (target.matches('input, select, textarea')) { return target; }
    return target.querySelector('input:checked:not([type=hidden])')
      || target.querySelector('input:not([type=hidden]), select, textarea');
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('[data-error-summary] a[data-error-field]');
    var target = link && document.getElementById(link.getAttribute('data-error-field'));
    var field = target && fieldOf(target);
    if (!field) { return; }
    e.preventDefault();
    var group = field.closest('fieldset');
    var shown = target.matches('fieldset') ? target.querySelector('legend')
      : (field.labels && field.labels[0]) || (group && group.querySelector('legend'));
    (shown || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
