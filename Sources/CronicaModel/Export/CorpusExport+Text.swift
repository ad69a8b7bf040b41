extension CorpusExport {
  /// The `csv` format: one row per event; every cell is defused against formula injection.
  static func plainCSV(corpus: Corpus, events: [Event]) -> String {
    let articles = articleLookup(corpus)
    var rows = [["id", "start", "end", "display", "kind", "title", "summary", "themes", "quotes", "sources"]]
    for event in events {
      rows.append(
        [
          event.id, event.start.edtf, event.end?.edtf ?? "", event.display, event.kind.rawValue, event.title,
          event.summary, event.themes.joined(separator: "; "),
          event.citations.map(\.quote).joined(separator: "\n"),
          event.citations.map { sourceLine(articles[$0.article], id: $0.article) }.joined(separator: "\n"),
        ].map(CSV.defused))
    }
    return CSV.encode(rows)
  }

  /// The `markdown` format: a heading per event, its summary, quotes and sources.
  static func markdown(corpus: Corpus, events: [Event]) -> String {
    let articles = articleLookup(corpus)
    let labels = Dictionary(corpus.themes.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
    var lines = ["# " + inline(corpus.title ?? "Cronica chronology"), "", "\(events.count) \(events.count == 1 ? "event" : "events").", ""]
    for event in events {
      lines.append("## \(inline(event.display)) — \(inline(event.title))")
      lines.append("")
      let themes = event.themes.map { inline(labels[$0] ?? $0) }.joined(separator: ", ")
      lines.append("*\(inline(event.kind.rawValue)) · \(themes)* · `\(inline(event.dateText))`")
      lines.append("")
      if !event.summary.isEmpty {
        lines.append(inline(event.summary))
        lines.append("")
      }
      for citation in event.citations {
        for line in citation.quote.split(separator: "\n", omittingEmptySubsequences: false) {
          lines.append("> " + inline(String(line)))
        }
        lines.append(">")
        lines.append("> — " + inline(sourceLine(articles[citation.article], id: citation.article)))
        lines.append("")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Text safe inside a Markdown line: no control characters, Markdown punctuation escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in HTMLText.strippingControls(text) {
      if "\\`*_[]<>#|".contains(character) { result.append("\\") }
      result.append(character == "\n" ? " " : character)
    }
    return result
  }
}
