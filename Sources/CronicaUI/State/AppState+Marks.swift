import CronicaModel

extension AppState {
  /// True when the event at a corpus position is marked.
  public func isMarked(_ position: Int) -> Bool {
    library.corpus.events.indices.contains(position) && marks.contains(library.corpus.events.id(at: position))
  }

  /// `m`: marks or unmarks the selected event and asks the host to save the marks.
  mutating func toggleMark() -> [Effect] {
    guard let position = selectedEvent else {
      message = Message(text: "no event to mark", isError: true)
      return []
    }
    let id = library.corpus.events.id(at: position)
    if marks.remove(id) == nil {
      marks.insert(id)
      markedCount += 1
      message = Message(text: "marked (\(markedCount) marked; ' shows only marked events)", isError: false)
    } else {
      markedCount -= 1
      message = Message(text: "unmarked (\(markedCount) marked)", isError: false)
      if marksOnly {
        applyQuery()
        scrollListToSelection()
      }
    }
    return [.saveMarks(marks.sorted())]
  }

  /// `'`: shows only marked events, or every event again.
  mutating func toggleMarkedOnly() {
    if !marksOnly, markedCount == 0 {
      message = Message(text: "no event is marked yet (m marks the selected event)", isError: false)
      return
    }
    marksOnly.toggle()
    applyQuery()
    scrollListToSelection()
    message = Message(
      text: marksOnly
        ? "showing only the \(Plural.count(markedCount, "marked event")) (' shows all)" : "showing all events",
      isError: false)
  }

  mutating func setMarks(_ ids: Set<String>) {
    marks = ids
    // One pass over the events' ids (the host loads the marks before the first frame).
    var present = Set<String>()
    if !ids.isEmpty {
      let events = library.corpus.events
      for position in events.indices {
        let id = events.id(at: position)
        if ids.contains(id) { present.insert(id) }
      }
    }
    markedCount = present.count
    if marksOnly {
      applyQuery()
      scrollListToSelection()
    }
  }

  /// Accepts the export prompt: the current view's events, to the typed path, in its extension's format.
  mutating func submitExport(_ text: String) -> [Effect] {
    let path = text.trimmingCharacters(in: .whitespaces)
    guard !path.isEmpty else {
      message = Message(text: "export cancelled: no file name", isError: false)
      return []
    }
    guard let format = ExportRequest.format(forPath: path) else {
      message = Message(
        text: "cannot tell the format of \"\(path)\": end it in .json, .csv, .md, .timelinejs.json, .timelinejs.csv, "
          + ".svg or .html",
        isError: true)
      return []
    }
    guard !awaitingIndex else {
      message = Message(text: "not exported: the search index is still being built; try again in a moment", isError: true)
      return []
    }
    guard !filtered.isEmpty else {
      message = Message(text: "nothing to export: no event is shown", isError: true)
      return []
    }
    message = Message(text: "exporting \(Plural.count(filtered.count, "event")) to \(path)…", isError: false)
    return [.export(ExportRequest(path: path, format: format, events: filtered))]
  }

  /// `O`: asks the host to open the web address of the selected event's first cited article that has one.
  mutating func openURL() -> [Effect] {
    guard let position = selectedEvent else {
      message = Message(text: "no event selected", isError: true)
      return []
    }
    let event = library.corpus.events[position]
    let library = self.library
    let address = event.citations.lazy
      .compactMap { library.articlePositions[$0.article] }
      .compactMap { library.corpus.articles[$0].url }
      .first { !$0.isEmpty }
    guard let address else {
      message = Message(text: "no web address for this event's sources", isError: false)
      return []
    }
    guard WebAddress.isOpenable(address) else {
      let shown = DisplayText.truncate(DisplayText.sanitizedLine(address), to: 60)
      message = Message(text: "not opening \"\(shown)\": only http and https addresses are opened", isError: true)
      return []
    }
    message = Message(text: "opening \(DisplayText.sanitizedLine(address))", isError: false)
    return [.openURL(address)]
  }
}
