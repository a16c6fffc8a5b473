// newstrace: the filter boxes of the web app and of the self-contained report (inlined there).
// Every <input data-filter="SELECTOR"> hides the elements matching SELECTOR whose text lacks one of the
// typed words. An element with data-source="ID" is matched against the text of element ID instead (the
// report's search matches whole documents this way without copying their text). Text is only read,
// never written as markup.
(function () {
  "use strict";
  function norm(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function haystack(el) {
    var source = el.dataset.source ? document.getElementById(el.dataset.source) : null;
    return norm((source || el).textContent || "");
  }
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var items = Array.prototype.slice.call(document.querySelectorAll(input.dataset.filter));
    var texts = null;  // read lazily: the report's documents can be long
    var counter = input.dataset.count ? document.getElementById(input.dataset.count) : null;
    function apply() {
      texts = texts || items.map(haystack);
      var words = norm(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (el, i) {
        var hit = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        el.hidden = !hit;
        shown += hit ? 1 : 0;
      });
      if (counter) {
        counter.textContent = words.length ? shown + " of " + items.length + " match" : "";
      }
    }
    input.addEventListener("input", apply);
    if (input.value) { apply(); }
  });
})();
