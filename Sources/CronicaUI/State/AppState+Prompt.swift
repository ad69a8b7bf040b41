import CronicaModel

extension AppState {
  /// The history a prompt mode reads and adds to: `/` and `&` share the search history.
  static func historyKey(_ mode: Mode) -> Mode { mode == .filter ? .search : mode }

  /// Opens a prompt, empty, remembering what is shown so that cancelling puts it back.
  mutating func openPrompt(_ mode: Mode) {
    let origin = PromptOrigin(
      search: search, filterText: query.search, selected: selectedEvent, chosen: anchor, listScroll: listScroll,
      detailScroll: detailScroll, sourceSearch: sourceSearch, sourceCursor: sourceCursor, reader: reader)
    prompt = Prompt(mode: mode, editor: LineEditor(), origin: origin)
  }

  static let promptLimit = 200

  /// True when a prompt takes a character: not a control or formatting one (drawn as a picture,
  /// it would match nothing).
  static func promptAccepts(_ character: Character) -> Bool {
    !character.unicodeScalars.contains { DisplayText.placeholder(for: $0) != nil }
  }

  /// Types a character at the cursor; searches and filters apply at once (incremental).
  mutating func promptInput(_ character: Character) {
    guard var current = prompt else { return }
    guard current.editor.characters.count < Self.promptLimit, Self.promptAccepts(character) else { return }
    current.editor.insert(character)
    current.historyIndex = nil
    prompt = current
    promptTextChanged()
  }

  /// Applies an editing key; Backspace on an empty prompt does nothing (the prompt stays open).
  mutating func promptEdit(_ edit: LineEditor.Edit) {
    guard var current = prompt else { return }
    let before = current.text
    guard current.editor.apply(edit) else { return }
    prompt = current
    if current.text != before { promptTextChanged() }
  }

  /// Up (`older`) or Down: the previous or next entry of the prompt's history, as readline does.
  mutating func promptHistory(older: Bool) {
    guard var current = prompt else { return }
    let entries = histories[Self.historyKey(current.mode)]?.entries ?? []
    let index: Int?
    switch (older, current.historyIndex) {
    case (true, nil): index = entries.isEmpty ? nil : entries.count - 1
    case (true, let shown?): index = max(0, shown - 1)
    case (false, nil): return
    case (false, let shown?): index = shown + 1 < entries.count ? shown + 1 : nil
    }
    if current.historyIndex == nil {
      guard index != nil else {
        message = Message(text: "no earlier entry", isError: false)
        return
      }
      current.draft = current.text
    }
    current.historyIndex = index
    current.editor.replace(with: index.map { entries[$0] } ?? current.draft)
    prompt = current
    promptTextChanged()
  }

  /// Follows the prompt's text: a search moves to its first match, a filter narrows the list.
  mutating func promptTextChanged() {
    guard let current = prompt else { return }
    switch current.mode {
    case .search: searchIncrementally(current.text, from: current.origin)
    case .filter: setFilterText(current.text)
    case .themeFilter: setThemeFilter(current.text)
    default: break
    }
  }

  /// Accepts the prompt: keeps the search or filter, jumps to the typed date, or asks for the export.
  mutating func promptSubmit() -> [Effect] {
    guard let current = prompt else { return [] }
    prompt = nil
    let text = current.text
    var effects: [Effect] = []
    if !text.isEmpty {
      histories[Self.historyKey(current.mode), default: PromptHistory()].add(text)
      if Self.historyKey(current.mode) == .search { effects.append(.recordSearch(text)) }
    }
    switch current.mode {
    case .search: submitSearch(text, origin: current.origin)
    case .filter: submitFilter(text, origin: current.origin)
    case .jump:
      if !text.isEmpty, !jump(to: text) {
        message = Message(
          text: "not a year or year-month: \"\(DisplayText.sanitizedLine(text))\" (try 2015 or 2015-06)",
          isError: true)
      }
    case .export: effects += submitExport(text)
    case .retitle: effects += submitRetitle(text)
    default: break
    }
    return effects
  }

  /// Esc or Ctrl-C in a prompt: closes it and puts back what was shown when it opened.
  mutating func cancelPrompt() {
    guard let current = prompt else { return }
    prompt = nil
    if current.mode == .themeFilter {
      setThemeFilter("")  // every theme again
      return
    }
    restore(current.origin)
  }

  /// Puts back the search, the filter text and the place a prompt found.
  mutating func restore(_ origin: PromptOrigin) {
    if view == .reader {
      reader = origin.reader
      return
    }
    if view == .sources {
      sourceSearch = origin.sourceSearch
      updateSourceMatches()
      sourceCursor = origin.sourceCursor
      return
    }
    search = origin.search
    query.search = origin.filterText
    // Also settles `awaitingIndex`, which a search typed while the index was being built set.
    applyQuery()
    place(origin.selected)
    anchor = origin.chosen
    listScroll = origin.listScroll
    detailScroll = origin.detailScroll
    scrollListToSelection()
  }

  /// Replaces a prompt's history (the search history the host loaded), keeping entries typed since.
  ///
  /// Entries no one could have typed into a prompt (a control character, more than `promptLimit`
  /// characters: a file edited by hand or damaged) are left out, as typing would refuse them.
  mutating func setSearchHistory(_ entries: [String]) {
    let typable = entries.filter { $0.count <= Self.promptLimit && $0.allSatisfy(Self.promptAccepts) }
    var merged = PromptHistory(typable)
    for entry in histories[.search]?.entries ?? [] { merged.add(entry) }
    histories[.search] = merged
  }
}
