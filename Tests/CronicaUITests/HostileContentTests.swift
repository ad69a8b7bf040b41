import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

@Suite struct HostileContentTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 33, height: 9)]

  /// True for scalars that must never reach a terminal.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
  }

  @Test func fixtureIsHostile() {
    let text = Fixtures.hostileCorpus.events[0].title
    #expect(text.unicodeScalars.contains { Self.isForbidden($0) })
    #expect(text.contains("東京") && text.contains("🚨"))
  }

  @Test(arguments: Scenes.all.map(\.name) + ["reader-scrolled", "detail-search"], sizes)
  func renderedCellsAreSafeAndAligned(_ name: String, _ size: Size) {
    let keys =
      switch name {
      case "reader-scrolled": "o<C-d>n"
      case "detail-search": "/東京<Enter><Enter>"
      case "search": "/e\u{301}"
      default: Scenes.all.first { $0.name == name }?.keys ?? ""
      }
    var browser = Browser(corpus: Fixtures.hostileCorpus, size: size)
    browser.press(keys)
    let grid = browser.render()
    #expect(grid.size == size)
    for y in 0..<grid.height {
      var columns = 0
      var x = 0
      while x < grid.width {
        let cell = grid[x, y]
        #expect(
          !cell.symbol.unicodeScalars.contains { Self.isForbidden($0) },
          "row \(y) col \(x): \(cell.symbol.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(!cell.isContinuation, "row \(y) col \(x): continuation without a wide character before it")
        #expect(cell.symbol.count == 1, "row \(y) col \(x): \(cell.symbol.count) graphemes")
        let width = cell.symbol.first.map { DisplayText.width(of: $0) } ?? 0
        #expect(width == 1 || width == 2, "row \(y) col \(x) width \(width)")
        if width == 2 {
          #expect(grid[x + 1, y].isContinuation, "row \(y) col \(x): wide character without continuation")
          x += 2
        } else {
          x += 1
        }
        columns += width
      }
      #expect(columns == grid.width, "row \(y) is \(columns) columns wide")
    }
  }

  @Test func promptInputRejectsControls() {
    var browser = Browser(corpus: Fixtures.hostileCorpus, size: Size(width: 80, height: 24))
    browser.press("/")
    for character in ["\u{1B}", "\u{9B}", "\u{202E}", "a"] { _ = browser.handle(.key(.char(Character(character)))) }
    #expect(browser.state.prompt?.text == "a")
  }
}
