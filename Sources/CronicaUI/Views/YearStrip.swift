import CronicaModel

/// The strip of years from the corpus's first to its last, with filtered-event density, and
/// under it an axis of year labels (as lnav's histogram has) and the eras' bands.
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
    /// Columns drawn per cell (1 or more: the strip uses the width it has).
    var cellsPerYear: Int
    var cells: Int
    /// The column of the left label (when there are side labels) and of the first cell.
    var labelX: Int
    var firstCellX: Int
    /// True when the first and last years are written beside the cells (no axis row below).
    var sideLabels: Bool

    /// Lays out the strip; nil when it does not fit or the range is absurd.
    init?(range: ClosedRange<Int>?, rect: Rect, sideLabels: Bool = true) {
      guard !rect.isEmpty, let range else { return nil }
      first = range.lowerBound
      last = range.upperBound
      let (span, overflow) = last.subtractingReportingOverflow(first)
      guard !overflow, span < Int.max / 8 else { return nil }
      let years = span + 1
      self.sideLabels = sideLabels
      let leftWidth = sideLabels ? DisplayText.width(of: PartialDate.yearLabel(first) + " ") : 0
      let rightWidth = sideLabels ? DisplayText.width(of: " " + PartialDate.yearLabel(last)) : 0
      let available = rect.width - leftWidth - rightWidth - (sideLabels ? 0 : 2)
      guard available >= 1 else { return nil }
      yearsPerCell = (years + available - 1) / available
      cellsPerYear = yearsPerCell == 1 ? max(1, available / years) : 1
      cells = (years + yearsPerCell - 1) / yearsPerCell
      labelX = rect.x + max(0, (rect.width - leftWidth - rightWidth - cells * cellsPerYear) / 2)
      firstCellX = labelX + leftWidth
    }

    /// The first year of the cell under a column, or nil outside the cells.
    func year(atColumn x: Int) -> Int? {
      guard x >= firstCellX, x < firstCellX + cells * cellsPerYear else { return nil }
      return first + (x - firstCellX) / cellsPerYear * yearsPerCell
    }

    func column(ofYear year: Int) -> Int {
      firstCellX + (year - first) / yearsPerCell * cellsPerYear
    }

    /// The years the axis labels, every `step` years on round numbers, with `step` the smallest
    /// of 1, 2, 5, 10, 20, 50… that leaves a column between labels.
    func axisYears() -> [Int] {
      let labelWidth = max(
        DisplayText.width(of: PartialDate.yearLabel(first)), DisplayText.width(of: PartialDate.yearLabel(last)))
      let bases = [1, 2, 5]
      var turn = 0
      var power = 1
      var step = 1
      while step <= last - first, step / yearsPerCell * cellsPerYear < labelWidth + 1 {
        turn += 1
        if turn % 3 == 0 {
          guard power < Int.max / 100 else { break }
          power *= 10
        }
        step = bases[turn % 3] * power
      }
      let offset = ((first % step) + step) % step
      var year = offset == 0 ? first : first + (step - offset)
      var result: [Int] = []
      while year <= last, result.count < 1000 {
        result.append(year)
        year += step
      }
      return result
    }
  }

  /// The strip's geometry in a layout: labels beside the cells unless there is an axis row.
  static func geometry(_ state: AppState, layout: Layout) -> Geometry? {
    Geometry(
      range: state.library.yearRange, rect: Rect(x: 0, y: layout.strip.y, width: layout.strip.width, height: 1),
      sideLabels: layout.axis.isEmpty)
  }

  /// Draws the strip (`▁▃·▇…`, the selected event's year in reverse), its axis and its bands.
  static func draw(_ grid: inout Grid, _ state: AppState, layout: Layout) {
    guard !layout.strip.isEmpty, let geometry = geometry(state, layout: layout) else { return }
    let y = layout.strip.y
    let first = geometry.first
    var counts = Array(repeating: 0, count: geometry.cells)
    for (year, count) in state.yearCounts where year >= first && year <= geometry.last {
      counts[min(geometry.cells - 1, (year - first) / geometry.yearsPerCell)] += count
    }
    let most = counts.max() ?? 0
    let selectedCell = state.selectedEvent.flatMap { position -> Int? in
      let year = state.library.eventYears[position]
      return year >= first ? (year - first) / geometry.yearsPerCell : nil  // an open start is off the strip
    }
    if geometry.sideLabels {
      grid.put(PartialDate.yearLabel(first) + " ", x: geometry.labelX, y: y, style: Styles.dim)
    }
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
        grid.put(glyph, x: x, y: y, style: style)
        x += 1
      }
    }
    if geometry.sideLabels {
      grid.put(" " + PartialDate.yearLabel(geometry.last), x: x, y: y, style: Styles.dim)
    }
    if !layout.axis.isEmpty { drawAxis(&grid, geometry: geometry, selected: selectedCell, y: layout.axis.y) }
    if !layout.bands.isEmpty { drawBands(&grid, eras: state.library.corpus.eras, geometry: geometry, y: layout.bands.y) }
  }

  /// Year labels under the cells they start at, never overlapping; the selected year's in bold.
  static func drawAxis(_ grid: inout Grid, geometry: Geometry, selected: Int?, y: Int) {
    var free = 0
    let end = geometry.firstCellX + geometry.cells * geometry.cellsPerYear + 2
    for year in geometry.axisYears() {
      let x = geometry.column(ofYear: year)
      let label = PartialDate.yearLabel(year)
      let width = DisplayText.width(of: label)
      guard x >= free, x + width <= max(end, grid.width) else { continue }
      let isSelected = (year - geometry.first) / geometry.yearsPerCell == selected
      grid.put(label, x: x, y: y, style: isSelected ? Styles.heading : Styles.dim)
      free = x + width + 1
    }
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
