import CronicaModel

/// The list of events under year headings, and the detail pane beside it when shown.
public enum TimelineView {
  /// The narrowest a title gets before theme chips are dropped to make room for it.
  static let titleMinimum = 40
  /// The widest the date column gets; longer dates are cut, keeping their years.
  static let dateMaximum = 24

  /// Draws the header of a titled timeline, the list (visible rows only) and the detail pane.
  static func draw(_ grid: inout Grid, _ state: AppState, layout: Layout) {
    drawHeader(&grid, state, in: layout.header)
    let list = layout.list
    let needle = SearchHighlight.needle(state.highlightedText)
    if state.filtered.isEmpty {
      let text =
        state.library.corpus.events.isEmpty
        ? "no events in this corpus" : "no event matches the filters (Esc clears them)"
      grid.put(text, x: list.x + 1, y: list.y, style: Styles.dim, maxWidth: max(0, list.width - 1))
    }
    let scroll = visibleScroll(state, height: list.height)
    let rows = (0..<list.height).compactMap { state.timelineRow(scroll + $0) }
    let dateWidth = dateColumnWidth(state, rows: rows, listWidth: list.width)
    for (offset, row) in rows.enumerated() {
      let y = list.y + offset
      switch row {
      case .heading(let year):
        let count = state.yearCounts[year] ?? 0
        let label = "── \(PartialDate.yearLabel(year)) · \(Plural.count(count, "event")) "
        let used = grid.put(
          DisplayText.truncate(label, to: list.width), x: list.x, y: y, style: Styles.heading, maxWidth: list.width)
        grid.put(
          String(repeating: "─", count: max(0, list.width - used)), x: list.x + used, y: y, style: Styles.dim,
          maxWidth: list.width - used)
      case .event(let index):
        drawEvent(
          &grid, state, index: index, x: list.x, y: y, width: list.width, dateWidth: dateWidth, needle: needle)
      }
    }
    if !layout.side.isEmpty {
      for y in layout.side.y..<(layout.side.y + layout.side.height) {
        grid[layout.side.x - 1, y] = Cell(symbol: "│", style: Styles.dim)
      }
      DetailView.draw(&grid, state, in: layout.side)
    }
  }

  /// A titled timeline's title (bold) and its introduction (one line, cut with `…`).
  static func drawHeader(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard rect.height >= 2, let header = state.library.header else { return }
    let width = max(0, rect.width - 2)
    grid.put(
      DisplayText.truncate(DisplayText.sanitizedLine(header.title), to: width), x: rect.x + 1, y: rect.y,
      style: Styles.heading)
    grid.put(
      DisplayText.truncate(DisplayText.sanitizedLine(header.intro), to: width), x: rect.x + 1, y: rect.y + 1,
      style: Styles.dim)
  }

  /// The list's first visible row: the state's scroll, corrected so the selection shows at this height.
  public static func visibleScroll(_ state: AppState, height: Int) -> Int {
    guard height > 0 else { return 0 }
    let row = state.row(ofFiltered: state.selection)
    var scroll = state.listScroll
    if row < scroll { scroll = row }
    if row >= scroll + height { scroll = row - height + 1 }
    return min(max(0, scroll), max(0, state.timelineRowCount - height))
  }

  /// The date column's width: the widest date on screen, at most `dateMaximum` and at most what
  /// leaves the title its minimum; measured over the visible rows only.
  static func dateColumnWidth(_ state: AppState, rows: [TimelineRow], listWidth: Int) -> Int {
    let events = state.library.corpus.events
    var widest = 4
    for case .event(let index) in rows {
      widest = max(widest, DisplayText.width(of: DisplayText.sanitizedLine(events.headline(at: state.filtered[index]).display)))
    }
    let room = max(4, min(dateMaximum, listWidth / 4 - 2, listWidth - 3 - titleMinimum))
    return min(widest, room)
  }

  /// One event row: marker, date, mark, title, theme chips; reversed when selected.
  static func drawEvent(
    _ grid: inout Grid, _ state: AppState, index: Int, x: Int, y: Int, width: Int, dateWidth: Int,
    needle: [Character]
  ) {
    let library = state.library
    let position = state.filtered[index]
    let event = library.corpus.events[position]
    let selected = index == state.selection
    let base = selected ? Styles.selected : Style.plain
    grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(symbol: " ", style: base))
    grid.put(selected ? "▸" : " ", x: x, y: y, style: base)
    let date = DateColumn.fit(DisplayText.sanitizedLine(event.display), to: min(dateWidth, max(0, width - 2)))
    grid.put(date, x: x + 1, y: y, style: base, maxWidth: dateWidth)
    let titleX = x + 2 + dateWidth
    if state.isMarked(position) {
      // The gap between date and title holds the mark.
      grid.put("★", x: titleX - 1, y: y, style: Style(foreground: .yellow, bold: true, reverse: selected))
    }
    let available = max(0, width - (titleX - x) - 1)
    let titleNeed = min(titleMinimum, DisplayText.width(of: DisplayText.sanitizedLine(event.title)) + 2)
    let chips = chipSpans(state, event: event, selected: selected, room: max(0, available - titleNeed - 1))
    let titleWidth = max(0, available - chips.width - (chips.width > 0 ? 1 : 0))
    // Events the extractor proposed (not curated) carry a distinct marker before the title.
    let extracted = event.origin == Event.extractedOrigin
    let markerWidth = extracted && titleWidth > 4 ? 2 : 0
    if markerWidth > 0 {
      grid.put("◇", x: titleX, y: y, style: Style(foreground: .magenta, bold: true, reverse: selected))
    }
    let title = DisplayText.truncate(DisplayText.sanitizedLine(event.title), to: titleWidth - markerWidth)
    grid.draw(
      [Span(title, selected ? Style(bold: true, reverse: true) : .plain, searchable: true)], x: titleX + markerWidth,
      y: y, width: titleWidth - markerWidth, needle: needle)
    if chips.width > 0 {
      grid.draw(chips.spans, x: x + width - chips.width - 1, y: y, width: chips.width)
    }
  }

  /// The theme chips of an event that fit in `room` columns, whole ones only (`+2` says how many
  /// did not fit); chips of themes every event has are left out.
  static func chipSpans(_ state: AppState, event: Event, selected: Bool, room: Int) -> (spans: [Span], width: Int) {
    let library = state.library
    let base = selected ? Styles.selected : Style.plain
    let bits = event.themes.compactMap { library.themeBits[$0] }.filter { library.showsChip(forTheme: $0) }
    var spans: [Span] = []
    var used = 0
    for (number, bit) in bits.enumerated() {
      let tag = library.badge(forTheme: bit)
      let tagWidth = 1 + DisplayText.width(of: tag)
      let left = bits.count - number - 1
      let more = left > 0 ? 1 + DisplayText.width(of: "+\(left)") : 0
      guard used + tagWidth + more <= room || (left == 0 && used + tagWidth <= room) else {
        let rest = "+\(bits.count - number)"
        if used + 1 + DisplayText.width(of: rest) <= room {
          spans += [Span(" ", base), Span(rest, Style(dim: true, reverse: selected))]
          used += 1 + DisplayText.width(of: rest)
        }
        break
      }
      var style = Library.chipStyle(forTheme: bit, colors256: state.display.colors256)
      style.reverse = selected
      spans += [Span(" ", base), Span(tag, style)]
      used += tagWidth
    }
    return (spans, used)
  }
}

/// Fitting an event's date into the date column without losing a year.
public enum DateColumn {
  /// The date as is when it fits; else cut with `…` so that every year it names stays whole
  /// ("more than a de… 2020"); else the first `columns` columns, cut with `…`.
  public static func fit(_ date: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if DisplayText.width(of: date) <= columns { return date }
    let characters = Array(date)
    let years = yearRuns(in: characters)
    let plain = DisplayText.truncate(date, to: columns)
    guard let lastYear = years.last else { return plain }
    // The plain cut keeps everything before its last column: fine when every year is in it.
    if DisplayText.width(of: String(characters[..<lastYear.upperBound])) <= columns - 1 {
      return plain
    }
    // Keep a tail from some year through the last year, and before it as much of the start as
    // fits with every earlier year whole: the latest such year leaves the longest start.
    func cut(from year: Range<Int>) -> (tail: String, space: String, headRoom: Int) {
      var tail = String(characters[year.lowerBound..<lastYear.upperBound])
      if lastYear.upperBound < characters.count { tail += "…" }
      let space = year.lowerBound > 0 && characters[year.lowerBound - 1] == " " ? " " : ""
      return (tail, space, columns - DisplayText.width(of: tail) - 1 - space.count)
    }
    let firstLost =
      years.indices.reversed().first { index in
        index == 0 || DisplayText.width(of: String(characters[..<years[index - 1].upperBound])) <= cut(from: years[index]).headRoom
      }.map { years[$0] } ?? lastYear
    let (tail, space, headRoom) = cut(from: firstLost)
    guard headRoom >= 1 else {
      return DisplayText.width(of: tail) <= columns ? tail : DisplayText.truncate(tail, to: columns)
    }
    var head = ""
    var used = 0
    for character in characters[..<firstLost.lowerBound] {
      let width = DisplayText.width(of: character)
      if used + width > headRoom { break }
      head.append(character)
      used += width
    }
    while let last = head.last, last == " " || last == "," { head.removeLast() }
    return head + "…" + space + tail
  }

  /// The runs of four or more digits (years) in a text, as character ranges.
  static func yearRuns(in characters: [Character]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start: Int?
    for index in 0...characters.count {
      let digit = index < characters.count && characters[index].isASCII && characters[index].isNumber
      if digit, start == nil { start = index }
      if !digit, let begin = start {
        if index - begin >= 4 { runs.append(begin..<index) }
        start = nil
      }
    }
    return runs
  }
}
