import CronicaModel

/// The status line (counts, every active filter, the search, position) and the message /
/// prompt line under it.
enum StatusLine {
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
    if let request = state.pendingOverwrite {
      let question = "\(DisplayText.sanitizedLine(request.path)) exists: overwrite it? (y/n)"
      grid.put(DisplayText.truncate(question, to: line.width), x: 0, y: line.y, style: Styles.error)
    } else if let prompt = state.prompt {
      drawPrompt(&grid, prompt, hint: promptHint(state, prompt), in: line)
    } else if let message = state.message {
      grid.put(
        DisplayText.truncate(DisplayText.sanitizedLine(message.text), to: line.width), x: 0, y: line.y,
        style: message.isError ? Styles.error : .plain)
    } else {
      grid.put(DisplayText.truncate(hint(for: state.view), to: line.width), x: 0, y: line.y, style: Styles.dim)
    }
  }

  /// The characters before a prompt's text.
  static func head(of mode: Mode) -> String {
    switch mode {
    case .search, .themeFilter: "/"
    case .filter: "&"
    case .export: "export to: "
    case .retitle: "title: "
    default: ":"
    }
  }

  /// Draws a prompt: its head, the text scrolled so the cursor shows (`…` where text is cut),
  /// the cursor in reverse, and a dim hint after the text when there is room.
  static func drawPrompt(_ grid: inout Grid, _ prompt: Prompt, hint: String, in line: Rect) {
    let head = head(of: prompt.mode)
    let headWidth = grid.put(head, x: line.x, y: line.y, maxWidth: line.width)
    let room = line.width - headWidth - 1  // the last column stays free for the cursor at the end
    guard room > 2 else { return }
    // One shown character per edited one: a control becomes its picture, a lone CR (which the
    // sanitizer drops) a blank, so the cursor stays on the character it is on.
    let characters = prompt.editor.characters.map { character -> Character in
      let shown = DisplayText.sanitizedLine(String(character))
      return shown.count == 1 ? Character(shown) : " "
    }
    let widths = characters.map(DisplayText.width(of:))
    let cursor = prompt.editor.cursor
    // The first character shown: the text's start, unless the cursor would be off the right.
    var start = 0
    func span(_ from: Int, _ to: Int) -> Int { widths[from..<to].reduce(0, +) }
    while start < cursor, span(start, cursor) + (start > 0 ? 1 : 0) > room - 1 { start += 1 }
    var x = line.x + headWidth
    if start > 0 {
      grid.put("…", x: x, y: line.y, style: Styles.dim)
      x += 1
    }
    let limit = line.x + headWidth + room
    var index = start
    while index < characters.count {
      let last = index == characters.count - 1
      // Keep a column for `…` unless this is the last character and it fits.
      if x + widths[index] > limit - (last ? 0 : 1) {
        grid.put("…", x: x, y: line.y, style: Styles.dim)
        break
      }
      grid.put(String(characters[index]), x: x, y: line.y, style: index == cursor ? Styles.selected : .plain)
      x += widths[index]
      index += 1
    }
    if cursor == characters.count {
      grid.put(" ", x: x, y: line.y, style: Styles.selected)
      x += 1
    }
    if !hint.isEmpty, x + 3 < line.x + line.width {
      grid.put(
        DisplayText.truncate(hint, to: line.x + line.width - x - 2), x: x + 2, y: line.y, style: Styles.dim)
    }
  }

  /// What a prompt says beside its text: matches as they are found, the form of a date, the
  /// history's newest entry.
  static func promptHint(_ state: AppState, _ prompt: Prompt) -> String {
    switch prompt.mode {
    case .search:
      if prompt.text.isEmpty {
        return state.histories[.search]?.entries.last.map { "Enter: /\($0) again · Up: history" } ?? ""
      }
      if state.awaitingIndex { return "searching (building the index)…" }
      switch state.view {
      case .reader:
        let count = state.reader?.hits.count ?? 0
        return count == 0 ? "no match" : Plural.count(count, "match", plural: "matches")
      case .sources:
        return state.sourceMatches.isEmpty ? "no match" : Plural.count(state.sourceMatches.count, "article")
      default:
        let count = state.searchMatches.count
        return count == 0 ? "no match" : Plural.count(count, "matching event")
      }
    case .filter:
      if prompt.text.isEmpty { return state.query.search.isEmpty ? "Up: history" : "Enter clears the filter text" }
      if state.awaitingIndex { return "filtering (building the index)…" }
      return state.filtered.isEmpty ? "no event matches" : "\(Plural.count(state.filtered.count, "event")) shown"
    case .jump: return "year or year-month, e.g. 2015 or 2015-06"
    case .export:
      guard prompt.text.isEmpty, let last = state.histories[.export]?.entries.last else {
        return ".json .csv .md .timelinejs.json .timelinejs.csv"
      }
      return "Up: \(last)"
    default: return ""
    }
  }

  /// The left and right parts of the status line for the current view.
  static func texts(_ state: AppState) -> (String, String) {
    let library = state.library
    var parts = [
      state.loadingText
        ?? (state.awaitingIndex
          ? "searching (building the index)…"
          : "\(state.filtered.count)/" + Plural.count(library.corpus.events.count, "event"))
    ]
    if state.query.themes.isEmpty {
      if !state.isFiltered { parts.append("all themes") }
    } else {
      let badges = library.corpus.themes.indices.filter { state.query.themes.contains(library.corpus.themes[$0].key) }
        .map { library.badge(forTheme: $0) }
      parts.append("themes: " + badges.joined(separator: ","))
    }
    if !state.query.search.isEmpty { parts.append("filter: &" + state.query.search) }
    if state.marksOnly {
      parts.append("only marked (\(state.markedCount))")
    } else if !state.marks.isEmpty, state.loading == nil {  // a preview's count is not the corpus's
      parts.append("\(state.markedCount) marked")
    }
    if !state.search.isEmpty {
      let count = state.searchMatches.count
      let place = count == 0 && !state.awaitingIndex ? "no match" : matchPlace(state.selectedMatch, of: count)
      parts.append("/\(state.search): " + place)
    }
    if state.view == .timeline, state.isFiltered || !state.search.isEmpty { parts.append("Esc clears") }
    var right = ""
    if let position = state.selectedEvent {
      // A preview's count is not the corpus's: it is not shown until the corpus is there.
      let total = state.loading == nil ? "\(state.filtered.count)" : "…"
      right = "\(state.selection + 1)/\(total) · \(PartialDate.yearLabel(library.eventYears[position]))"
    }
    switch state.view {
    case .reader:
      if let reader = state.reader {
        let visited = state.visitedPassages
        let passage =
          visited.current.map { "passage \($0 + 1)/\(visited.indexes.count)" }
          ?? Plural.count(visited.indexes.count, "cited passage")
        right = "\(passage) · line \(min(reader.scroll + 1, reader.lines.count))/\(reader.lines.count)"
        if !reader.search.isEmpty { right = matchPlace(reader.hit, of: reader.hits.count) + " · " + right }
      }
      if let reader = state.reader, !reader.search.isEmpty { parts.append("text /\(reader.search) (Esc clears)") }
    case .sources:
      right = "article \(min(state.sourceCursor + 1, library.corpus.articles.count))/\(library.corpus.articles.count)"
      if !state.sourceSearch.isEmpty {
        let matches = state.sourceMatches
        right = matchPlace(matches.firstIndex(of: state.sourceCursor), of: matches.count) + " · " + right
      }
    case .help: right = "help"
    default: break
    }
    return (parts.joined(separator: " │ "), right)
  }

  /// `match 2/5` when on a match (0-based `index`), else `5 matches`.
  static func matchPlace(_ index: Int?, of count: Int) -> String {
    index.map { "match \($0 + 1)/\(count)" } ?? Plural.count(count, "match", plural: "matches")
  }

  /// A reminder of the main keys of a view.
  static func hint(for view: View) -> String {
    switch view {
    case .timeline: "? help  Enter detail  o source  / search  & filter  t themes  : jump  q quit"
    case .detail: "? help  j/k event  Space scroll  o source  1–9 citation  t themes  q back"
    case .reader: "? help  Tab/n passages  / search  Enter back to its event  q close"
    case .themes: "Space toggle  a all  x clear  q close"
    case .sources: "Enter read  / search  q close"
    case .help: "j/k scroll  q close"
    }
  }
}
