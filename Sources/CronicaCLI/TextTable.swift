import CronicaModel
import CronicaUI

/// Aligned text columns that wrap to the terminal width.
///
/// Every cell is sanitized to one line first, so nothing from the data can move the cursor or
/// change the terminal. Without a width the table is printed unwrapped. With one, the last column
/// takes the remaining width, at least half of it, and the other columns wrap within theirs,
/// between words only; when that does not fit, each row is stacked (its leading cells on one
/// line, the last below). Nothing is truncated.
struct TextTable {
  var headers: [String]
  /// The rows; each has as many cells as there are headers.
  var rows: [[String]]
  /// The narrowest the last column may be before the table switches to a stacked layout.
  var minimumLastWidth = 20
  /// Columns (other than the last) are at most this wide when wrapping.
  var maximumColumnWidth = 32
  /// Columns that are never wrapped (ids people type back in).
  var keepWhole: Set<Int> = []

  /// The table (nothing when it has no rows) and a count line: `5 sources`, or `3 of 30 events`
  /// when `total` says how many there were before filtering.
  func listing(noun: String, total: Int? = nil, width: Int?) -> String {
    let total = total ?? rows.count
    let count = rows.count == total ? Plural.count(total, noun) : "\(rows.count) of \(Plural.count(total, noun))"
    // Runs of lines are joined on all cores, then written once into room made for all of it (a
    // listing of 100k events is megabytes); the lines are let go before that second copy (each on
    // the core that joined it), and a single run is the text itself.
    var runs = rows.isEmpty ? [] : Self.runs(of: render(width: width))
    var text = runs.count == 1 ? runs.removeLast() : ""
    text.reserveCapacity(runs.reduce(text.utf8.count + count.utf8.count + 1) { $0 + $1.utf8.count })
    for run in runs { text += run }
    text += count
    text += "\n"
    return text
  }

  /// The lines joined with a newline after each, in runs made on all cores, each of which frees
  /// the lines it joined.
  private static func runs(of lines: consuming [String]) -> [String] {
    let ranges = Parallel.ranges(of: lines.count, minimum: 4_096)
    return Parallel.map(moving: consume lines, ranges: ranges) { _, share in
      var run = ""
      run.reserveCapacity(share.reduce(0) { $0 + $1.utf8.count + 1 })
      while let line = share.popLast() {
        run += line
        run += "\n"
      }
      return run
    }
  }

  /// The table as lines: header, then rows. `width` nil means no wrapping.
  func render(width: Int?) -> [String] {
    guard let last = headers.indices.last else { return [] }
    // Cells are sanitized and measured, and unwrapped lines padded, on all cores (a listing of
    // 100k events has 400k cells).
    let ranges = Parallel.ranges(of: rows.count + 1, minimum: 4_096)
    let measured = Parallel.map(pieces: ranges.count) { piece in
      ranges[piece].map { line in
        let cells = (line == 0 ? headers : rows[line - 1]).map(DisplayText.sanitizedLine)
        return (cells: cells, widths: cells.map(DisplayText.width(of:)))
      }
    }
    // Each column's widest cell, found for each piece on its core.
    let pieceWidths = Parallel.map(pieces: measured.count) { piece in
      headers.indices.map { column in measured[piece].lazy.map { $0.widths[column] }.max() ?? 0 }
    }
    var widths = headers.indices.map { column in pieceWidths.lazy.map { $0[column] }.max() ?? 0 }
    guard let width else {
      // Each core pads its piece's lines and frees the piece's cells.
      let pieces = measured.indices.map { $0..<($0 + 1) }
      return Array(
        Parallel.map(moving: consume measured, ranges: pieces) { [widths] _, share in
          share.popLast().map { $0.map { pad($0.cells, widths: widths, cellWidths: $0.widths) } } ?? []
        }.joined())
    }
    let all = measured.flatMap { $0.map(\.cells) }
    // A wrapped column is never narrower than its longest word: words are not broken.
    let floors = headers.indices.map { column in
      all.lazy.map { cells in
        cells[column].split(separator: " ").map { DisplayText.width(of: String($0)) }.max() ?? 0
      }.max() ?? 0
    }
    for column in 0..<last where !keepWhole.contains(column) {
      widths[column] = max(floors[column], min(widths[column], maximumColumnWidth))
    }
    // Make room for the last column (half the width) by narrowing the widest wrappable column.
    let lastMinimum = max(minimumLastWidth, min(width / 2, widths[last]))
    while width - widths[0..<last].reduce(0, { $0 + $1 + 2 }) < lastMinimum {
      let candidates = (0..<last).filter { !keepWhole.contains($0) && widths[$0] > floors[$0] }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      widths[widest] -= 1
    }
    let lastWidth = width - widths[0..<last].reduce(0) { $0 + $1 + 2 }
    if lastWidth >= lastMinimum {
      widths[last] = lastWidth
      return all.flatMap { cells -> [String] in
        let columns = cells.enumerated().map { column, cell in
          keepWhole.contains(column) ? [cell] : DisplayText.wrap(cell, width: widths[column])
        }
        let height = columns.map(\.count).max() ?? 1
        return (0..<height).map { row in pad(columns.map { row < $0.count ? $0[row] : "" }, widths: widths) }
      }
    }
    // Stacked: the leading cells wrapped on their own lines, the last cell wrapped below, indented.
    return all.flatMap { cells -> [String] in
      let head = DisplayText.wrap(cells[0..<last].filter { !$0.isEmpty }.joined(separator: " · "), width: width)
      let body = DisplayText.wrap(cells[last], width: max(1, width - 4)).map { "    " + $0 }
      return head + body
    }
  }

  /// One line with cells padded to their widths, without trailing spaces.
  ///
  /// - Parameter cellWidths: the display widths of the cells, when already measured.
  private func pad(_ cells: [String], widths: [Int], cellWidths: [Int]? = nil) -> String {
    // The spaces after each cell but the last, then the line written once into its own room (a
    // listing of 100k events pads 400k cells: no string per cell and its padding).
    let spaces = cells.indices.dropLast().map { column in
      max(0, widths[column] - (cellWidths?[column] ?? DisplayText.width(of: cells[column]))) + 2
    }
    let size = cells.reduce(spaces.reduce(0, +)) { $0 + $1.utf8.count }
    var text = String(unsafeUninitializedCapacity: size) { line in
      var end = 0
      for (column, cell) in cells.enumerated() {
        var cell = cell
        end = cell.withUTF8 { UnsafeMutableBufferPointer(rebasing: line[end...]).initialize(fromContentsOf: $0) + end }
        if column < spaces.count {
          line[end..<(end + spaces[column])].initialize(repeating: 0x20)
          end += spaces[column]
        }
      }
      return end
    }
    // A line ending in a space ends in its byte (the byte test spares the Unicode-aware one).
    while text.utf8.last == 0x20, text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}

/// Wrapping helpers for prose output (`show`, `read`).
enum TextBlock {
  /// Sanitized text, wrapped to `width` with an indent when a width is given, else indented lines.
  static func lines(_ text: String, width: Int?, indent: Int = 0) -> [String] {
    let pad = String(repeating: " ", count: indent)
    guard let width else {
      return DisplayText.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.isEmpty ? "" : pad + $0
      }
    }
    return DisplayText.wrap(text, width: max(10, width - indent)).map { $0.isEmpty ? "" : pad + $0 }
  }

  /// `Label:  value` lines with the value wrapped under itself.
  static func field(_ label: String, _ value: String, width: Int?, labelWidth: Int = 12) -> [String] {
    let head = label + ":" + String(repeating: " ", count: max(1, labelWidth - label.count - 1))
    let body = lines(DisplayText.sanitizedLine(value), width: width, indent: labelWidth)
    guard let first = body.first else { return [head] }
    return [head + first.dropFirst(labelWidth)] + body.dropFirst()
  }
}
