/// The themes filter panel: a box over the timeline listing every theme with its event count.
enum ThemesView {
  static func frame(in body: Rect, themes: Int) -> Rect {
    let width = min(body.width - 2, 60)
    let height = min(body.height, themes + 3)
    return Rect(
      x: body.x + max(0, (body.width - width) / 2), y: body.y + max(0, (body.height - height) / 2), width: width,
      height: height)
  }

  /// The first visible theme for a cursor and a number of rows.
  static func scroll(cursor: Int, rows: Int) -> Int { max(0, cursor - max(1, rows) + 1) }

  static func draw(_ grid: inout Grid, _ state: AppState, in body: Rect) {
    let themes = state.library.corpus.themes
    let shown = state.shownThemes
    let box = frame(in: body, themes: shown.count)
    guard box.width >= 6, box.height >= 3 else { return }
    grid.box(box, title: "Themes")
    let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
    let note =
      state.query.themes.isEmpty
      ? "none selected: every event shows" : "\(state.query.themes.count) selected: events with any of them show"
    grid.put(DisplayText.truncate(note, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: Styles.dim)
    let rows = max(0, inner.height - 1)
    let scroll = scroll(cursor: state.themeCursor, rows: rows)
    for offset in 0..<rows {
      guard scroll + offset < shown.count else { break }
      let index = shown[scroll + offset]
      let y = inner.y + 1 + offset
      let on = state.query.themes.contains(themes[index].key)
      let base = scroll + offset == state.themeCursor ? Styles.selected : Style.plain
      var badge = Library.chipStyle(forTheme: index, colors256: state.display.colors256)
      badge.reverse = base.reverse
      let count = state.themeCounts.indices.contains(index) ? state.themeCounts[index] : 0
      let countText = " \(count)"
      let countWidth = DisplayText.width(of: countText)
      let labelWidth = max(0, inner.width - 10 - countWidth)
      grid.draw(
        [
          Span(on ? " [x] " : " [ ] ", base), Span(state.library.badge(forTheme: index).padding(to: 4), badge),
          Span(
            DisplayText.truncate(DisplayText.sanitizedLine(themes[index].label), to: labelWidth).padding(
              to: labelWidth), base),
          Span(countText, base),
        ], x: inner.x, y: y, width: inner.width, fill: base)
    }
  }
}
