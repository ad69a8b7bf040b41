/// The source reader: article header, then its text with cited passages and search hits marked.
enum ReaderView {
  /// The widest the text is laid out, for a readable measure on wide terminals.
  static let maximumMeasure = 100

  /// The width the text is laid out for on a screen of this width.
  static func measure(forWidth width: Int) -> Int { max(1, min(width, maximumMeasure)) }

  /// Draws the open article in a rectangle, in a column of the readable measure, centred.
  static func draw(_ grid: inout Grid, _ state: AppState, in page: Rect) {
    guard !page.isEmpty, let reader = state.reader else { return }
    let measure = measure(forWidth: page.width)
    let rect = Rect(x: page.x + (page.width - measure) / 2, y: page.y, width: measure, height: page.height)
    let library = state.library
    let article =
      library.corpus.articles.indices.contains(reader.article) ? library.corpus.articles[reader.article] : nil
    let header = AppState.readerHeader(article, width: rect.width)
    for (index, line) in header.enumerated() where index < rect.height {
      let style =
        index == header.count - 1 ? Styles.dim : (index < header.count - 2 ? Styles.heading : Style(foreground: .green))
      grid.put(DisplayText.truncate(line, to: rect.width), x: rect.x, y: rect.y + index, style: style)
    }
    let top = rect.y + header.count
    let height = max(0, rect.height - header.count)
    let current = reader.current.flatMap { reader.passages.indices.contains($0) ? reader.passages[$0].range : nil }
    let hit = reader.hit.flatMap { reader.hits.indices.contains($0) ? reader.hits[$0] : nil }
    let scroll = min(max(0, reader.scroll), max(0, reader.lines.count - 1))
    var hitIndex = 0
    for offset in 0..<height {
      let lineIndex = scroll + offset
      guard lineIndex < reader.lines.count else { break }
      var x = rect.x
      let limit = rect.x + rect.width
      let line = reader.lines[lineIndex]
      // The hits are in text order: skip those ending before this line.
      while hitIndex < reader.hits.count, reader.hits[hitIndex].upperBound <= line.lowerBound { hitIndex += 1 }
      var nextHit = hitIndex
      for position in line {
        guard x < limit else { break }
        var style = Style.plain
        if let current, current.contains(position) {
          style = Styles.current
        } else if reader.marks[position] >= 0 {
          style = Styles.cited
        }
        while nextHit < reader.hits.count, reader.hits[nextHit].upperBound <= position { nextHit += 1 }
        if nextHit < reader.hits.count, reader.hits[nextHit].contains(position) {
          style = reader.hits[nextHit] == hit ? Styles.currentHit : Styles.match(style)
        }
        x += grid.put(String(reader.characters[position]), x: x, y: top + offset, style: style, maxWidth: limit - x)
      }
    }
  }
}
