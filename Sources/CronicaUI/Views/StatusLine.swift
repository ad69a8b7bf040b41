import CronicaModel

/// The status line (counts, filters, position) and the message / prompt line under it.
enum StatusLine {
  /// Draws both lines.
  static func draw(_ grid: inout Grid, _ state: AppState, layout: Layout) {
    let status = layout.status
    if !status.isEmpty {
      let (left, right) = texts(state)
      let rightText = DisplayText.truncate(right, to: max(0, status.width / 2))
      let rightWidth = DisplayText.width(of: rightText)
      let leftWidth = max(0, status.width - rightWidth - 1)
      let leftText = DisplayText.truncate(" " + DisplayText.sanitizedLine(left), to: max(0, leftWidth - 1))
      grid.draw([Span(leftText, Styles.status)], x: 0, y: status.y, width: leftWidth, fill: Styles.status)
      grid.put(rightText + " ", x: max(0, status.width - rightWidth - 1), y: status.y, style: Styles.status)
    }
    let line = layout.message
    guard !line.isEmpty else { return }
    if let prompt = state.prompt {
      let head = prompt.mode == .search ? "/" : prompt.mode == .export ? "export to: " : ":"
      let text = DisplayText.sanitizedLine(prompt.text)
      // Keep the end of long input visible.
      var shown = text
      while DisplayText.width(of: head + shown) + 1 > line.width, !shown.isEmpty { shown.removeFirst() }
      let used = grid.put(head + shown, x: 0, y: line.y, style: .plain, maxWidth: line.width)
      grid.put(" ", x: used, y: line.y, style: Styles.selected)
      if prompt.mode == .jump, used + 3 < line.width {
        grid.put(
          "year or year-month, e.g. 2015 or 2015-06", x: used + 2, y: line.y, style: Styles.dim,
          maxWidth: line.width - used - 2)
      }
    } else if let message = state.message {
      grid.put(message.text, x: 0, y: line.y, style: message.isError ? Styles.error : .plain, maxWidth: line.width)
    } else {
      grid.put(hint(for: state.view), x: 0, y: line.y, style: Styles.dim, maxWidth: line.width)
    }
  }

  /// The left and right parts of the status line for the current view.
  static func texts(_ state: AppState) -> (String, String) {
    let library = state.library
    var parts = [
      state.awaitingIndex
        ? "searching (building the index)…" : "\(state.filtered.count)/\(library.corpus.events.count) events"
    ]
    if state.query.themes.isEmpty {
      parts.append("all themes")
    } else {
      let badges = library.corpus.themes.indices.filter { state.query.themes.contains(library.corpus.themes[$0].key) }
        .map { library.badge(forTheme: $0) }
      parts.append("themes: " + badges.joined(separator: ","))
    }
    if !state.query.search.isEmpty { parts.append("search: \"\(state.query.search)\"") }
    if state.marksOnly {
      parts.append("only marked (\(state.markedCount))")
    } else if !state.marks.isEmpty {
      parts.append("\(state.markedCount) marked")
    }
    var right = ""
    if let position = state.selectedEvent {
      right = "\(state.selection + 1)/\(state.filtered.count) · \(PartialDate.yearLabel(library.eventYears[position]))"
    }
    switch state.view {
    case .reader:
      if let reader = state.reader {
        let passage =
          reader.current.map { "passage \($0 + 1)/\(reader.passages.count)" }
          ?? "\(reader.passages.count) cited passages"
        right = "\(passage) · line \(min(reader.scroll + 1, reader.lines.count))/\(reader.lines.count)"
      }
    case .sources:
      right = "article \(min(state.sourceCursor + 1, library.corpus.articles.count))/\(library.corpus.articles.count)"
    case .help: right = "help"
    default: break
    }
    return (parts.joined(separator: " │ "), right)
  }

  /// A reminder of the main keys of a view.
  static func hint(for view: View) -> String {
    switch view {
    case .timeline: "? help  Enter detail  o source  t themes  / search  : jump  s sources  q quit"
    case .detail: "? help  j/k event  Space scroll  o source  1–9 citation  t themes  q back"
    case .reader: "? help  n/N cited passages  Enter back to its event  q close"
    case .themes: "Space toggle  a all  x clear  q close"
    case .sources: "Enter read  q close"
    case .help: "j/k scroll  q close"
    }
  }
}
