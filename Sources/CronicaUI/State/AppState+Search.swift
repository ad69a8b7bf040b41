import CronicaModel

/// `/` finds and `&` hides: the search highlights matches and `n`/`N` visit them (less's `/`),
/// the filter narrows the list (less's `&`).
extension AppState {
  /// Recomputes the search's matches among the shown events when the pattern or the list changed.
  ///
  /// One scan of the shown events' text (of the previous matches when the pattern grew), never
  /// one per frame; none when only a filter narrowed the list.
  mutating func updateSearchMatches() {
    guard !search.isEmpty else {
      searchMatches = []
      searchComputedFor = nil
      return
    }
    let previous = searchComputedFor
    if let previous, previous.pattern == search, previous.query == filteredQuery, previous.marks == filteredMarks {
      return
    }
    if let previous, previous.pattern == search, previous.marks == filteredMarks, let before = previous.query,
      let now = filteredQuery, EventFilter.narrows(now, from: before)
    {
      // Typing into `&` under a search: the matches still shown are all there are, and the
      // filter's scan was this key's one pass over the text.
      searchMatches = searchMatches.filter { isShown($0) }
      searchComputedFor = (search, filteredQuery, filteredMarks)
      return
    }
    if !indexIsReady() {
      awaitingIndex = true
      return
    }
    var candidates: [Int]? = filtered.count == library.corpus.events.count ? nil : filtered
    if let previous, previous.query == filteredQuery, previous.marks == filteredMarks,
      EventFilter.narrows(EventQuery(search: search), from: EventQuery(search: previous.pattern))
    {
      candidates = searchMatches  // typing one more letter only re-checks the previous matches
    }
    searchMatches = EventFilter.matches(EventQuery(search: search), library: library, candidates: candidates)
    searchComputedFor = (search, filteredQuery, filteredMarks)
  }

  /// The position of the selected event among the search's matches (0-based), when it is one.
  public var selectedMatch: Int? {
    guard let position = selectedEvent else { return nil }
    let index = Self.lowerBound(of: position, in: searchMatches)
    return index < searchMatches.count && searchMatches[index] == position ? index : nil
  }

  /// While `/` is typed: the search follows the text, moving to its first match at or after the
  /// event selected when the prompt opened (wrapping); with no match, back to that event.
  mutating func searchIncrementally(_ pattern: String, from origin: PromptOrigin) {
    // Without the index, the results follow with `.indexReady`.
    guard setSearch(pattern, from: origin, stepping: nil), !awaitingIndex else { return }
    let start = origin.selected ?? 0
    guard !pattern.isEmpty, let hit = searchMatches.first(where: { $0 >= start }) ?? searchMatches.first else {
      place(origin.selected)
      listScroll = origin.listScroll
      scrollListToSelection()
      return
    }
    place(hit)
    detailScroll = 0
    scrollListToSelection(landing: true)
  }

  /// Sets the view's search: the reader and the sources move to it here; for the timeline, its
  /// matches are computed and true is returned for the caller to visit them.
  private mutating func setSearch(_ pattern: String, from origin: PromptOrigin, stepping: Bool?) -> Bool {
    switch view {
    case .reader: searchReader(pattern, from: origin, stepping: stepping)
    case .sources: searchSources(pattern, from: origin)
    default:
      search = pattern
      updateSearchMatches()
      return true
    }
    return false
  }

  /// Enter in the `/` prompt: keeps a search that matches; a search with no match leaves the
  /// list, the selection and the previous search as they were and says so. An empty Enter
  /// searches the last pattern again, as less does.
  mutating func submitSearch(_ pattern: String, origin: PromptOrigin) {
    if pattern.isEmpty {
      restore(origin)
      if let last = histories[.search]?.entries.last { repeatSearch(last, origin: origin) }
      return
    }
    switch view {
    case .reader:
      if reader?.hits.isEmpty ?? true { noMatch(pattern, origin: origin) }
    case .sources:
      if let index = sourceMatches.firstIndex(of: sourceCursor) {
        message = Self.matchMessage(index, of: sourceMatches.count)
      } else {
        noMatch(pattern, origin: origin)
      }
    default:
      if awaitingIndex {
        message = Message(text: "searching (building the index)… the first match follows", isError: false)
        return
      }
      if searchMatches.isEmpty {
        noMatch(pattern, origin: origin)
      } else {
        anchor = selectedEvent
        message = matchMessage()
      }
    }
  }

  /// Runs a search again from where the prompt opened (`/` then Enter on an empty prompt).
  private mutating func repeatSearch(_ pattern: String, origin: PromptOrigin) {
    if setSearch(pattern, from: origin, stepping: true) { stepMatch(forward: true) }
  }

  /// Puts back what a prompt found and says the pattern matched nothing.
  private mutating func noMatch(_ pattern: String, origin: PromptOrigin) {
    restore(origin)
    message = Message(text: "no match for \"\(DisplayText.sanitizedLine(pattern))\"", isError: true)
  }

  /// "match 3 of 12" for the selected event.
  func matchMessage() -> Message? {
    selectedMatch.map { Self.matchMessage($0, of: searchMatches.count) }
  }

  /// "match 3 of 12" for a 0-based index.
  static func matchMessage(_ index: Int, of count: Int) -> Message {
    Message(text: "match \(index + 1) of \(count)", isError: false)
  }

  /// `n`/`N`: the next or previous match of the search (in the reader, of its text search, else
  /// its cited passages; in the sources, the next matching article), wrapping as less does.
  mutating func stepMatch(forward: Bool) {
    if view == .reader {
      if let reader, !reader.search.isEmpty {
        searchReader(reader.search, from: nil, stepping: forward)
      } else {
        stepPassage(forward: forward)
      }
      return
    }
    if view == .sources {
      stepSourceMatch(forward: forward)
      return
    }
    guard !awaitingIndex else {
      message = Message(text: "the search index is still being built; its results follow", isError: false)
      return
    }
    guard !search.isEmpty else {
      message = Message(text: "no search yet: / searches (& filters)", isError: false)
      return
    }
    guard !searchMatches.isEmpty else {
      message = Message(text: "no match for \"\(DisplayText.sanitizedLine(search))\"", isError: true)
      return
    }
    let (index, said) = Self.step(from: selectedEvent ?? -1, among: searchMatches, forward: forward)
    choose(searchMatches[index], landing: true)
    message = said
  }

  /// The match after (or before) `current` among sorted `matches`, wrapping as less does, and
  /// what to say: "match 3 of 12", or where the search wrapped.
  static func step(from current: Int, among matches: [Int], forward: Bool) -> (index: Int, message: Message) {
    var index = forward ? lowerBound(of: current + 1, in: matches) : lowerBound(of: current, in: matches) - 1
    var wrapped: String?
    if index == matches.count {
      index = 0
      wrapped = "search hit BOTTOM, continuing at TOP"
    } else if index < 0 {
      index = matches.count - 1
      wrapped = "search hit TOP, continuing at BOTTOM"
    }
    return (index, wrapped.map { Message(text: $0, isError: false) } ?? matchMessage(index, of: matches.count))
  }

  /// Selects a shown event by corpus position as the user's choice, the list scrolled to it.
  mutating func choose(_ position: Int, landing: Bool) {
    place(position)
    anchor = selectedEvent
    detailScroll = 0
    scrollListToSelection(landing: landing)
  }

  /// Sets the `&` filter text and refilters when it changed.
  mutating func setFilterText(_ text: String) {
    guard text != query.search else { return }
    query.search = text
    applyQuery()
    scrollListToSelection()
  }

  /// Enter in the `&` prompt: keeps the filter; an empty one clears the filter text (less's `&`
  /// Enter); one that hides every event is not applied.
  mutating func submitFilter(_ text: String, origin: PromptOrigin) {
    setFilterText(text)
    if awaitingIndex {
      message = Message(text: "filtering (building the index)… the list follows", isError: false)
      return
    }
    if !text.isEmpty, filtered.isEmpty {
      restore(origin)
      message = Message(
        text: "no event matches \"\(DisplayText.sanitizedLine(text))\"; the filter is unchanged", isError: true)
      return
    }
    message = Message(
      text: text.isEmpty
        ? "filter text cleared: \(Plural.count(filtered.count, "event")) shown"
        : "\(Plural.count(filtered.count, "event")) match \"\(DisplayText.sanitizedLine(text))\" (Esc clears every filter)",
      isError: false)
  }

  /// Esc in the timeline: clears every filter (themes, text, only marked) and the search, and
  /// returns to the event chosen last.
  mutating func clearFilters() {
    guard isFiltered || !search.isEmpty else { return }
    query.themes = []
    query.search = ""
    marksOnly = false
    search = ""
    applyQuery()
    scrollListToSelection()
    message = Message(text: "filters and search cleared: all \(Plural.count(filtered.count, "event"))", isError: false)
  }

  // MARK: The sources list

  /// Recomputes which articles the sources search matches (title, outlet, id).
  mutating func updateSourceMatches() {
    let needle = SearchHighlight.needle(sourceSearch)
    guard !needle.isEmpty else {
      sourceMatches = []
      return
    }
    let folded = String(needle)
    sourceMatches = library.corpus.articles.indices.filter { position in
      let article = library.corpus.articles[position]
      return [article.title, article.outlet, article.id].contains { TextFolding.fold($0).contains(folded) }
    }
  }

  /// Searches the sources list from the cursor where the prompt opened.
  mutating func searchSources(_ pattern: String, from origin: PromptOrigin) {
    sourceSearch = pattern
    updateSourceMatches()
    sourceCursor =
      sourceMatches.first { $0 >= origin.sourceCursor } ?? sourceMatches.first ?? origin.sourceCursor
  }

  /// `n`/`N` in the sources list, saying "match k of n" as the timeline does.
  mutating func stepSourceMatch(forward: Bool) {
    guard !sourceMatches.isEmpty else {
      message = Message(
        text: sourceSearch.isEmpty
          ? "no search yet: / searches the sources" : "no match for \"\(DisplayText.sanitizedLine(sourceSearch))\"",
        isError: !sourceSearch.isEmpty)
      return
    }
    let (index, said) = Self.step(from: sourceCursor, among: sourceMatches, forward: forward)
    sourceCursor = sourceMatches[index]
    message = said
  }

  // MARK: The reader

  /// Searches the reader's text: while typing (`stepping` nil) from the top of the screen where
  /// the prompt opened, else the next (`true`) or previous hit after the current one, wrapping.
  mutating func searchReader(_ pattern: String, from origin: PromptOrigin?, stepping: Bool?) {
    guard var state = origin?.reader ?? reader else { return }
    if state.search != pattern { state.setSearch(pattern) }
    guard !state.hits.isEmpty else {
      state.hit = nil
      reader = state
      if stepping != nil {
        message = Message(text: "no match for \"\(DisplayText.sanitizedLine(pattern))\"", isError: true)
      }
      return
    }
    let top = state.lines.indices.contains(state.scroll) ? state.lines[state.scroll].lowerBound : 0
    var next: Int
    if let forward = stepping, let current = reader?.hit, reader?.search == pattern {
      next = current + (forward ? 1 : -1)
      if next >= state.hits.count {
        next = 0
        message = Message(text: "search hit BOTTOM, continuing at TOP", isError: false)
      } else if next < 0 {
        next = state.hits.count - 1
        message = Message(text: "search hit TOP, continuing at BOTTOM", isError: false)
      }
    } else {
      next = state.hits.firstIndex { $0.lowerBound >= top } ?? 0
    }
    state.hit = next
    if message == nil { message = Self.matchMessage(next, of: state.hits.count) }
    reader = state
    let line = state.line(containing: state.hits[next].lowerBound)
    scrollReader(showing: line...line)
  }
}

extension AppState {
  /// The text highlighted in events: the search's, else the filter text's (why an event shows).
  public var highlightedText: String { search.isEmpty ? query.search : search }
}
