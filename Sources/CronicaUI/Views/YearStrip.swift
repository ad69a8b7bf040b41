import CronicaModel

/// The one-line strip of years from the corpus's first to its last, with filtered-event density.
enum YearStrip {
  /// Density glyphs from one event to the most in any year.
  static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Where the strip's parts go for a corpus year range and a width.
  struct Geometry {
    /// The first and last year shown.
    var first: Int
    var last: Int
    /// Years summed into one cell (1 unless the range is wider than the screen).
    var yearsPerCell: Int
    /// Columns drawn per cell (1 to 3).
    var cellsPerYear: Int
    /// The number of cells.
    var cells: Int
    /// The column of the left label and of the first cell.
    var labelX: Int
    var firstCellX: Int

    /// Lays out the strip; nil when it does not fit or the range is absurd.
    init?(range: ClosedRange<Int>?, rect: Rect) {
      guard !rect.isEmpty, let range else { return nil }
      first = range.lowerBound
      last = range.upperBound
      let (span, overflow) = last.subtractingReportingOverflow(first)
      guard !overflow, span < Int.max / 8 else { return nil }
      let years = span + 1
      let leftWidth = DisplayText.width(of: PartialDate.yearLabel(first) + " ")
      let available = rect.width - leftWidth - DisplayText.width(of: " " + PartialDate.yearLabel(last))
      guard available >= 1 else { return nil }
      yearsPerCell = (years + available - 1) / available
      cellsPerYear = yearsPerCell == 1 ? max(1, min(3, available / years)) : 1
      cells = (years + yearsPerCell - 1) / yearsPerCell
      labelX = rect.x + max(0, (available - cells * cellsPerYear) / 2)
      firstCellX = labelX + leftWidth
    }

    /// The first year of the cell under a column, or nil outside the cells.
    func year(atColumn x: Int) -> Int? {
      guard x >= firstCellX, x < firstCellX + cells * cellsPerYear else { return nil }
      return first + (x - firstCellX) / cellsPerYear * yearsPerCell
    }
  }

  /// Draws the strip: `2008 ▁▃·▇… 2023`, the selected event's year in reverse.
  static func draw(_ grid: inout Grid, _ state: AppState, in rect: Rect) {
    guard let geometry = Geometry(range: state.library.yearRange, rect: rect) else { return }
    let first = geometry.first
    var counts = Array(repeating: 0, count: geometry.cells)
    for (year, count) in state.yearCounts where year >= first && year <= geometry.last {
      counts[min(geometry.cells - 1, (year - first) / geometry.yearsPerCell)] += count
    }
    let most = counts.max() ?? 0
    let selectedCell = state.selectedEvent.map { (state.library.eventYears[$0] - first) / geometry.yearsPerCell }
    grid.put(PartialDate.yearLabel(first) + " ", x: geometry.labelX, y: rect.y, style: Styles.dim)
    var x = geometry.firstCellX
    for (cell, count) in counts.enumerated() {
      let glyph: String
      if count == 0 || most == 0 {
        glyph = "·"
      } else {
        glyph = levels[min(levels.count - 1, (count * levels.count - 1) / most)]
      }
      let style = cell == selectedCell ? Style(bold: true, reverse: true) : Style(foreground: .cyan)
      for _ in 0..<geometry.cellsPerYear {
        grid.put(glyph, x: x, y: rect.y, style: style)
        x += 1
      }
    }
    grid.put(" " + PartialDate.yearLabel(geometry.last), x: x, y: rect.y, style: Styles.dim)
    if rect.height >= 2 { drawBands(&grid, eras: state.library.corpus.eras, geometry: geometry, y: rect.y + 1) }
  }

  /// Draws each era as a band under the years it covers, its title over the band (later eras on top).
  static func drawBands(_ grid: inout Grid, eras: [Era], geometry: Geometry, y: Int) {
    let palette: [Color] = [.magenta, .yellow, .green, .blue]
    for (number, era) in eras.enumerated() {
      let low = max(geometry.first, min(era.start.year, era.end.year))
      let high = min(geometry.last, max(era.start.year, era.end.year))
      guard low <= high else { continue }
      let firstCell = (low - geometry.first) / geometry.yearsPerCell
      let lastCell = (high - geometry.first) / geometry.yearsPerCell
      let x = geometry.firstCellX + firstCell * geometry.cellsPerYear
      let width = (lastCell - firstCell + 1) * geometry.cellsPerYear
      let style = Style(foreground: palette[number % palette.count], bold: true, underline: true)
      let title = DisplayText.truncate(DisplayText.sanitizedLine(era.title), to: width)
      let used = grid.put(title, x: x, y: y, style: style, maxWidth: width)
      if used < width {
        grid.put(String(repeating: "━", count: width - used), x: x + used, y: y, style: style, maxWidth: width - used)
      }
    }
  }
}
