extension TimelinePicture {
  /// The page's styles: readable on screen, a clean report in print, long words wrapped.
  static let styleSheet = """
    :root { color-scheme: light; }
    body { margin: 0 auto; max-width: 75rem; padding: 1rem 1.5rem 3rem; color: #222; background: #fff;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; overflow-wrap: anywhere; }
    h1 { font-size: 1.6rem; margin: 0.5rem 0 0; }
    h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #ccc; }
    h2 .count, .subtitle, .facts, .basis, figcaption { color: #555; font-size: 0.9rem; }
    .subtitle { margin: 0.25rem 0 1rem; }
    nav#theme-filter { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0 0 1rem; }
    nav#theme-filter[hidden] { display: none; }
    nav button { font: inherit; font-size: 0.85rem; padding: 0.15rem 0.6rem; border: 1px solid #888; border-radius: 1rem;
      background: #fff; color: #222; cursor: pointer; }
    nav button[aria-pressed="true"] { background: #222; color: #fff; border-color: #222; }
    nav .count { color: inherit; opacity: 0.7; }
    #filter-status { font-size: 0.85rem; color: #555; }
    .swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.3em; border: 1px solid #333; vertical-align: baseline; }
    figure.picture { margin: 0 0 1.5rem; overflow-x: auto; }
    figure.picture svg { display: block; max-width: 100%; height: auto; }
    ol.events { padding-left: 3rem; margin: 0; }
    li.event { margin: 0.3rem 0; }
    li.event::marker { color: #555; font-size: 0.85rem; }
    summary { cursor: pointer; }
    summary .date { font-weight: 600; }
    li.approximate summary .date { font-weight: 400; font-style: italic; }
    .themes { white-space: normal; }
    .chip { display: inline-block; font-size: 0.8rem; color: #444; margin-right: 0.5rem; }
    details .body { margin: 0.4rem 0 0.8rem 0.2rem; }
    .summary { margin: 0 0 0.4rem; }
    .facts, .basis { margin: 0 0 0.4rem; }
    figure.citation { margin: 0.5rem 0 0.7rem; }
    blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 3px solid #999; white-space: pre-line; }
    a { color: #0b57a4; }
    table { border-collapse: collapse; margin: 1rem 0; }
    caption { text-align: left; font-weight: 600; }
    th, td { border: 1px solid #ccc; padding: 0.2rem 0.6rem; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    footer { margin-top: 3rem; color: #666; font-size: 0.85rem; }
    @media print {
      @page { margin: 15mm; }
      body { max-width: none; padding: 0; font: 10pt/1.4 Georgia, "DejaVu Serif", serif; }
      nav#theme-filter, figure.picture figcaption { display: none; }
      figure.picture { overflow: visible; }
      h2 { break-after: avoid; }
      li.event { break-inside: avoid; }
      details::details-content { content-visibility: visible; display: block; }
      summary { list-style: none; }
      summary::-webkit-details-marker { display: none; }
      a { color: inherit; text-decoration: none; }
      a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; color: #444; }
    }

    """

  /// The theme filter: buttons toggle themes (any of the chosen themes shows an event, as `--theme`
  /// does); the list hides other events and the picture dims them. Also opens every `<details>`
  /// for printing. Constant, so that the page's security policy can name it by its hash.
  static let filterScript = """
    (function () {
      var nav = document.getElementById("theme-filter");
      if (!nav) return;
      nav.hidden = false;
      var buttons = Array.prototype.slice.call(nav.querySelectorAll("button[data-theme]"));
      var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
      var marks = Array.prototype.slice.call(document.querySelectorAll("svg g.event"));
      var sections = Array.prototype.slice.call(document.querySelectorAll("section.year"));
      var status = document.getElementById("filter-status");
      var chosen = [];
      function shows(element) {
        return chosen.length === 0 || chosen.some(function (theme) { return element.classList.contains(theme); });
      }
      function apply() {
        buttons.forEach(function (button) {
          var theme = button.getAttribute("data-theme");
          var pressed = theme === "all" ? chosen.length === 0 : chosen.indexOf(theme) >= 0;
          button.setAttribute("aria-pressed", pressed ? "true" : "false");
        });
        var shown = 0;
        items.forEach(function (item) { item.hidden = !shows(item); if (!item.hidden) shown += 1; });
        sections.forEach(function (section) { section.hidden = !section.querySelector("li.event:not([hidden])"); });
        marks.forEach(function (mark) { mark.style.opacity = shows(mark) ? "" : "0.15"; });
        status.textContent = chosen.length === 0 ? "" : shown + " of " + items.length + " events shown";
      }
      buttons.forEach(function (button) {
        button.addEventListener("click", function () {
          var theme = button.getAttribute("data-theme");
          var at = chosen.indexOf(theme);
          if (theme === "all") chosen = [];
          else if (at >= 0) chosen.splice(at, 1);
          else chosen.push(theme);
          apply();
        });
      });
      window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details:not([open])").forEach(function (details) {
          details.open = true;
          details.setAttribute("data-opened-for-print", "");
        });
      });
      window.addEventListener("afterprint", function () {
        document.querySelectorAll("details[data-opened-for-print]").forEach(function (details) {
          details.open = false;
          details.removeAttribute("data-opened-for-print");
        });
      });
    })();

    """
}
