// KOSGEB application form: shows the item total (quantity × unit price, VAT excluded) and the
// requested support base amount after this item while the applicant types. The server computes
// the stored amounts; this is only a preview.
(function () {
  'use strict';
  var form = document.getElementById('item-form');
  if (!form) {
    return;
  }
  var quantity = document.getElementById('quantity');
  var unitPrice = document.getElementById('unitPrice');
  var itemTotal = document.getElementById('item-total-preview');
  var requestedPreview = document.getElementById('requested-preview');
  var lang = document.documentElement.lang || 'tr';
  var format = new Intl.NumberFormat(lang.indexOf('en') === 0 ? 'en-GB' : 'tr-TR',
    { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  // reads 1.234.567,89 / 1234567.89 / 1,234,567.89 like the server does
  function parseAmount(text) {
    var s = (text || '').replace(/TL|₺|\s/gi, '');
    if (!s) { return NaN; }
    var lastDot = s.lastIndexOf('.');
    var lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      var decimal = lastDot > lastComma ? '.' : ',';
      var grouping = decimal === '.' ? ',' : '.';
      s = s.split(grouping).join('').replace(decimal, '.');
    } else if (lastComma >= 0) {
      s = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.split(',').join('');
    } else if (lastDot >= 0) {
      var single = s.indexOf('.') === lastDot;
      if (!(single && s.length - lastDot - 1 !== 3)) { s = s.split('.').join(''); }
    }
    return /^\d+(\.\d{1,2})?$/.test(s) ? parseFloat(s) : NaN;
  }

  function update() {
    var q = parseInt(quantity.value, 10);
    var p = parseAmount(unitPrice.value);
    if (isNaN(q) || isNaN(p) || q < 1) {
      itemTotal.textContent = '—';
      requestedPreview.textContent = '';
      return;
    }
    var total = q * p;
    var requested = parseFloat(form.dataset.requested || '0') - parseFloat(form.dataset.editingTotal || '0') + total;
    itemTotal.textContent = format.format(total) + ' TL';
    requestedPreview.textContent = (form.dataset.afterLabel || '') + ' ' + format.format(requested) + ' TL';
  }

  quantity.addEventListener('input', update);
  unitPrice.addEventListener('input', update);
  update();
}());
