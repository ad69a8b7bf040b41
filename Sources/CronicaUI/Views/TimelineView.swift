import CronicaModel

/// The list of events under year headings, and the detail pane beside it on wide screens.
enum TimelineView {
  /// Draws the list (visible rows only) and, when there is room, the detail of the selection.
  static func draw(_ grid: inout Grid, _ state: AppState, layout: Layout) {
    let list = layout.list
    let needle = SearchHighlight.needle(state.query.search)
    if state.filtered.isEmpty {
      let text =
        state.library.corpus.events.isEmpty
        ? "no events in this corpus" : "no event matches the filters (t themes, / search)"
      grid.put(text, x: list.x + 1, y: list.y, style: Styles.dim, maxWidth: max(0, list.width - 1))
    }
    let scroll = visibleScroll(state, height: list.height)
    for offset in 0..<list.height {
      guard let row = state.timelineRow(scroll + offset) else { break }
      let y = list.y + offset
      switch row {
      case .heading(let year):
        let count = state.yearCounts[year] ?? 0
        let label = "── \(PartialDate.yearLabel(year)) · \(count) event\(count == 1 ? "" : "s") "
        let used = grid.put(label, x: list.x, y: y, style: Styles.heading, maxWidth: list.width)
        grid.put(
          String(repeating: "─", count: max(0, list.width - used)), x: list.x + used, y: y, style: Styles.dim,
          maxWidth: list.width - used)
      case .event(let index):
        drawEvent(&grid, state, index: index, x: list.x, y: y, width: list.width, needle: needle)
      }
    }
    if !layout.side.isEmpty {
      for y in layout.side.y..<(layout.side.y + layout.side.height) {
        grid[layout.side.x - 1, y] = Cell(symbol: "│", style: Styles.dim)
      }
      DetailView.draw(&grid, state, in: layout.side)
    }
  }

  /// The list's first visible row: the state's scroll, corrected so the selection shows at this height.
  static func visibleScroll(_ state: AppState, height: Int) -> Int {
    guard height > 0 else { return 0 }
    let row = state.row(ofFiltered: state.selection)
    var scroll = state.listScroll
    if row < scroll { scroll = row }
    if row >= scroll + height { scroll = row - height + 1 }
    return min(max(0, scroll), max(0, state.timelineRowCount - height))
  }

  /// One event row: date, title, theme badges; reversed when selected.
  static func drawEvent(
    _ grid: inout Grid, _ state: AppState, index: Int, x: Int, y: Int, width: Int, needle: [Character]
  ) {
    let library = state.library
    let event = library.corpus.events[state.filtered[index]]
    let selected = index == state.selection
    let base = selected ? Styles.selected : Style.plain
    grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(symbol: " ", style: base))
    let dateWidth = min(16, max(0, width / 4))
    let marker = selected ? "▸" : " "
    grid.put(marker, x: x, y: y, style: base)
    grid.put(
      DisplayText.truncate(DisplayText.sanitizedLine(event.display), to: dateWidth), x: x + 1, y: y, style: base,
      maxWidth: dateWidth)
    var badges: [Span] = []
    var badgesWidth = 0
    if width >= 40 {
      for key in event.themes {
        guard let bit = library.themeBits[key] else { continue }
        var style = Style(foreground: Library.color(forTheme: bit), bold: true)
        style.reverse = selected
        let tag = library.badge(forTheme: bit)
        badges.append(Span(" ", base))
        badges.append(Span(tag, style))
        badgesWidth += 1 + DisplayText.width(of: tag)
      }
      badgesWidth = min(badgesWidth, width / 3)
    }
    let titleX = x + 2 + dateWidth
    if state.isMarked(state.filtered[index]) {
      // The gap between date and title holds the mark.
      grid.put("★", x: titleX - 1, y: y, style: Style(foreground: .yellow, bold: true, reverse: selected))
    }
    let titleWidth = max(0, width - (titleX - x) - badgesWidth - 1)
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
    if badgesWidth > 0 {
      grid.draw(badges, x: x + width - badgesWidth - 1, y: y, width: badgesWidth)
    }
  }
}
