// Review panel: a passage selected in the document's text fills the "claim from any passage" form.
(function () {
  var text = document.querySelector('.document-text');
  var quote = document.getElementById('p-quote');
  if (!text || !quote) {
    return;
  }
  document.addEventListener('selectionchange', function () {
    var selection = document.getSelection();
    if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)) {
      return;
    }
    var chosen = selection.toString().trim();
    if (chosen.length > 0 && chosen.length <= 4000) {
      quote.value = chosen;
      document.getElementById('p-occ').value = '1';
    }
  });
}());
