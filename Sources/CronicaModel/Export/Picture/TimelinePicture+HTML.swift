extension TimelinePicture {
  /// The picture and the events as one self-contained HTML page: no network, no external font or
  /// script. The events are a list grouped by year, each a `<details>` with its quotes and sources;
  /// theme buttons filter the list with a small inline script (the page reads fully without it);
  /// print styles make it a report. A content security policy lets only that script run.
  public func htmlDocument() -> String {
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
      <meta name="generator" content="Cronica">
      <title>\(Markup.escaped(title))</title>
      <style>
      \(Self.styleSheet)\(themeStyles())</style>
      </head>
      <body>
      <header>
      <h1>\(Markup.escaped(title))</h1>
      <p class="subtitle">\(Markup.escaped(subtitle))</p>
      </header>

      """
    if case .markers(_, let marked) = body { page += themeFilter(marked) }
    page += "<figure class=\"picture\">\n" + svgElement() + "\n"
    page +=
      "<figcaption>Hover over a marker for its date, title and first quote; every event, with its sources, "
      + "is listed below.</figcaption>\n</figure>\n"
    page += "<main>\n"
    switch body {
    case .empty: page += "<p class=\"note\">No events match the filters.</p>\n"
    case .markers(_, let marked): page += eventList(marked)
    case .density(let layout): page += densityTable(layout)
    }
    page += "</main>\n"
    page +=
      "<footer><p>Made with Cronica. Every event cites passages that appear verbatim in its source "
      + "articles.</p></footer>\n"
    if case .markers = body { page += "<script>" + Self.filterScript + "</script>\n" }
    return page + "</body>\n</html>\n"
  }

  /// The policy: nothing from anywhere, inline styles, and only the filter script (by its hash).
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '\(filterScriptHash)'; "
    + "base-uri 'none'; form-action 'none'"

  /// The base64 SHA-256 of `filterScript`, as CSP wants it (a test recomputes it).
  static let filterScriptHash = "sha256-kZD0vrNCjkjI//JBgWA7iWGkVYx4dW5ffzenplmJBp4="

  /// Theme buttons; hidden until the script shows them.
  func themeFilter(_ marked: MarkedEvents) -> String {
    guard !lanes.usedThemes.isEmpty else { return "" }
    var counts = [Int: Int]()
    for event in marked.events {
      for position in lanes.themePositionList(of: event.themes) { counts[position, default: 0] += 1 }
    }
    var result = "<nav id=\"theme-filter\" aria-label=\"Show only the events of some themes\" hidden>\n"
    result += "<span class=\"filter-label\">Themes:</span>\n"
    result += "<button type=\"button\" data-theme=\"all\" aria-pressed=\"true\">All</button>\n"
    for (position, label) in lanes.usedThemes {
      result +=
        "<button type=\"button\" data-theme=\"t\(position)\" aria-pressed=\"false\">"
        + "<span class=\"swatch t\(position)\"></span>"
        + Markup.escaped(label) + " <span class=\"count\">\(counts[position] ?? 0)</span></button>\n"
    }
    return result + "<span id=\"filter-status\" role=\"status\"></span>\n</nav>\n"
  }

  /// Swatch colours of the themes used.
  func themeStyles() -> String {
    lanes.usedThemes.map {
      ".swatch.t\($0.position) { background: \(ThemePalette.color(forTheme: $0.position).hex); }\n"
    }.joined()
  }

  /// The events by year: a heading per year and a numbered `<details>` per event.
  func eventList(_ marked: MarkedEvents) -> String {
    var result = ""
    var currentYear: Int?
    for (index, event) in marked.events.enumerated() {
      let year = event.earliest.year
      if year != currentYear {
        if currentYear != nil { result += "</ol>\n</section>\n" }
        currentYear = year
        let count = marked.events[index...].prefix { $0.earliest.year == year }.count
        let name = year == .min ? PartialDate.yearLabel(year) : TimeAxis.label(monthIndex: year * 12, step: 12, first: false)
        result +=
          "<section class=\"year\">\n<h2>\(Markup.escaped(name)) "
          + "<span class=\"count\">\(count == 1 ? "1 event" : "\(count) events")</span></h2>\n<ol class=\"events\">\n"
      }
      result += eventItem(event, number: index + 1, elementID: marked.elementIDs[index])
    }
    if currentYear != nil { result += "</ol>\n</section>\n" }
    return result
  }

  /// One event: its date, title and themes, opening to its summary, quotes and sources.
  func eventItem(_ event: Event, number: Int, elementID: String) -> String {
    let span = TimelineSpan(event)
    let classes = (["event"] + themeClasses(event.themes) + (span.approximate ? ["approximate"] : [])).joined(
      separator: " ")
    var item = "<li class=\"\(classes)\" id=\"\(elementID)-entry\" value=\"\(number)\">\n<details>\n<summary>"
    item +=
      "<span class=\"date\">\(Markup.escaped(event.display))</span> "
      + "<span class=\"title\">\(Markup.escaped(event.title))</span>"
    let positions = lanes.themePositionList(of: event.themes)
    if !positions.isEmpty {
      let labels = positions.map {
        "<span class=\"chip\"><span class=\"swatch t\($0)\"></span>\(Markup.escaped(lanes.label(ofTheme: $0)))</span>"
      }
      item += " <span class=\"themes\">" + labels.joined(separator: " ") + "</span>"
    }
    item += "</summary>\n<div class=\"body\">\n"
    if !event.summary.isEmpty { item += "<p class=\"summary\">\(Markup.escaped(event.summary))</p>\n" }
    var facts = ["Kind: " + event.kind.rawValue, "id: " + event.id]
    if event.origin != nil { facts.append("proposed by the extractor, not curated") }
    item += "<p class=\"facts\">\(Markup.escaped(facts.joined(separator: " · ")))</p>\n"
    if let basis = event.dateBasis { item += "<p class=\"basis\">Dated: \(Markup.escaped(basis))</p>\n" }
    for citation in event.citations {
      item += "<figure class=\"citation\">\n<blockquote>\(Markup.escaped(citation.quote))</blockquote>\n"
      item += "<figcaption>— \(source(of: citation))</figcaption>\n</figure>\n"
    }
    return item + "</div>\n</details>\n</li>\n"
  }

  /// `Title, Outlet, May 2017`, the title linked to the article's address when it is a web address.
  func source(of citation: Citation) -> String {
    guard let article = articles[citation.article] else { return Markup.escaped(citation.article) }
    var title = Markup.escaped(article.title.isEmpty ? article.id : article.title)
    if let url = article.url, WebAddress.isOpenable(url) {
      title = "<a href=\"\(Markup.escaped(url))\">\(title)</a>"
    }
    let rest = [article.outlet, article.publishedDisplay].filter { !$0.isEmpty }.map(Markup.escaped)
    return ([title] + rest).joined(separator: ", ")
  }

  /// Counts per period for a corpus too large to list.
  func densityTable(_ layout: DensityLayout) -> String {
    let period = DensityLayout.periodName(stepMonths: layout.stepMonths)
    var result =
      "<p class=\"note\">\(Markup.grouped(eventCount)) events are too many to list on one page; the picture "
      + "and the table count them per \(period). Export fewer (with --from, --to, --theme or --search) to list "
      + "each event with its sources.</p>\n"
    result +=
      "<table>\n<caption>Events per \(period), by their earliest day</caption>\n"
    result += "<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Events</th></tr></thead>\n<tbody>\n"
    for (period, count) in layout.periodTotals.enumerated() where count > 0 {
      result += "<tr><td>\(Markup.escaped(layout.label(ofPeriod: period)))</td><td>\(Markup.grouped(count))</td></tr>\n"
    }
    return result + "</tbody>\n</table>\n"
  }
}
