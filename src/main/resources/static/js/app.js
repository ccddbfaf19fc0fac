// Destek forms (issue 10 point 11): the error summary takes the focus when the page
// opens, each of its links moves the focus to its field, and every stated length limit
// (data-limit-for) counts down while the user types. No inline script (strict CSP).
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) {
        return;
      }
      var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus();
      }
    });
  }
  var lang = document.documentElement.lang || 'tr';
  var numbers = new Intl.NumberFormat(lang.indexOf('en') === 0 ? 'en-GB' : 'tr-TR');
  // a text area with a maxlength but no stated limit gets one (the first stated limit on
  // the page gives the wording)
  var wording = document.querySelector('[data-limit-counter]');
  var counterTemplate = wording ? wording.getAttribute('data-limit-counter') : document.body.getAttribute('data-limit-counter');
  document.querySelectorAll('textarea[maxlength]').forEach(function (area) {
    if (!area.id || document.querySelector('[data-limit-for="' + area.id + '"]') || !counterTemplate) {
      return;
    }
    var hint = document.createElement('div');
    hint.className = 'form-text';
    hint.id = area.id + '-limit';
    hint.setAttribute('data-limit-for', area.id);
    hint.setAttribute('data-limit-max', area.getAttribute('maxlength'));
    hint.setAttribute('data-limit-counter', counterTemplate);
    area.insertAdjacentElement('afterend', hint);
    var described = area.getAttribute('aria-describedby');
    area.setAttribute('aria-describedby', described ? described + ' ' + hint.id : hint.id);
  });
  document.querySelectorAll('[data-limit-for]').forEach(function (hint) {
    var field = document.getElementById(hint.getAttribute('data-limit-for'));
    var max = parseInt(hint.getAttribute('data-limit-max'), 10);
    var template = hint.getAttribute('data-limit-counter');
    if (!field || isNaN(max) || !template) {
      return;
    }
    function update() {
      var left = max - field.value.length;
      hint.textContent = template.replace('{0}', numbers.format(Math.max(left, 0))).replace('{1}', numbers.format(max));
      hint.classList.toggle('text-danger', left < 0.1 * max);
    }
    field.addEventListener('input', update);
    update();
  });
}());
