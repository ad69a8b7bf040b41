import CronicaModel

/// The selected event in full: date, kind, summary, themes and every citation with its article.
enum DetailView {
  /// Draws the selected event's detail in a rectangle, from the detail scroll.
  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard !rect.isEmpty else { return }
    guard let position = state.selectedEvent else {
      grid.put("no event selected", x: rect.x + 1, y: rect.y, style: Styles.dim, maxWidth: max(0, rect.width - 1))
      return
    }
    let width = max(1, rect.width - 2)
    let lines = self.lines(state.library, event: position, width: width, marked: state.isMarked(position))
    let scroll = min(state.detailScroll, max(0, lines.count - rect.height))
    let needle = SearchHighlight.needle(state.query.search)
    for offset in 0..<rect.height {
      let index = scroll + offset
      guard index < lines.count else { break }
      grid.draw(lines[index], x: rect.x + 1, y: rect.y + offset, width: width, needle: needle)
    }
    if scroll + rect.height < lines.count {
      let more = state.view == .detail ? " ↓ more (Space) " : " ↓ more (Enter) "
      let x = rect.x + max(0, rect.width - DisplayText.width(of: more))
      grid.put(more, x: x, y: rect.y + rect.height - 1, style: Styles.dim, maxWidth: rect.width)
    }
  }

  /// The detail of an event laid out for a width, as lines of spans.
  static func lines(_ library: Library, event position: Int, width: Int, marked: Bool = false) -> [[Span]] {
    let event = library.corpus.events[position]
    var lines: [[Span]] = []
    func field(_ label: String, _ value: String, searchable: Bool = false) {
      let labelWidth = 8
      let wrapped = DisplayText.wrap(value, width: max(1, width - labelWidth))
      for (index, line) in wrapped.enumerated() {
        let head = index == 0 ? label.padding(to: labelWidth) : String(repeating: " ", count: labelWidth)
        lines.append([Span(head, Styles.heading), Span(line, .plain, searchable: searchable)])
      }
    }
    for line in DisplayText.wrap(event.title, width: width) {
      lines.append([Span(line, Styles.heading, searchable: true)])
    }
    lines.append([])
    var date = event.display
    let iso = event.end.map { "\(event.start.iso) – \($0.iso)" } ?? event.start.iso
    if iso != event.display { date += "  (\(iso))" }  // the exact span, unless the display already is it
    field("Date", date)
    if let basis = event.dateBasis { field("Dated", basis) }
    field("Kind", event.kind.rawValue)
    if event.origin == Event.extractedOrigin {
      lines.append([
        Span("Origin".padding(to: 8), Styles.heading), Span("◇", Style(foreground: .magenta, bold: true)),
        Span(" extracted (proposed, not curated)"),
      ])
    } else if let origin = event.origin, !origin.isEmpty {
      field("Origin", origin)
    }
    if marked {
      lines.append([
        Span("Marked".padding(to: 8), Styles.heading), Span("★", Style(foreground: .yellow, bold: true)),
        Span(" yes (m unmarks)"),
      ])
    }
    // One chunk per theme (badge and label), wrapped as words under the "Themes" label.
    var chunks: [[Span]] = []
    for key in event.themes {
      guard let bit = library.themeBits[key] else {
        chunks.append([Span(key)])
        continue
      }
      let badge = Style(foreground: Library.color(forTheme: bit), bold: true)
      chunks.append([Span(library.badge(forTheme: bit), badge), Span(" " + library.corpus.themes[bit].label)])
    }
    var line: [Span] = [Span("Themes".padding(to: 8), Styles.heading)]
    var used = 8
    for chunk in chunks {
      let chunkWidth = chunk.reduce(0) { $0 + DisplayText.width(of: DisplayText.sanitizedLine($1.text)) }
      if used > 8, used + 2 + chunkWidth > width {
        lines.append(line)
        line = [Span(String(repeating: " ", count: 8))]
        used = 8
      }
      if used > 8 {
        line.append(Span("  "))
        used += 2
      }
      line += chunk
      used += chunkWidth
    }
    lines.append(line)
    lines.append([])
    for line in DisplayText.wrap(event.summary, width: width) { lines.append([Span(line, .plain, searchable: true)]) }
    lines.append([])
    lines.append([Span("Citations (\(event.citations.count))", Styles.heading)])
    for (number, citation) in event.citations.enumerated() {
      lines.append([])
      let article = library.articlePositions[citation.article].map { library.corpus.articles[$0] }
      var source = article.map { article in
        // The outlet is a TimelineJS slide's media credit: omit what a source leaves empty.
        let facts = [article.outlet, article.publishedDisplay].filter { !$0.isEmpty }.joined(separator: ", ")
        return facts.isEmpty ? article.title : "\(article.title) — \(facts)"
      } ?? "unknown article \(citation.article)"
      source = "[\(number + 1)] " + source
      for line in DisplayText.wrap(source, width: width) { lines.append([Span(line, Style(bold: true))]) }
      if let url = article?.url, !url.isEmpty {
        for line in DisplayText.wrap(url, width: max(1, width - 4)) {
          lines.append([Span("  ↗ ", Styles.dim), Span(line, Style(underline: true))])
        }
      }
      for line in DisplayText.wrap(citation.quote, width: max(1, width - 4)) {
        lines.append([Span("  │ ", Styles.dim), Span(line, Style(foreground: .cyan), searchable: true)])
      }
    }
    return lines
  }
}

extension String {
  /// The string padded with spaces to a display width (unchanged when wider).
  func padding(to columns: Int) -> String {
    let width = DisplayText.width(of: self)
    return width >= columns ? self : self + String(repeating: " ", count: columns - width)
  }
}
