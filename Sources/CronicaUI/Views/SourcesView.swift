/// The list of source articles: each on two rows, its title, then its outlet, date, how many
/// events cite it and its id.
enum SourcesView {
  /// Rows per article: the title, the facts, and a blank row between articles.
  static let rowsPerArticle = 3
  /// Rows above the list (the heading and a blank row).
  static let headerRows = 2

  /// The first visible article for a cursor and a number of rows.
  static func scroll(cursor: Int, rows: Int) -> Int {
    let fitting = max(1, (rows + 1) / rowsPerArticle)
    return max(0, cursor - fitting + 1)
  }

  static func article(atRow y: Int, state: AppState, in rect: Rect) -> Int? {
    let rows = max(0, rect.height - headerRows)
    let offset = y - rect.y - headerRows
    guard offset >= 0, offset < rows, offset % rowsPerArticle < 2 else { return nil }
    let index = scroll(cursor: state.sourceCursor, rows: rows) + offset / rowsPerArticle
    return state.library.corpus.articles.indices.contains(index) ? index : nil
  }

  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let library = state.library
    let articles = library.corpus.articles
    var heading = "Sources: \(Plural.count(articles.count, "article"))"
    if !state.sourceSearch.isEmpty {
      heading += " · \(Plural.count(state.sourceMatches.count, "match", plural: "matches")) for /\(state.sourceSearch)"
    }
    grid.put(DisplayText.truncate(heading, to: rect.width - 1), x: rect.x + 1, y: rect.y, style: Styles.heading)
    let rows = max(0, rect.height - headerRows)
    let first = scroll(cursor: state.sourceCursor, rows: rows)
    let needle = SearchHighlight.needle(state.sourceSearch)
    var y = rect.y + headerRows
    var index = first
    while index < articles.count, y < rect.y + rect.height {
      let article = articles[index]
      let selected = index == state.sourceCursor
      let style = selected ? Styles.selected : Style.plain
      grid.draw(
        [Span(selected ? "▸" : " ", style), Span(article.title, Style(bold: true, reverse: selected), searchable: true)],
        x: rect.x, y: y, width: rect.width, needle: needle, fill: style)
      if y + 1 < rect.y + rect.height {
        let count = library.eventCount(ofArticle: article.id)
        var facts = [article.outlet, article.publishedDisplay.isEmpty ? "date unknown" : article.publishedDisplay]
          .filter { !$0.isEmpty }
        facts.append("cited by \(Plural.count(count, "event"))")
        grid.draw(
          [
            Span("  "), Span(facts.joined(separator: " · "), Styles.dim, searchable: true),
            Span("  " + article.id, Styles.dim, searchable: true),
          ], x: rect.x, y: y + 1, width: rect.width, needle: needle)
      }
      y += rowsPerArticle
      index += 1
    }
  }
}
