import CronicaUI
import Testing

@testable import CronicaTerminal

/// A screen that records every call instead of drawing.
final class RecordingScreen: TerminalScreen {
  /// One recorded call.
  enum Call: Hashable {
    case draw(symbol: String, x: Int, y: Int, attributes: CellAttributes, pair: Int)
    case definePair(Int, ColorPalette.Combination)
    case clearAll
    case flush
  }

  var calls: [Call] = []
  /// Pairs at or above this number are refused, as a terminal with few pairs would.
  var pairLimit = Int.max

  var draws: [Call] { calls.filter { if case .draw = $0 { true } else { false } } }

  func draw(symbol: String, x: Int, y: Int, attributes: CellAttributes, pair: Int) {
    calls.append(.draw(symbol: symbol, x: x, y: y, attributes: attributes, pair: pair))
  }
  func definePair(_ pair: Int, _ combination: ColorPalette.Combination) -> Bool {
    calls.append(.definePair(pair, combination))
    return pair < pairLimit
  }
  func clearAll() { calls.append(.clearAll) }
  func flush() { calls.append(.flush) }
}

@Suite("Presenter")
struct PresenterTests {
  static let size = Size(width: 6, height: 2)

  @Test("the first frame clears and draws every cell, then flushes")
  func firstFrame() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    var grid = Grid(size: Self.size)
    grid.put("ab", x: 0, y: 0)
    presenter.present(grid, on: screen)
    #expect(screen.calls.first == .clearAll)
    #expect(screen.calls.last == .flush)
    #expect(screen.draws.count == 12)
    #expect(screen.draws.first == .draw(symbol: "a", x: 0, y: 0, attributes: [], pair: 0))
  }

  @Test("later frames draw only the changed cells, without clearing")
  func diffOnly() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    var grid = Grid(size: Self.size)
    grid.put("abc", x: 0, y: 0)
    presenter.present(grid, on: screen)
    screen.calls.removeAll()
    grid.put("x", x: 1, y: 1, style: Style(reverse: true))
    let drawn = presenter.present(grid, on: screen)
    #expect(drawn == 1)
    #expect(screen.calls == [.draw(symbol: "x", x: 1, y: 1, attributes: .reverse, pair: 0), .flush])
  }

  @Test("an unchanged frame draws nothing")
  func unchanged() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    let grid = Grid(size: Self.size)
    presenter.present(grid, on: screen)
    screen.calls.removeAll()
    #expect(presenter.present(grid, on: screen) == 0)
    #expect(screen.calls == [.flush])
  }

  @Test("a size change or invalidate repaints everything")
  func fullRepaint() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    presenter.present(Grid(size: Self.size), on: screen)
    screen.calls.removeAll()
    presenter.present(Grid(size: Size(width: 3, height: 1)), on: screen)
    #expect(screen.calls.first == .clearAll)
    #expect(screen.draws.count == 3)
    screen.calls.removeAll()
    presenter.invalidate()
    presenter.present(Grid(size: Size(width: 3, height: 1)), on: screen)
    #expect(screen.calls.first == .clearAll)
    #expect(screen.draws.count == 3)
  }

  @Test("a wide character is drawn once, its continuation never")
  func wideCharacter() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    var grid = Grid(size: Self.size)
    grid.put("中a", x: 0, y: 0)
    presenter.present(grid, on: screen)
    let row0 = screen.draws.filter { if case .draw(_, _, 0, _, _) = $0 { true } else { false } }
    #expect(row0.count == 5)
    #expect(row0.first == .draw(symbol: "中", x: 0, y: 0, attributes: [], pair: 0))
    #expect(row0.dropFirst().first == .draw(symbol: "a", x: 2, y: 0, attributes: [], pair: 0))
  }

  @Test("a control character in a cell is drawn as ?")
  func controlRefused() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    var grid = Grid(size: Size(width: 2, height: 1))
    grid[0, 0] = Cell(symbol: "\u{1B}", style: .plain)
    grid[1, 0] = Cell(symbol: "\u{9B}", style: .plain)
    presenter.present(grid, on: screen)
    #expect(
      screen.draws == [
        .draw(symbol: "?", x: 0, y: 0, attributes: [], pair: 0),
        .draw(symbol: "?", x: 1, y: 0, attributes: [], pair: 0),
      ])
  }

  @Test("colours get pairs 1–8 first and further pairs on demand")
  func colourPairs() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 64))
    presenter.predefine(ColorPalette.basic, on: screen)
    #expect(screen.calls.count == 8)
    #expect(screen.calls[2] == .definePair(3, .init(foreground: .green, background: nil)))
    screen.calls.removeAll()
    var grid = Grid(size: Size(width: 3, height: 1))
    grid[0, 0] = Cell(symbol: "r", style: Style(foreground: .red, bold: true))
    grid[1, 0] = Cell(symbol: "b", style: Style(foreground: .white, background: .blue))
    grid[2, 0] = Cell(symbol: "c", style: Style(foreground: .white, background: .blue))
    presenter.present(grid, on: screen)
    #expect(
      screen.calls == [
        .clearAll,
        .draw(symbol: "r", x: 0, y: 0, attributes: .bold, pair: 2),
        .definePair(9, .init(foreground: .white, background: .blue)),
        .draw(symbol: "b", x: 1, y: 0, attributes: [], pair: 9),
        .draw(symbol: "c", x: 2, y: 0, attributes: [], pair: 9),
        .flush,
      ])
  }

  @Test("without colour every cell uses pair 0 and keeps its attributes")
  func noColour() {
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    presenter.predefine(ColorPalette.basic, on: screen)
    #expect(screen.calls.isEmpty)
    var grid = Grid(size: Size(width: 1, height: 1))
    grid[0, 0] = Cell(symbol: "s", style: Style(foreground: .yellow, underline: true, reverse: true))
    presenter.present(grid, on: screen)
    #expect(screen.draws == [.draw(symbol: "s", x: 0, y: 0, attributes: [.underline, .reverse], pair: 0)])
  }

  @Test("when the terminal runs out of pairs, cells fall back to the default pair")
  func pairsExhausted() {
    let screen = RecordingScreen()
    screen.pairLimit = 2
    var palette = ColorPalette(capacity: 64)
    let first = palette.pair(for: Style(foreground: .red)) { screen.definePair($0, $1) }
    let second = palette.pair(for: Style(foreground: .blue)) { screen.definePair($0, $1) }
    let again = palette.pair(for: Style(foreground: .blue)) { screen.definePair($0, $1) }
    #expect(first == 1)
    #expect(second == 0)
    #expect(again == 0)
    #expect(screen.calls.count == 2)  // a refused combination is not asked for again
  }
}
