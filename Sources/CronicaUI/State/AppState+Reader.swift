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
    let page = Layout(size: size).page
    let article = reader.flatMap {
      library.corpus.articles.indices.contains($0.article) ? library.corpus.articles[$0.article] : nil
    }
    return max(0, page.height - AppState.readerHeader(article, width: page.width).count)
  }

  /// Opens the reader on an article, optionally at one event's citation.
  mutating func openReader(article: Int, at ref: Library.CitationRef?) {
    var state = ReaderState(library: library, article: article, width: max(1, size.width))
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
        text: "this event has \(event.citations.count) citation(s); no citation \(number)", isError: true)
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
    guard var state = reader else { return }
    if let current = state.current, state.passages.indices.contains(current) {
      let passage = state.passages[current]
      let height = readerBodyHeight
      if passage.firstLine < state.scroll || passage.lastLine >= state.scroll + height {
        state.scroll = passage.firstLine - min(2, height / 4)
      }
    }
    state.scroll = min(max(0, state.scroll), max(0, state.lines.count - readerBodyHeight))
    reader = state
  }

  /// Scrolls the reader text.
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
  mutating func stepPassage(forward: Bool) {
    guard var state = reader else { return }
    guard !state.passages.isEmpty else {
      message = Message(text: "no cited passage in this article", isError: false)
      return
    }
    let count = state.passages.count
    if let current = state.current {
      var next = current
      let range = state.passages[current].range
      // Skip passages that cite the very same text, so every step moves.
      repeat {
        next = (next + (forward ? 1 : count - 1)) % count
      } while next != current && state.passages[next].range == range
      if forward ? next <= current : next >= current { message = Message(text: "wrapped around", isError: false) }
      state.current = next
    } else {
      let top = state.lines.indices.contains(state.scroll) ? state.lines[state.scroll].lowerBound : 0
      state.current = forward ? (state.passages.firstIndex { $0.range.lowerBound >= top } ?? 0) : count - 1
    }
    reader = state
    scrollReaderToPassage()
  }

  /// Goes back to the timeline with the current passage's event selected.
  mutating func jumpToPassageEvent() {
    guard let state = reader, let current = state.current, state.passages.indices.contains(current) else {
      message = Message(text: "no cited passage selected (n/N step between them)", isError: false)
      return
    }
    let event = state.passages[current].ref.event
    views = [.timeline]
    let index = AppState.lowerBound(of: event, in: filtered)
    if index < filtered.count, filtered[index] == event {
      selection = index
      selectionChanged()
    } else {
      message = Message(text: "that event is hidden by the current filters (t, then x clears themes)", isError: true)
    }
  }
}
