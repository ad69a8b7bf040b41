import CronicaModel

/// Applies an action to the state and returns the effects the host must perform.
///
/// Pure and total: every action is valid in every state (an action that makes no sense where it
/// arrives leaves the state alone, at most with a message).
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  state.reduce(action)
}

extension AppState {
  /// Applies an action (see the free function `reduce(_:_:)`).
  public mutating func reduce(_ action: Action) -> [Effect] {
    if let effects = whileLoading(action) { return effects }
    switch action {
    case .resize, .setMarks, .setSearchHistory, .setDisplay, .curated, .startBackgroundWork, .indexReady,
      .snapshotChecked, .corpusLoaded, .corpusLoadProgress:
      break
    default: message = nil
    }
    switch action {
    case .quit: return [.quit]
    case .interrupt: return [.interrupt]
    case .suspend: return [.suspend]
    case .resize(let newSize): resize(to: newSize)
    case .close: return close()
    case .cancel: cancel()
    case .move(let movement): move(movement)
    case .scrollDetail(let movement): scrollDetail(movement)
    case .wheel(let rows): wheel(rows)
    case .click(let x, let y): click(x: x, y: y)
    case .openDetail:
      if selectedEvent != nil {
        views.append(.detail)
      } else {
        message = Message(text: "no event to show", isError: true)
      }
    case .openReader: openCitation(1, ofEvent: view == .reader ? reader?.origin : selectedEvent)
    case .openCitation(let number): openCitation(number, ofEvent: view == .reader ? reader?.origin : selectedEvent)
    case .nextPassage: stepPassage(forward: true)
    case .previousPassage: stepPassage(forward: false)
    case .jumpToPassageEvent: jumpToPassageEvent()
    case .openThemes:
      views.append(.themes)
      setThemeFilter("")
      recountThemes()
    case .openThemeFilter: openPrompt(.themeFilter)
    case .toggleTheme: toggleTheme()
    case .selectAllThemes:
      query.themes = Set(library.corpus.themes.map(\.key))
      applyQuery()
      scrollListToSelection()
    case .clearThemes:
      query.themes = []
      applyQuery()
      scrollListToSelection()
    case .openSources:
      views.append(.sources)
      sourceCursor = min(sourceCursor, max(0, library.corpus.articles.count - 1))
    case .openSelectedSource:
      if library.corpus.articles.indices.contains(sourceCursor) { openReader(article: sourceCursor, at: nil) }
    case .openSearch: openPrompt(.search)
    case .openFilter: openPrompt(.filter)
    case .openJump: openPrompt(.jump)
    case .promptInput(let character): promptInput(character)
    case .promptEdit(let edit): promptEdit(edit)
    case .promptHistory(let older): promptHistory(older: older)
    case .promptSubmit: return promptSubmit()
    case .clearFilters: if !cancelMerge() { clearFilters() }
    case .toggleSidePane:
      guard size.width >= Layout.sideMinimumWidth else {
        message = Message(text: "the side pane needs \(Layout.sideMinimumWidth) columns", isError: false)
        break
      }
      sidePane = !(layout.side.width > 0)
      scrollListToSelection()
    case .nextMatch: stepMatch(forward: true)
    case .previousMatch: stepMatch(forward: false)
    case .showHelp:
      helpScroll = 0
      views.append(.help)
    case .toggleMark: return toggleMark()
    case .toggleMarkedOnly: toggleMarkedOnly()
    case .openExport: openPrompt(.export)
    case .confirmOverwrite:
      guard var request = pendingOverwrite else { break }
      pendingOverwrite = nil
      request.overwrite = true
      message = Message(text: "exporting \(Plural.count(request.events.count, "event")) to \(request.path)…", isError: false)
      return [.export(request)]
    case .askOverwrite(let request): pendingOverwrite = request
    case .openURL: return openURL()
    case .setMarks(let ids): setMarks(ids)
    case .setSearchHistory(let entries): setSearchHistory(entries)
    case .setDisplay(let capabilities): display = capabilities
    case .notify(let note): message = note
    case .startBackgroundWork: return startBackgroundWork()
    case .indexReady(let built): indexReady(built)
    case .snapshotChecked(let intact):
      if !intact {
        library.snapshotFoundDamaged = true
        message = Self.damagedSnapshotMessage
      }
    case .acceptProposal: return acceptProposal()
    case .rejectEvent: return rejectEvent()
    case .openRetitle: openRetitle()
    case .mergeEvents: return mergeEvents()
    case .undoCuration: return undoCuration()
    case .curated(let result): curated(result)
    case .corpusLoaded(let built): return corpusLoaded(built)
    case .corpusLoadProgress(let bytes, let total): loading?.read(bytes, of: total)
    case .corpusLoadFailed(let text, let status): return loading == nil ? [] : [.loadFailed(text, status: status)]
    }
    return []
  }

  /// The search index is built: applies the filter and the search that waited for it (an index
  /// built for a library a curation step has since replaced is dropped).
  mutating func indexReady(_ built: Built<EventIndex>) {
    guard built.revision == library.revision, library.index == nil else { return }
    library.index = built.value
    guard awaitingIndex else { return }
    applyQuery()  // recounts the themes panel too, when it is open
    if let current = prompt, current.mode == .search, view != .reader, view != .sources {
      searchIncrementally(current.text, from: current.origin)
    } else if prompt == nil, !search.isEmpty, selectedMatch == nil, let first = searchMatches.first {
      choose(searchMatches.first { $0 >= (selectedEvent ?? 0) } ?? first, landing: true)
    } else {
      scrollListToSelection()
    }
    if prompt == nil, !query.search.isEmpty, filtered.isEmpty {
      message = Message(text: "no event matches \"\(DisplayText.sanitizedLine(query.search))\"", isError: true)
    } else if prompt == nil, !search.isEmpty, searchMatches.isEmpty {
      message = Message(text: "no match for \"\(DisplayText.sanitizedLine(search))\"", isError: true)
    }
  }

  /// `q`: closes the view on top; quits from the timeline.
  mutating func close() -> [Effect] {
    if prompt != nil {
      cancel()
      return []
    }
    if pendingOverwrite != nil {
      cancel()
      return []
    }
    guard views.count > 1 else { return [.quit] }
    let closed = views.removeLast()
    if closed == .reader, !views.contains(.reader) { reader = nil }
    scrollListToSelection()
    return []
  }

  /// Esc: cancels the question or the prompt, clears the reader's or the sources' search, or
  /// closes a panel or view (never quits).
  mutating func cancel() {
    if let request = pendingOverwrite {
      pendingOverwrite = nil
      message = Message(text: "not exported: \(request.path) is left as it was", isError: false)
      return
    }
    if prompt == nil, cancelMerge() { return }
    if prompt != nil {
      cancelPrompt()
      return
    }
    if view == .reader, var state = reader, !state.search.isEmpty {
      state.setSearch("")
      reader = state
      return
    }
    if view == .sources, !sourceSearch.isEmpty {
      sourceSearch = ""
      sourceMatches = []
      return
    }
    if views.count > 1 { _ = close() }
  }

  /// Applies a movement to whatever the current view moves.
  mutating func move(_ movement: Movement) {
    switch view {
    case .timeline, .detail: moveSelection(movement)
    case .reader: scrollReader(movement)
    case .themes: themeCursor = AppState.moved(themeCursor, movement, count: shownThemes.count, page: 10)
    case .sources:
      let page = max(1, (layout.page.height - SourcesView.headerRows + 1) / SourcesView.rowsPerArticle - 1)
      sourceCursor = AppState.moved(sourceCursor, movement, count: library.corpus.articles.count, page: page)
    case .help:
      let height = layout.page.height
      let maxScroll = max(0, helpLineCount - height)
      helpScroll = AppState.moved(helpScroll, movement, count: maxScroll + 1, page: max(1, height - 1))
    }
  }

  /// A cursor moved within `0..<count`.
  static func moved(_ cursor: Int, _ movement: Movement, count: Int, page: Int) -> Int {
    guard count > 0 else { return 0 }
    var next = cursor
    switch movement {
    case .lineDown: next += 1
    case .lineUp: next -= 1
    case .pageDown, .nextYear: next += page
    case .pageUp, .previousYear: next -= page
    case .halfPageDown: next += max(1, page / 2)
    case .halfPageUp: next -= max(1, page / 2)
    case .top: next = 0
    case .bottom: next = count - 1
    }
    return min(max(next, 0), count - 1)
  }

  mutating func scrollDetail(_ movement: Movement) {
    // Offsets 0...maxDetailScroll, moved like a cursor over that many lines.
    detailScroll = Self.moved(detailScroll, movement, count: maxDetailScroll + 1, page: max(1, layout.body.height - 1))
  }

  /// The largest useful detail scroll: the detail's line count less the rows it is shown in.
  var maxDetailScroll: Int {
    guard let position = selectedEvent else { return 0 }
    let layout = self.layout
    let rect = view == .detail ? layout.body : layout.side
    guard !rect.isEmpty else { return 0 }
    let lines = DetailView.lines(library, event: position, width: max(1, rect.width - 2), marked: isMarked(position))
    return max(0, lines.count - rect.height)
  }

  /// The mouse wheel: moves the list selection, or scrolls texts, by `rows`.
  mutating func wheel(_ rows: Int) {
    let steps = min(abs(rows), 1000)
    for _ in 0..<steps {
      switch view {
      case .detail: scrollDetail(rows > 0 ? .lineDown : .lineUp)
      default: move(rows > 0 ? .lineDown : .lineUp)
      }
    }
  }

  /// A click: selects the clicked timeline row or list entry.
  mutating func click(x: Int, y: Int) {
    let layout = self.layout
    if view == .timeline || view == .detail, y == layout.strip.y || (y == layout.axis.y && !layout.axis.isEmpty),
      !layout.isTooSmall,
      let year = YearStrip.geometry(self, layout: layout)?.year(atColumn: x)
    {
      // A click on the year strip jumps to that year.
      if let date = PartialDate(year: year) { select(onOrAfter: date, named: String(year)) }
      return
    }
    switch view {
    case .timeline:
      let list = layout.list
      guard x >= list.x, x < list.x + list.width, y >= list.y, y < list.y + list.height else { return }
      let scroll = TimelineView.visibleScroll(self, height: list.height)
      if case .event(let index) = timelineRow(scroll + y - list.y) {
        selection = index
        anchor = selectedEvent
        selectionChanged()
      }
    case .themes:
      let box = ThemesView.frame(in: layout.body, themes: shownThemes.count)
      let rows = max(0, box.height - 3)
      let row = y - (box.y + 2)
      guard x > box.x, x < box.x + box.width - 1, row >= 0, row < rows else { return }
      let index = ThemesView.scroll(cursor: themeCursor, rows: rows) + row
      if shownThemes.indices.contains(index) {
        themeCursor = index
        toggleTheme()
      }
    case .sources:
      if let article = SourcesView.article(atRow: y, state: self, in: layout.page) { sourceCursor = article }
    default: break
    }
  }

  mutating func toggleTheme() {
    guard shownThemes.indices.contains(themeCursor) else { return }
    let key = library.corpus.themes[shownThemes[themeCursor]].key
    if query.themes.contains(key) { query.themes.remove(key) } else { query.themes.insert(key) }
    applyQuery()
    scrollListToSelection()
  }

  /// Narrows the themes panel to the themes matching `text` (all when empty); the cursor goes to
  /// the first of them.
  mutating func setThemeFilter(_ text: String) {
    themeFilter = text
    shownThemes = ThemeLookup(themes: library.corpus.themes).filter(text)
    themeCursor = 0
  }

  /// Applies a new screen size: relayouts the reader and keeps selections visible.
  mutating func resize(to newSize: Size) {
    size = newSize
    if var state = reader {
      state.relayout(width: ReaderView.measure(forWidth: newSize.width))
      reader = state
      scrollReaderToPassage()
    }
    // The list keeps its scroll: drawing shows the selection at any size (`visibleScroll`),
    // so a resize to a tiny window and back shows what it showed before.
  }
}
