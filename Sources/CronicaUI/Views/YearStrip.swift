/// The one-line strip of years from the corpus's first to its last, with filtered-event density.
enum YearStrip {
  /// Density glyphs from one event to the most in any year.
  static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Draws the strip: `2008 ▁▃·▇… 2023`, the selected event's year in reverse.
  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard !rect.isEmpty, let range = state.library.yearRange else { return }
    let first = range.lowerBound
    let last = range.upperBound
    let (span, overflow) = last.subtractingReportingOverflow(first)
    guard !overflow, span < Int.max / 8 else { return }
    let years = span + 1
    let leftLabel = "\(first) "
    let rightLabel = " \(last)"
    let available = rect.width - DisplayText.width(of: leftLabel) - DisplayText.width(of: rightLabel)
    guard available >= 1 else { return }
    let yearsPerCell = (years + available - 1) / available
    let cellsPerYear = yearsPerCell == 1 ? max(1, min(3, available / years)) : 1
    let cells = (years + yearsPerCell - 1) / yearsPerCell
    var counts = Array(repeating: 0, count: cells)
    for (year, count) in state.yearCounts where range.contains(year) {
      counts[min(cells - 1, (year - first) / yearsPerCell)] += count
    }
    let most = counts.max() ?? 0
    let selectedCell = state.selectedEvent.map { (state.library.eventYears[$0] - first) / yearsPerCell }
    let used = cells * cellsPerYear
    var x = rect.x + max(0, (available - used) / 2)
    grid.put(leftLabel, x: x, y: rect.y, style: Styles.dim)
    x += DisplayText.width(of: leftLabel)
    for (cell, count) in counts.enumerated() {
      let glyph: String
      if count == 0 || most == 0 {
        glyph = "·"
      } else {
        glyph = levels[min(levels.count - 1, (count * levels.count - 1) / most)]
      }
      let style = cell == selectedCell ? Style(bold: true, reverse: true) : Style(foreground: .cyan)
      for _ in 0..<cellsPerYear {
        grid.put(glyph, x: x, y: rect.y, style: style)
        x += 1
      }
    }
    grid.put(rightLabel, x: x, y: rect.y, style: Styles.dim)
  }
}
