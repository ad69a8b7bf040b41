/// The help screen: every binding of the view below it, generated from the key map.
enum HelpView {
  /// The mode whose keys help shows: the view under the help screen.
  static func describedMode(_ state: AppState) -> Mode {
    let below = state.views.dropLast().last ?? .timeline
    return Mode(below)
  }

  static func lines(_ keyMap: KeyMap, mode: Mode) -> [[Span]] {
    var lines: [[Span]] = [[Span("Keys: \(mode.title)", Styles.heading)]]
    var group = ""
    for entry in keyMap.helpEntries(for: mode) {
      if entry.group != group {
        group = entry.group
        lines.append([])
        lines.append([Span(group, Style(underline: true))])
      }
      lines.append([Span("  " + entry.keys.padding(to: 22), Style(bold: true)), Span(entry.help)])
    }
    return lines
  }

  static func draw(_ grid: inout Grid, _ state: AppState, keyMap: KeyMap, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let lines = self.lines(keyMap, mode: describedMode(state))
    let scroll = min(state.helpScroll, max(0, lines.count - rect.height))
    for offset in 0..<rect.height {
      guard scroll + offset < lines.count else { break }
      grid.draw(lines[scroll + offset], x: rect.x + 1, y: rect.y + offset, width: max(0, rect.width - 1))
    }
  }
}
