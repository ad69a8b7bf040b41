/// The list of source articles: title, outlet, date and how many events cite each.
enum SourcesView {
  /// The first visible row for a cursor and a number of rows.
  static func scroll(cursor: Int, rows: Int) -> Int { max(0, cursor - max(1, rows) + 1) }

  /// Draws the list in a rectangle (a heading row, a column row, then one row per article).
  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let library = state.library
    let articles = library.corpus.articles
    grid.put(
      "Sources: \(articles.count) article\(articles.count == 1 ? "" : "s")", x: rect.x + 1, y: rect.y,
      style: Styles.heading, maxWidth: rect.width - 1)
    let countWidth = 8
    let dateWidth = rect.width >= 60 ? 16 : 0
    let outletWidth = rect.width >= 60 ? min(22, rect.width / 5) : 0
    let titleWidth = max(0, rect.width - countWidth - dateWidth - outletWidth - 4)
    func columns(_ title: String, _ outlet: String, _ date: String, _ count: String, _ style: Style) -> [Span] {
      var spans = [
        Span(
          " " + DisplayText.truncate(DisplayText.sanitizedLine(title), to: titleWidth).padding(to: titleWidth), style)
      ]
      if outletWidth > 0 {
        spans.append(
          Span(
            " " + DisplayText.truncate(DisplayText.sanitizedLine(outlet), to: outletWidth).padding(to: outletWidth),
            style))
      }
      if dateWidth > 0 {
        spans.append(
          Span(" " + DisplayText.truncate(DisplayText.sanitizedLine(date), to: dateWidth).padding(to: dateWidth), style)
        )
      }
      let countText = DisplayText.truncate(count, to: countWidth)
      spans.append(
        Span(
          " " + String(repeating: " ", count: max(0, countWidth - DisplayText.width(of: countText))) + countText, style)
      )
      return spans
    }
    if rect.height > 1 {
      grid.draw(
        columns("Title", "Outlet", "Published", "Events", Styles.dim), x: rect.x, y: rect.y + 1, width: rect.width)
    }
    let rows = max(0, rect.height - 2)
    let first = scroll(cursor: state.sourceCursor, rows: rows)
    for offset in 0..<rows {
      let index = first + offset
      guard index < articles.count else { break }
      let article = articles[index]
      let style = index == state.sourceCursor ? Styles.selected : Style.plain
      let count = library.eventCount(ofArticle: article.id)
      grid.draw(
        columns(article.title, article.outlet, article.publishedDisplay, "\(count)", style), x: rect.x,
        y: rect.y + 2 + offset,
        width: rect.width, fill: style)
    }
  }
}
