import CronicaModel

/// One terminal cell: a grapheme (already sanitized) and its style.
///
/// A wide character occupies its cell plus a continuation cell whose `symbol` is empty.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown; `" "` for blank, `""` for the right half of a wide character.
  public var symbol: String
  public var style: Style
  public init(symbol: String = " ", style: Style = .plain) {
    self.symbol = symbol
    self.style = style
  }
  public static let blank = Cell()
  public var isContinuation: Bool { symbol.isEmpty }
}

/// A width × height grid of cells: what the UI renders and the terminal presents.
public struct Grid: Hashable, Sendable {
  public let size: Size
  /// Cells in row-major order.
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    cells = Array(repeating: fill, count: size.width * size.height)
  }

  public var width: Int { size.width }
  public var height: Int { size.height }

  /// The cell at a column and row; a blank cell outside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      let index = y * width + x
      let old = cells[index]
      // Never leave half of a wide character: blank the other half of one being overwritten.
      if old.isContinuation, !newValue.isContinuation, x > 0 {
        cells[index - 1] = Cell(symbol: " ", style: cells[index - 1].style)
      }
      if !old.isContinuation, x + 1 < width, cells[index + 1].isContinuation,
        newValue.symbol.first.map({ DisplayText.width(of: $0) }) != 2
      {
        cells[index + 1] = Cell(symbol: " ", style: cells[index + 1].style)
      }
      cells[index] = newValue
    }
  }

  /// Writes text on one row from column `x`, clipped to `maxWidth` columns and to the grid.
  ///
  /// The text is sanitized (controls become visible placeholders) and measured by display width;
  /// a wide character that would straddle the clip edge is replaced by a space.
  /// - Returns: the number of columns written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width - max(x, 0), maxWidth ?? Int.max)
    var column = x
    var written = 0
    for character in DisplayText.sanitizedLine(text) {
      let cellWidth = DisplayText.width(of: character)
      if cellWidth == 0 { continue }
      var symbol = String(character)
      if let first = character.unicodeScalars.first, ScalarWidth.width(of: first) == 0 {
        symbol = " " + symbol  // a combining mark with no base gets a space to sit on
      }
      if written + cellWidth > limit {
        if cellWidth == 2, written < limit, column >= 0 {
          self[column, y] = Cell(symbol: " ", style: style)
          written += 1
        }
        break
      }
      if column >= 0 {
        self[column, y] = Cell(symbol: symbol, style: style)
        if cellWidth == 2 { self[column + 1, y] = Cell(symbol: "", style: style) }
      }
      column += cellWidth
      written += cellWidth
    }
    return written
  }

  public mutating func fill(_ rect: Rect, with cell: Cell) {
    guard !rect.isEmpty else { return }
    for y in max(rect.y, 0)..<min(rect.y + rect.height, height) {
      for x in max(rect.x, 0)..<min(rect.x + rect.width, width) { self[x, y] = cell }
    }
  }

  /// The grid's rows as plain text (continuation cells omitted), for snapshots and dumps.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width { line += self[x, y].symbol }
      return line
    }
  }
}
