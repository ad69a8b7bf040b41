import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

@Suite struct RenderSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

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

  @Test func aSnapshotMismatchIsShownAsALineDiff() {
    #expect(lineDiff(expected: "a\nb\nc\nd", actual: "a\nx\nc\nd\ne") == "  a\n- b\n+ x\n  c\n  d\n+ e")
    #expect(lineDiff(expected: "same", actual: "same") == "  same")
    #expect(lineDiff(expected: "gone\nkept", actual: "kept") == "- gone\n  kept")
  }

  @Test func readerHighlightsTheCitedPassage() throws {
    let browser = Scenes.browser(size: Size(width: 80, height: 24), keys: "Gkk2")
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

  @Test(arguments: [80, 120, 200])
  func yearStripUsesTheWidthAndLabelsItsYears(width: Int) throws {
    let browser = Scenes.browser(size: Size(width: width, height: 24), keys: ":2016<Enter>")
    let grid = browser.render()
    let axis = grid.lines[1]
    #expect(axis.contains("2008") && axis.contains("2016"))
    let cells = (0..<grid.width).filter { grid[$0, 0].style.foreground == .cyan || grid[$0, 0].style.reverse }
    // Sixteen years share the width whole: at least 90% of it is the strip.
    #expect(cells.count % 16 == 0 && cells.count >= width * 9 / 10 - 16)
    // The selected year is reversed, right over its label.
    let marked = (0..<grid.width).filter { grid[$0, 0].style.reverse }
    let label = try #require(axis.range(of: "2016")).lowerBound
    #expect(marked.first == axis.distance(from: axis.startIndex, to: label))
    #expect(marked.count == cells.count / 16)
  }

  @Test func theDetailPaneShowsFrom140ColumnsAndVTogglesItAtAnyWidth() {
    let wide = Scenes.browser(size: Size(width: 140, height: 40), keys: "Gkk")
    #expect(wide.render().lines.joined(separator: "\n").contains("precursor chemicals"))
    for width in [80, 120, 139] {
      var browser = Scenes.browser(size: Size(width: width, height: 40), keys: "Gkk")
      #expect(!browser.render().lines.joined(separator: "\n").contains("precursor chemicals"), "\(width)")
      browser.press("v")
      #expect(browser.render().lines.joined(separator: "\n").contains("precursor chemicals"), "\(width)")
      browser.press("v")
      #expect(!browser.render().lines.joined(separator: "\n").contains("precursor chemicals"), "\(width)")
    }
    var hidden = Scenes.browser(size: Size(width: 200, height: 40), keys: "Gkkv")
    #expect(!hidden.render().lines.joined(separator: "\n").contains("precursor chemicals"))
    hidden.press("v")
    #expect(hidden.render().lines.joined(separator: "\n").contains("precursor chemicals"))
  }
}
