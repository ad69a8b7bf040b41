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
}
