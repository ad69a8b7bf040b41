import CronicaModel

extension AppState {
  /// Types a character into the prompt; the search applies at once (incremental).
  mutating func promptInput(_ character: Character) {
    guard var current = prompt else { return }
    guard current.text.count < 200,
      !character.unicodeScalars.contains(where: { DisplayText.placeholder(for: $0) != nil })
    else { return }
    current.text.append(character)
    prompt = current
    if current.mode == .search { setSearch(current.text) }
  }

  /// Deletes the last character of the prompt; an empty prompt is cancelled.
  mutating func promptDelete() {
    guard var current = prompt else { return }
    guard !current.text.isEmpty else {
      cancel()
      return
    }
    current.text.removeLast()
    prompt = current
    if current.mode == .search { setSearch(current.text) }
  }

  /// Accepts the prompt: keeps the search, jumps to the typed date, or asks for the export.
  mutating func promptSubmit() -> [Effect] {
    guard let current = prompt else { return [] }
    prompt = nil
    switch current.mode {
    case .search:
      setSearch(current.text)
      if !current.text.isEmpty, filtered.isEmpty {
        message = Message(text: "no event matches \"\(current.text)\"", isError: true)
      }
    case .jump:
      if current.text.isEmpty { return [] }
      if !jump(to: current.text) {
        message = Message(text: "not a year or year-month: \"\(current.text)\" (try 2015 or 2015-06)", isError: true)
      }
    case .export: return submitExport(current.text)
    default: break
    }
    return []
  }

  /// Sets the search text and refilters when it changed.
  mutating func setSearch(_ text: String) {
    guard text != query.search else { return }
    query.search = text
    applyQuery()
    scrollListToSelection()
  }

  /// `n`/`N`: the next or previous shown event (every shown event matches the search), wrapping.
  mutating func stepMatch(forward: Bool) {
    guard !awaitingIndex else {
      message = Message(text: "the search index is still being built; its results follow", isError: false)
      return
    }
    guard !filtered.isEmpty else {
      message = Message(text: "no event matches", isError: true)
      return
    }
    if query.search.isEmpty { message = Message(text: "no search (/ starts one); moving by event", isError: false) }
    if forward {
      if selection + 1 < filtered.count {
        selection += 1
      } else {
        selection = 0
        message = Message(text: "search wrapped to the first match", isError: false)
      }
    } else {
      if selection > 0 {
        selection -= 1
      } else {
        selection = filtered.count - 1
        message = Message(text: "search wrapped to the last match", isError: false)
      }
    }
    selectionChanged()
  }
}
