import CronicaUI

/// The drawing surface the presenter writes to: curses in the program, a recording fake in tests.
public protocol TerminalScreen: AnyObject {
  /// Draws one cell's symbol (already made safe) at a column and row.
  func draw(symbol: String, x: Int, y: Int, attributes: CellAttributes, pair: Int)
  /// Defines a colour pair; false when the terminal refused it.
  func definePair(_ pair: Int, _ combination: ColorPalette.Combination) -> Bool
  /// Blanks the screen and forces the terminal to repaint everything at the next flush.
  func clearAll()
  /// Sends what was drawn to the terminal.
  func flush()
}

/// Presents grids on a screen, drawing only the cells that changed since the last frame.
public struct Presenter: Sendable {
  /// The grid last presented; nil before the first frame and after `invalidate()`.
  public private(set) var last: Grid?
  public private(set) var palette: ColorPalette

  /// Creates a presenter; a palette of capacity 0 draws attributes only.
  public init(palette: ColorPalette) { self.palette = palette }

  /// Forgets the last frame so the next `present` repaints the whole screen (after resume).
  public mutating func invalidate() { last = nil }

  /// Assigns pairs to colour combinations ahead of the first frame, in order.
  public mutating func predefine(_ combinations: [ColorPalette.Combination], on screen: some TerminalScreen) {
    for combination in combinations {
      let style = Style(foreground: combination.foreground, background: combination.background)
      _ = palette.pair(for: style) { screen.definePair($0, $1) }
    }
  }

  /// Draws `grid` on `screen`: the diff from the last frame, or everything after a size change.
  ///
  /// - Returns: the number of cells drawn.
  @discardableResult
  public mutating func present(_ grid: Grid, on screen: some TerminalScreen) -> Int {
    let full = last == nil || last?.size != grid.size
    if full { screen.clearAll() }
    let changes = grid.changes(from: full ? nil : last)
    for change in changes {
      let style = change.cell.style
      let pair = palette.pair(for: style) { screen.definePair($0, $1) }
      let wide = change.x + 1 < grid.width && grid[change.x + 1, change.y].isContinuation
      for (offset, symbol) in CellSymbol.columns(for: change.cell.symbol, wide: wide).enumerated() {
        screen.draw(symbol: symbol, x: change.x + offset, y: change.y, attributes: CellAttributes(style), pair: pair)
      }
    }
    screen.flush()
    last = grid
    return changes.count
  }
}
