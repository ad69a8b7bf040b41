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
  ///
  /// Consuming: the rows are moved to the cores that measure them and freed there (a listing of
  /// 100k events has 400k cells).
  consuming func listing(noun: String, total: Int? = nil, width: Int?) -> String {
    let total = total ?? rows.count
    let count = rows.count == total ? Plural.count(total, noun) : "\(rows.count) of \(Plural.count(total, noun))"
    guard !rows.isEmpty, !headers.isEmpty else { return count + "\n" }
    // Each core writes the lines of its piece into one run (no string per line), and the runs are
    // then written once into room made for all of them: a listing of 100k events is megabytes.
    let runs: [String]
    if let width {
      runs = Self.runs(of: render(width: width))
    } else {
      let (pieces, widths) = measured()
      let ranges = pieces.indices.map { $0..<($0 + 1) }
      runs = Parallel.map(moving: consume pieces, ranges: ranges) { _, share in
        share.popLast().map { Self.run(of: $0, widths: widths) } ?? ""
      }
    }
    var text = ""
    text.reserveCapacity(runs.reduce(count.utf8.count + 1) { $0 + $1.utf8.count })
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

  /// Lines of cells sanitized to one line and measured: the header's, or a run of rows'.
  private struct Piece: Sendable {
    /// The cells, line after line (as many a line as there are headers).
    var cells: [String] = []
    /// The display width of each cell.
    var widths: [Int] = []
    /// The widest cell of each column.
    var columnWidths: [Int]

    init(columns: Int, lines: Int) {
      columnWidths = Array(repeating: 0, count: columns)
      cells.reserveCapacity(columns * lines)
      widths.reserveCapacity(columns * lines)
    }

    mutating func append(_ line: [String]) {
      // The cells are kept flat, a line every `columns` of them: a short row would move the next
      // one's cells up.
      assert(line.count == columnWidths.count, "a row has as many cells as there are headers")
      for (column, cell) in line.enumerated() {
        // Printable ASCII (nearly every cell) is its own sanitized line, a column a byte: it is
        // read once, not once to sanitize and again to measure.
        var cell = cell
        let printable = cell.withUTF8(TextTable.isPrintableASCII)
        if !printable { cell = DisplayText.sanitizedLine(cell) }
        let width = printable ? cell.utf8.count : DisplayText.width(of: cell)
        cells.append(cell)
        widths.append(width)
        columnWidths[column] = max(columnWidths[column], width)
      }
    }
  }

  /// Whether every byte is printable ASCII (0x20–0x7E), read eight at a time.
  static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let (ones, highs) = (UInt64(0x0101_0101_0101_0101), UInt64(0x8080_8080_8080_8080))
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // A high bit, a byte below 0x20, or a byte 0x7F (DEL) (bit tricks that are exact when no
      // byte has its high bit set, which the first test rules out).
      let below = (word &- 0x20 &* ones) & ~word & highs
      let delete = word ^ (0x7F &* ones)
      guard word & highs == 0, below == 0, (delete &- ones) & ~delete & highs == 0 else { return false }
      index += 8
    }
    while index < bytes.count {
      guard bytes[index] &- 0x20 < 0x5F else { return false }
      index += 1
    }
    return true
  }

  /// The header's piece, then the rows' in pieces measured on all cores (the rows moved there and
  /// freed there), and each column's widest cell in the whole table.
  private mutating func measured() -> (pieces: [Piece], widths: [Int]) {
    var header = Piece(columns: headers.count, lines: 1)
    header.append(headers)
    var rows: [[String]] = []
    swap(&rows, &self.rows)
    let ranges = Parallel.ranges(of: rows.count, minimum: 4_096)
    let columns = headers.count
    let pieces =
      [header]
      + Parallel.map(moving: consume rows, ranges: ranges) { _, share in
        var piece = Piece(columns: columns, lines: share.count)
        while let row = share.popLast() { piece.append(row) }
        return piece
      }
    let widths = headers.indices.map { column in pieces.lazy.map { $0.columnWidths[column] }.max() ?? 0 }
    return (pieces, widths)
  }

  /// A piece's lines, each padded (`writeLine`) and followed by a newline, written into one string.
  private static func run(of piece: Piece, widths: [Int]) -> String {
    let columns = widths.count
    guard columns > 0 else { return "" }
    let lines = piece.cells.count / columns
    let size = piece.cells.reduce(lines * (1 + (columns - 1) * 2)) { $0 + $1.utf8.count }
      + (0..<lines).reduce(0) { total, line in
        total + (0..<(columns - 1)).reduce(0) { $0 + max(0, widths[$1] - piece.widths[line * columns + $1]) }
      }
    return String(unsafeUninitializedCapacity: size) { text in
      var end = 0
      for line in 0..<lines {
        let cells = line * columns..<(line + 1) * columns
        end = writeLine(piece.cells[cells], cellWidths: piece.widths[cells], widths: widths, into: text, at: end)
        text[end] = UInt8(ascii: "\n")
        end += 1
      }
      return end
    }
  }

  /// Writes one line at `start`: the cells, each but the last padded to its column's width and
  /// followed by two spaces, without trailing spaces; returns where the line ends.
  private static func writeLine(
    _ cells: ArraySlice<String>, cellWidths: ArraySlice<Int>, widths: [Int], into text: UnsafeMutableBufferPointer<UInt8>,
    at start: Int
  ) -> Int {
    var end = start
    for (column, (cell, cellWidth)) in zip(cells, cellWidths).enumerated() {
      var cell = cell
      end = cell.withUTF8 { UnsafeMutableBufferPointer(rebasing: text[end...]).initialize(fromContentsOf: $0) + end }
      if column < widths.count - 1 {
        let spaces = max(0, widths[column] - cellWidth) + 2
        text[end..<(end + spaces)].initialize(repeating: 0x20)
        end += spaces
      }
    }
    // A line ending in a space ends in that byte; only then is it read as characters (a space
    // can end a character that began before it).
    guard end > start, text[end - 1] == 0x20 else { return end }
    var line = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    while line.utf8.last == 0x20, line.hasSuffix(" ") { line.removeLast() }
    return start + line.utf8.count
  }

  /// One line with cells padded to their widths, without trailing spaces (`writeLine`).
  private static func pad(_ cells: ArraySlice<String>, cellWidths: ArraySlice<Int>, widths: [Int]) -> String {
    let size = cells.reduce(widths.reduce(0, +)) { $0 + $1.utf8.count + 2 }
    return String(unsafeUninitializedCapacity: size) { writeLine(cells, cellWidths: cellWidths, widths: widths, into: $0, at: 0) }
  }

  /// The table as lines: header, then rows. `width` nil means no wrapping.
  consuming func render(width: Int?) -> [String] {
    guard let last = headers.indices.last else { return [] }
    let (pieces, measuredWidths) = measured()
    var widths = measuredWidths
    guard let width else {
      // Each core pads its piece's lines and frees the piece's cells.
      let ranges = pieces.indices.map { $0..<($0 + 1) }
      return Array(
        Parallel.map(moving: consume pieces, ranges: ranges) { [widths] _, share -> [String] in
          guard let piece = share.popLast() else { return [] }
          let columns = widths.count
          return (0..<(piece.cells.count / columns)).map { line in
            let cells = line * columns..<(line + 1) * columns
            return Self.pad(piece.cells[cells], cellWidths: piece.widths[cells], widths: widths)
          }
        }.joined())
    }
    let columns = headers.count
    let all = pieces.flatMap { piece in
      (0..<(piece.cells.count / columns)).map { Array(piece.cells[$0 * columns..<($0 + 1) * columns]) }
    }
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
        return (0..<height).map { row in
          let cells = columns.map { row < $0.count ? $0[row] : "" }
          return Self.pad(cells[...], cellWidths: cells.map(DisplayText.width(of:))[...], widths: widths)
        }
      }
    }
    // Stacked: the leading cells wrapped on their own lines, the last cell wrapped below, indented.
    return all.flatMap { cells -> [String] in
      let head = DisplayText.wrap(cells[0..<last].filter { !$0.isEmpty }.joined(separator: " · "), width: width)
      let body = DisplayText.wrap(cells[last], width: max(1, width - 4)).map { "    " + $0 }
      return head + body
    }
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
