public struct CellChange: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cell: Cell
}

extension Grid {
  /// The cells that must be redrawn to turn `previous` into this grid.
  ///
  /// When the sizes differ every cell is returned (a full repaint). When a wide character's
  /// half changes, both halves are returned so the terminal never shows half a glyph.
  public func changes(from previous: Grid?) -> [CellChange] {
    guard let previous, previous.size == size else {
      return cells.indices.compactMap { index in
        let cell = cells[index]
        return cell.isContinuation ? nil : CellChange(x: index % width, y: index / width, cell: cell)
      }
    }
    var result: [CellChange] = []
    for index in cells.indices where cells[index] != previous.cells[index] {
      var start = index
      if cells[index].isContinuation, index > 0 { start = index - 1 }
      let cell = cells[start]
      if cell.isContinuation { continue }
      if let last = result.last, last.y * width + last.x == start { continue }
      result.append(CellChange(x: start % width, y: start / width, cell: cell))
    }
    return result
  }
}
