// Destek: a table wider than the screen scrolls inside its .table-responsive wrapper, never the page
// (WCAG 1.4.10 Reflow). While it scrolls, the wrapper is a keyboard stop (tabindex 0, WCAG 2.1.1) and a
// region named after the table's caption or heading, so arrow keys scroll it and a screen reader says
// what it holds. Narrow enough again, the wrapper is an ordinary box once more.
(function () {
  'use strict';
  var hint = document.body.getAttribute('data-scroll-hint') || '';

  function title(wrapper) {
    var caption = wrapper.querySelector('caption');
    if (caption && caption.textContent.trim()) {
      return caption.textContent.trim();
    }
    var table = wrapper.querySelector('table');
    if (table && table.getAttribute('aria-label')) {
      return table.getAttribute('aria-label');
    }
    for (var box = wrapper; box && box !== document.body; box = box.parentElement) {
      for (var before = box.previousElementSibling; before; before = before.previousElementSibling) {
        var heading = before.matches('h1, h2, h3, h4, h5, h6') ? before
          : before.querySelector('h1, h2, h3, h4, h5, h6');
        if (heading && heading.textContent.trim()) {
          return heading.textContent.trim();
        }
      }
    }
    return '';
  }

  function mark() {
    document.querySelectorAll('.table-responsive').forEach(function (wrapper) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
      var marked = wrapper.hasAttribute('data-scroll-region');
      if (scrolls && !marked) {
        var name = title(wrapper);
        wrapper.setAttribute('data-scroll-region', '');
        wrapper.setAttribute('tabindex', '0');
        wrapper.setAttribute('role', 'region');
        wrapper.setAttribute('aria-label', name ? name + ' (' + hint + ')' : hint);
      } else if (!scrolls && marked) {
        ['data-scroll-region', 'tabindex', 'role', 'aria-label'].forEach(function (attribute) {
          wrapper.removeAttribute(attribute);
        });
      }
    });
  }

  mark();
  window.addEventListener('resize', mark);
})();
