extension CorpusExport {
  public static let csvHeader = ["id", "start", "end", "display", "kind", "title", "summary", "themes", "quotes", "sources"]

  /// The `csv` format, also `list --format csv`: one row per event, quotes and their sources one
  /// per line; every cell goes through `csvCell`.
  public static func csv(corpus: Corpus, events: [Event]) -> String {
    let articles = articleLookup(corpus)
    var rows = [csvHeader]
    for event in events {
      rows.append(
        [
          event.id, event.start.edtf, event.end?.edtf ?? "", event.display, event.kind.rawValue, event.title,
          event.summary, event.themes.joined(separator: "; "),
          event.citations.map(\.quote).joined(separator: "\n"),
          event.citations.map { sourceLine(articles[$0.article], id: $0.article) }.joined(separator: "\n"),
        ].map(csvCell))
    }
    return CSV.encode(rows)
  }

  /// One CSV cell before quoting: control characters removed (line breaks kept), then defused
  /// against spreadsheet formulas (`CSV.defused`).
  public static func csvCell(_ raw: String) -> String {
    CSV.defused(HTMLText.strippingControls(raw))
  }
}
