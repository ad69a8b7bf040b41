import CronicaModel

extension AppState {
  /// What the curation keys say when the corpus is not a folder of the user's own articles.
  static let cannotCurate = "curation changes a folder of your own articles (its events.json); this corpus is not one"

  /// The selected event, or nil with a message saying there is none to `verb`.
  mutating func eventToCurate(_ verb: String) -> Event? {
    guard canCurate else {
      message = Message(text: Self.cannotCurate, isError: true)
      return nil
    }
    guard let position = selectedEvent else {
      message = Message(text: "no event to \(verb)", isError: true)
      return nil
    }
    return library.corpus.events[position]
  }

  /// `a`: accepts the selected proposal.
  mutating func acceptProposal() -> [Effect] {
    guard let event = eventToCurate("accept") else { return [] }
    guard event.origin == Event.extractedOrigin else {
      message = Message(text: "'\(event.id)' is already curated (only ◇ proposals are accepted)", isError: false)
      return []
    }
    return [.curate(.accept(id: event.id))]
  }

  /// `x`: rejects the selected event.
  mutating func rejectEvent() -> [Effect] {
    guard let event = eventToCurate("reject") else { return [] }
    return [.curate(.reject(id: event.id))]
  }

  /// `r`: opens the title prompt on the selected event's title.
  mutating func openRetitle() {
    guard let event = eventToCurate("retitle") else { return }
    // The title prompt opens on the title, cursor at its end, to edit it as readline does.
    openPrompt(.retitle)
    prompt?.editor.replace(with: event.title)
  }

  /// Enter in the title prompt: asks the host to change the title.
  mutating func submitRetitle(_ text: String) -> [Effect] {
    guard let event = eventToCurate("retitle") else { return [] }
    guard text != event.title else {
      message = Message(text: "the title is unchanged", isError: false)
      return []
    }
    return [.curate(.retitle(id: event.id, title: text))]
  }

  /// `M`: the first press picks the event to merge; the second merges it into the one selected then.
  mutating func mergeEvents() -> [Effect] {
    guard let event = eventToCurate("merge") else { return [] }
    guard let source = mergeSource else {
      mergeSource = event.id
      message = Message(
        text: "merge '\(event.id)': select the event to merge it into and press M (Esc cancels)", isError: false)
      return []
    }
    guard source != event.id else {
      message = Message(text: "select another event to merge '\(source)' into (Esc cancels)", isError: false)
      return []
    }
    mergeSource = nil
    return [.curate(.merge(id: source, into: event.id))]
  }

  /// Esc while a merge waits for its second event: forgets the first. False when none waits.
  mutating func cancelMerge() -> Bool {
    guard let source = mergeSource else { return false }
    mergeSource = nil
    message = Message(text: "merge of '\(source)' cancelled", isError: false)
    return true
  }

  /// `u`: asks the host to undo the last curation step (it is forgotten once undone).
  mutating func undoCuration() -> [Effect] {
    guard canCurate else {
      message = Message(text: Self.cannotCurate, isError: true)
      return []
    }
    guard let last = curationUndos.last else {
      message = Message(text: "nothing to undo", isError: false)
      return []
    }
    return [.curate(.undo(last))]
  }

  /// The host applied a step: the corpus as it is now, the focus selected, the step remembered.
  mutating func curated(_ result: CurationResult) {
    if let undo = result.undo {
      curationUndos.append(undo)
    } else if !curationUndos.isEmpty {
      curationUndos.removeLast()
    }
    replaceLibrary(with: result.corpus)
    views.removeAll { $0 == .reader }
    reader = nil
    anchor = result.focus.flatMap { library.position(ofEvent: $0) }
    let marked = marks
    setMarks(marked)
    applyQuery()
    detailScroll = 0
    scrollListToSelection()
    message = Message(text: result.message, isError: false)
  }
}
