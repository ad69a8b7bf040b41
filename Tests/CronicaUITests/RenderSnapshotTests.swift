import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

@Suite struct RenderSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test(arguments: Scenes.all.map(\.name), sizes)
  func viewSnapshot(_ name: String, _ size: Size) throws {
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    let browser = Scenes.browser(size: size, keys: keys)
    assertGridSnapshot(browser.render(), named: name)
  }

  @Test(arguments: [Size(width: 19, height: 24), Size(width: 80, height: 4), Size(width: 12, height: 3)])
  func tooSmallSnapshot(_ size: Size) {
    let browser = Scenes.browser(size: size, keys: "")
    let grid = browser.render()
    assertGridSnapshot(grid, named: "too-small")
    #expect(grid.lines.joined().contains("small") || size.width < 12)
  }

  @Test func readerHighlightsTheCitedPassage() throws {
    let browser = Scenes.browser(size: Size(width: 80, height: 24), keys: ":2021<Enter>2")
    let grid = browser.render()
    // The current passage is drawn reversed; other cited passages underlined.
    var current = ""
    var cited = 0
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if cell.style.reverse, cell.style.bold, y < grid.height - 2 { current += cell.symbol }
        if cell.style.underline { cited += 1 }
      }
    }
    #expect(current.contains("precursor") && current.contains("Asia"))
    #expect(cited > 0)
  }

  @Test func searchMatchesAreHighlightedInRows() {
    let browser = Scenes.browser(size: Size(width: 80, height: 24), keys: "/merida<Enter>")
    let grid = browser.render()
    var highlighted = ""
    for y in 1..<(grid.height - 2) {
      for x in 0..<grid.width where grid[x, y].style.underline && grid[x, y].style.bold {
        highlighted += grid[x, y].symbol
      }
    }
    #expect(highlighted.contains("Mérida"))
  }

  @Test func yearStripSpansCorpusAndMarksSelectedYear() {
    let browser = Scenes.browser(size: Size(width: 80, height: 24), keys: ":2016<Enter>")
    let grid = browser.render()
    let strip = grid.lines[0]
    #expect(strip.contains("2008") && strip.contains("2023"))
    let marked = (0..<grid.width).filter { grid[$0, 0].style.reverse }
    #expect(!marked.isEmpty)
    // 2016 is the ninth year of 2008…2023; with three cells a year it starts 24 cells after the first year cell.
    let firstYearCell = (0..<grid.width).first { grid[$0, 0].style.foreground == .cyan || grid[$0, 0].style.reverse }
    #expect(marked.first.map { $0 - (firstYearCell ?? 0) } == 8 * 3)
  }

  @Test func wideScreenShowsDetailBesideList() {
    let browser = Scenes.browser(size: Size(width: 120, height: 40), keys: ":2021<Enter>")
    let text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("precursor chemicals"))
    let narrow = Scenes.browser(size: Size(width: 99, height: 40), keys: ":2021<Enter>")
    #expect(!narrow.render().lines.joined(separator: "\n").contains("precursor chemicals"))
  }
}
