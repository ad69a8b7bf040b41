/// Draws a whole frame from the state: the view on top, the status line and the message line.
public enum Screen {
  /// Renders the state into a grid of the state's size (immediate mode: nothing is kept).
  public static func render(_ state: AppState, keyMap: KeyMap = .standard) -> Grid {
    var grid = Grid(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
      drawTooSmall(&grid)
      if !state.display.unicode { grid.transliterateToASCII() }
      return grid
    }
    switch state.view {
    case .timeline:
      YearStrip.draw(&grid, state, layout: layout)
      TimelineView.draw(&grid, state, layout: layout)
    case .themes:
      YearStrip.draw(&grid, state, layout: layout)
      TimelineView.draw(&grid, state, layout: layout)
      ThemesView.draw(&grid, state, in: layout.body)
    case .detail:
      YearStrip.draw(&grid, state, layout: layout)
      DetailView.draw(&grid, state, in: layout.body)
    case .reader: ReaderView.draw(&grid, state, in: layout.page)
    case .sources: SourcesView.draw(&grid, state, in: layout.page)
    case .help: HelpView.draw(&grid, state, keyMap: keyMap, in: layout.page)
    }
    StatusLine.draw(&grid, state, layout: layout)
    if !state.display.unicode { grid.transliterateToASCII() }
    return grid
  }

  static func drawTooSmall(_ grid: inout Grid) {
    let note = ["terminal too small", "too small", "small"].first { DisplayText.width(of: $0) <= grid.width } ?? "!"
    let lines = [note, "need \(Layout.minimum.width)×\(Layout.minimum.height)", "Q quits"]
    let top = max(0, (grid.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < grid.height {
      let text = DisplayText.truncate(line, to: grid.width)
      let x = max(0, (grid.width - DisplayText.width(of: text)) / 2)
      grid.put(text, x: x, y: top + offset, style: offset == 0 ? Styles.heading : .plain)
    }
  }
}
