import CronicaModel

extension AppState {
  /// The reader's header lines for an article at a width: title (at most two lines), facts, a rule.
  public static func readerHeader(_ article: Article?, width: Int) -> [String] {
    guard let article else { return ["(no article)"] }
    let title = Array(DisplayText.wrap(article.title, width: max(1, width)).prefix(2))
    var facts = [article.outlet]
    if !article.authors.isEmpty { facts.append(article.authors.joined(separator: ", ")) }
    facts.append(article.publishedDisplay.isEmpty ? "date unknown" : article.publishedDisplay)
    return title + [facts.joined(separator: " · "), String(repeating: "─", count: max(0, width))]
  }

  /// The rows of text the reader shows below its header.
  var readerBodyHeight: Int {
    let page = layout.page
    let article = reader.flatMap {
      library.corpus.articles.indices.contains($0.article) ? library.corpus.articles[$0.article] : nil
    }
    return max(0, page.height - AppState.readerHeader(article, width: ReaderView.measure(forWidth: page.width)).count)
  }

  /// Opens the reader on an article, optionally at one event's citation.
  mutating func openReader(article: Int, at ref: Library.CitationRef?) {
    var state = ReaderState(library: library, article: article, width: ReaderView.measure(forWidth: size.width))
    state.origin = ref?.event
    if let ref {
      state.current = state.passages.firstIndex { $0.ref == ref }
      if state.current == nil {
        message = Message(text: "the cited passage was not found in the article text", isError: true)
      }
    } else if !state.passages.isEmpty {
      state.current = 0
    }
    reader = state
    if views.last != .reader { views.append(.reader) }
    scrollReaderToPassage()
  }

  /// Opens the reader on citation `number` (1-based) of an event.
  mutating func openCitation(_ number: Int, ofEvent position: Int?) {
    guard let position else {
      message = Message(text: "no event selected", isError: true)
      return
    }
    let event = library.corpus.events[position]
    guard number >= 1, number <= event.citations.count else {
      message = Message(
        text: "this event has \(Plural.count(event.citations.count, "citation")); no citation \(number)",
        isError: true)
      return
    }
    let citation = event.citations[number - 1]
    guard let article = library.articlePositions[citation.article] else {
      message = Message(text: "article '\(citation.article)' is not in the corpus", isError: true)
      return
    }
    openReader(article: article, at: Library.CitationRef(event: position, citation: number - 1))
    if event.citations.count > 1, message == nil {
      message = Message(
        text: "citation \(number) of \(event.citations.count) (keys 1–\(min(9, event.citations.count)) pick one)",
        isError: false)
    }
  }

  /// Scrolls the reader so the current passage is visible, a little below the top.
  mutating func scrollReaderToPassage() {
    guard let state = reader else { return }
    let passage = state.current.flatMap { state.passages.indices.contains($0) ? state.passages[$0] : nil }
    scrollReader(showing: passage.map { $0.firstLine...$0.lastLine })
  }

  /// Scrolls the reader so `lines` show (a passage, a search hit), a little below the top when it
  /// must move; with nil, only keeps the scroll within the text.
  mutating func scrollReader(showing lines: ClosedRange<Int>?) {
    guard var state = reader else { return }
    let height = readerBodyHeight
    if let lines, lines.lowerBound < state.scroll || lines.upperBound >= state.scroll + height {
      state.scroll = lines.lowerBound - min(2, height / 4)
    }
    state.scroll = min(max(0, state.scroll), max(0, state.lines.count - height))
    reader = state
  }

  mutating func scrollReader(_ movement: Movement) {
    guard var state = reader else { return }
    let height = max(1, readerBodyHeight)
    switch movement {
    case .lineDown: state.scroll += 1
    case .lineUp: state.scroll -= 1
    case .pageDown: state.scroll += max(1, height - 1)
    case .pageUp: state.scroll -= max(1, height - 1)
    case .halfPageDown: state.scroll += max(1, height / 2)
    case .halfPageUp: state.scroll -= max(1, height / 2)
    case .top, .previousYear: state.scroll = 0
    case .bottom, .nextYear: state.scroll = state.lines.count
    }
    state.scroll = min(max(0, state.scroll), max(0, state.lines.count - readerBodyHeight))
    reader = state
  }

  /// Steps to the next (or previous) cited passage, wrapping around.
  ///
  /// Passages cited only by events the filters hide are skipped while any shown one exists.
  mutating func stepPassage(forward: Bool) {
    guard var state = reader else { return }
    guard !state.passages.isEmpty else {
      message = Message(text: "no cited passage in this article", isError: false)
      return
    }
    let count = state.passages.count
    let anyShown = state.passages.contains { isShown($0.ref.event) }
    if !anyShown {
      message = Message(text: "the filters hide every event citing this article; stepping through all", isError: false)
    }
    let start: Int
    let startRange: Range<Int>?
    if let current = state.current {
      start = current
      startRange = state.passages[current].range
    } else {
      // From the top of the screen: the first passage at or after it (or before it, going back).
      let top = state.lines.indices.contains(state.scroll) ? state.lines[state.scroll].lowerBound : 0
      let after = state.passages.firstIndex { $0.range.lowerBound >= top } ?? count
      start = forward ? (after + count - 1) % count : after % count
      startRange = nil
    }
    var next = start
    var wrapped = false
    for _ in 0..<count {
      let step = (next + (forward ? 1 : count - 1)) % count
      if forward ? step <= next : step >= next { wrapped = true }
      next = step
      let passage = state.passages[next]
      // Skip passages of the very same text, so every step moves, and those of hidden events.
      if passage.range != startRange, !anyShown || isShown(passage.ref.event) { break }
    }
    if wrapped, state.current != nil { message = message ?? Message(text: "wrapped around", isError: false) }
    state.current = next
    reader = state
    scrollReaderToPassage()
  }

  /// The cited passages `n`/`N` visit: the distinct ones cited by a shown event (all of them when
  /// the filters hide every citing event), as indexes into `passages`, in text order; and the
  /// position among them of the current passage, when it is one.
  public var visitedPassages: (indexes: [Int], current: Int?) {
    guard let state = reader else { return ([], nil) }
    let anyShown = state.passages.contains { isShown($0.ref.event) }
    var indexes: [Int] = []
    var lastRange: Range<Int>?
    for (index, passage) in state.passages.enumerated() where !anyShown || isShown(passage.ref.event) {
      if passage.range == lastRange { continue }
      indexes.append(index)
      lastRange = passage.range
    }
    let currentRange = state.current.flatMap { state.passages.indices.contains($0) ? state.passages[$0].range : nil }
    return (indexes, currentRange.flatMap { range in indexes.firstIndex { state.passages[$0].range == range } })
  }

  /// True when the filters show the event at a corpus position.
  func isShown(_ event: Int) -> Bool {
    let index = AppState.lowerBound(of: event, in: filtered)
    return index < filtered.count && filtered[index] == event
  }

  /// Enter in the reader: goes back where the reader was opened from (the detail or the list;
  /// the list when it came from the sources) with the current passage's event selected, near the
  /// top of the list.
  ///
  /// When several events cite the same words, a shown one is preferred.
  mutating func jumpToPassageEvent() {
    guard let state = reader, let current = state.current, state.passages.indices.contains(current) else {
      message = Message(text: "no cited passage selected (n/N step between them)", isError: false)
      return
    }
    let range = state.passages[current].range
    var event = state.passages[current].ref.event
    if !isShown(event), let shown = state.passages.first(where: { $0.range == range && isShown($0.ref.event) }) {
      event = shown.ref.event
    }
    if let below = views.lastIndex(of: .reader).map({ Array(views[..<$0]) }), below.last == .detail {
      views = below
    } else {
      views = [.timeline]
    }
    if !views.contains(.reader) { reader = nil }
    if isShown(event) {
      choose(event, landing: true)
    } else {
      message = Message(text: "that event is hidden by the current filters (t, then x clears themes)", isError: true)
    }
  }
}
