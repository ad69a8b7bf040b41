/// The source reader: article header, then its text with cited passages marked.
enum ReaderView {
  /// Draws the open article in a rectangle.
  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard !rect.isEmpty, let reader = state.reader else { return }
    let library = state.library
    let article =
      library.corpus.articles.indices.contains(reader.article) ? library.corpus.articles[reader.article] : nil
    let header = AppState.readerHeader(article, width: rect.width)
    for (index, line) in header.enumerated() where index < rect.height {
      let style =
        index == header.count - 1 ? Styles.dim : (index < header.count - 2 ? Styles.heading : Style(foreground: .green))
      grid.put(line, x: rect.x, y: rect.y + index, style: style, maxWidth: rect.width)
    }
    let top = rect.y + header.count
    let height = max(0, rect.height - header.count)
    let current = reader.current.flatMap { reader.passages.indices.contains($0) ? reader.passages[$0].range : nil }
    let scroll = min(max(0, reader.scroll), max(0, reader.lines.count - 1))
    for offset in 0..<height {
      let lineIndex = scroll + offset
      guard lineIndex < reader.lines.count else { break }
      var x = rect.x
      let limit = rect.x + rect.width
      for position in reader.lines[lineIndex] {
        guard x < limit else { break }
        var style = Style.plain
        if let current, current.contains(position) {
          style = Styles.current
        } else if reader.marks[position] >= 0 {
          style = Styles.cited
        }
        x += grid.put(String(reader.characters[position]), x: x, y: top + offset, style: style, maxWidth: limit - x)
      }
    }
  }
}
