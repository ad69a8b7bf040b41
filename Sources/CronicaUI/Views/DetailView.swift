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
    let lines = self.lines(
      state.library, event: position, width: width, marked: state.isMarked(position),
      colors256: state.display.colors256, checked: state.loading == nil)
    let scroll = min(state.detailScroll, max(0, lines.count - rect.height))
    let needle = SearchHighlight.needle(state.highlightedText)
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
  ///
  /// - Parameter checked: false while the corpus loads behind a preview: the quotes have not been
  ///   checked against their articles yet, so they are not shown.
  static func lines(
    _ library: Library, event position: Int, width: Int, marked: Bool = false, colors256: Bool = false,
    checked: Bool = true
  ) -> [[Span]] {
    let event = library.corpus.events[position]
    let labelWidth = 8
    var lines: [[Span]] = []
    func field(_ label: String, _ value: String, searchable: Bool = false) {
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
    let edtf = event.dateText
    if edtf != event.display { date += "  (\(edtf))" }  // the exact span, unless the display already is it
    field("Date", date)
    if let basis = event.dateBasis { field("Dated", basis) }
    field("Kind", event.kind.rawValue)
    field("Id", event.id)
    if event.origin == Event.extractedOrigin {
      lines.append([
        Span("Origin".padding(to: labelWidth), Styles.heading), Span("◇", Style(foreground: .magenta, bold: true)),
        Span(" extracted (proposed, not curated)"),
      ])
    } else if let origin = event.origin, !origin.isEmpty {
      field("Origin", origin)
    }
    if let confidence = event.confidence {
      field("Trust", "confidence \(confidence) of 100" + (event.rules.map { ": " + $0.joined(separator: ", ") } ?? ""))
    }
    lines.append(
      marked
        ? [
          Span("Mark".padding(to: labelWidth), Styles.heading), Span("★", Style(foreground: .yellow, bold: true)),
          Span(" marked (m unmarks)"),
        ]
        : [Span("Mark".padding(to: labelWidth), Styles.heading), Span("not marked (m marks)", Styles.dim)])
    lines += themeLines(library, event: event, width: width, labelWidth: labelWidth, colors256: colors256)
    if let evidence = event.themeEvidence, !evidence.isEmpty {
      // Why each theme was given: the phrase of the cited text that triggered it.
      field("Why", event.themes.compactMap { key in evidence[key].map { "\(key) ← “\($0)”" } }.joined(separator: "; "))
    }
    lines.append([])
    for line in DisplayText.wrap(event.summary, width: width) { lines.append([Span(line, .plain, searchable: true)]) }
    lines.append([])
    guard checked else {
      let text = Plural.count(event.citations.count, "citation") + ": not yet checked against their articles (loading…)"
      for line in DisplayText.wrap(text, width: width) { lines.append([Span(line, Styles.dim)]) }
      return lines
    }
    lines += citationLines(library, event: event, width: width)
    return lines
  }

  /// "Themes" and one chunk per theme (chip and label), wrapped as words; a label too long for
  /// the pane is cut with `…`.
  static func themeLines(_ library: Library, event: Event, width: Int, labelWidth: Int, colors256: Bool) -> [[Span]] {
    var chunks: [[Span]] = []
    let room = max(1, width - labelWidth)
    for key in event.themes {
      guard let bit = library.themeBits[key] else {
        chunks.append([Span(DisplayText.truncate(DisplayText.sanitizedLine(key), to: room))])
        continue
      }
      let badge = library.badge(forTheme: bit)
      let label = DisplayText.sanitizedLine(library.corpus.themes[bit].label)
      let labelRoom = max(0, room - DisplayText.width(of: badge) - 1)
      chunks.append([
        Span(badge, Library.chipStyle(forTheme: bit, colors256: colors256)),
        Span(" " + DisplayText.truncate(label, to: labelRoom)),
      ])
    }
    var lines: [[Span]] = []
    var line: [Span] = [Span("Themes".padding(to: labelWidth), Styles.heading)]
    var used = labelWidth
    for chunk in chunks {
      let chunkWidth = chunk.reduce(0) { $0 + DisplayText.width(of: DisplayText.sanitizedLine($1.text)) }
      if used > labelWidth, used + 2 + chunkWidth > width {
        lines.append(line)
        line = [Span(String(repeating: " ", count: labelWidth))]
        used = labelWidth
      }
      if used > labelWidth {
        line.append(Span("  "))
        used += 2
      }
      line += chunk
      used += chunkWidth
    }
    lines.append(line)
    return lines
  }

  /// The citations, one heading per article (in the order the event first cites each) with its
  /// quotes under it, each numbered as the keys 1–9 open it.
  static func citationLines(_ library: Library, event: Event, width: Int) -> [[Span]] {
    var order: [String] = []
    var numbers: [String: [Int]] = [:]
    for (number, citation) in event.citations.enumerated() {
      if numbers[citation.article] == nil { order.append(citation.article) }
      numbers[citation.article, default: []].append(number)
    }
    let count = Plural.count(event.citations.count, "citation")
    var lines: [[Span]] = [
      [Span(order.count > 1 ? "\(count) from \(Plural.count(order.count, "article"))" : count, Styles.heading)]
    ]
    let numberWidth = String(event.citations.count).count
    for id in order {
      lines.append([])
      let article = library.articlePositions[id].map { library.corpus.articles[$0] }
      let source =
        article.map { article in
          // The outlet is a TimelineJS slide's media credit: omit what a source leaves empty.
          let facts = [article.outlet, article.publishedDisplay].filter { !$0.isEmpty }.joined(separator: ", ")
          return facts.isEmpty ? article.title : "\(article.title) — \(facts)"
        } ?? "unknown article \(id)"
      for line in DisplayText.wrap(source, width: width) { lines.append([Span(line, Style(bold: true))]) }
      if let url = article?.url, !url.isEmpty {
        for line in DisplayText.wrap(url, width: max(1, width - 4)) {
          lines.append([Span("  ↗ ", Styles.dim), Span(line, Style(underline: true))])
        }
      }
      for number in numbers[id] ?? [] {
        let label = String(number + 1)
        let head = String(repeating: " ", count: 1 + numberWidth - label.count) + label + " │ "
        let pad = String(repeating: " ", count: 2 + numberWidth) + "│ "
        let quote = event.citations[number].quote
        for (index, line) in DisplayText.wrap(quote, width: max(1, width - head.count)).enumerated() {
          lines.append([
            Span(index == 0 ? head : pad, Styles.dim), Span(line, Style(foreground: .cyan), searchable: true),
          ])
        }
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
