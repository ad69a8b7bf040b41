import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

@Suite struct SizeSweepTests {
  /// Every width 0…300 at a few heights and every height 0…100 at a few widths.
  static let sizes: [Size] =
    [0, 1, 2, 5, 24, 100].flatMap { height in (0...300).map { Size(width: $0, height: height) } }
    + [0, 1, 2, 40, 80, 300].flatMap { width in (0...100).map { Size(width: width, height: $0) } }

  @Test(arguments: Scenes.all.map(\.name))
  func everySizeRendersAtItsSize(_ name: String) throws {
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    var browser = Scenes.browser(size: Size(width: 80, height: 24), keys: keys)
    let view = browser.state.view
    for size in Self.sizes {
      _ = browser.handle(.resize(size))
      let grid = browser.render()
      #expect(grid.size == size)
      #expect(grid.cells.count == size.width * size.height)
      #expect(browser.state.view == view)
    }
  }

  @Test(arguments: Scenes.all.map(\.name))
  func keysAtTinySizesDoNotTrap(_ name: String) throws {
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    for size in [
      Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 2, height: 3), Size(width: 300, height: 1),
    ] {
      var browser = Scenes.browser(size: size, keys: keys)
      browser.press("jkG g<C-d><C-u><PgDn><PgUp>][nN12o<Enter>")
      _ = browser.handle(.mouse(MouseEvent(kind: .press, x: 0, y: 0)))
      _ = browser.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
      #expect(browser.render().size == size)
    }
  }

  @Test(arguments: Scenes.all.map(\.name))
  func resizeStormRedrawsAsFresh(_ name: String) throws {
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    let target = Size(width: 80, height: 24)
    let fresh = Scenes.browser(size: target, keys: keys)
    var stormed = Scenes.browser(size: target, keys: keys)
    for step in 0..<60 {
      _ = stormed.handle(.resize(Size(width: (step * 37) % 301, height: (step * 13) % 101)))
      _ = stormed.render()
    }
    _ = stormed.handle(.resize(Size(width: 1, height: 1)))
    _ = stormed.handle(.resize(target))
    assertEqualLines(GridSnapshot.text(of: stormed.render()), GridSnapshot.text(of: fresh.render()))
  }

  @Test func emptyCorpusRendersEverywhere() {
    var browser = Browser(corpus: Corpus(articles: [], events: [], themes: []), size: Size(width: 80, height: 24))
    for script in ["j", "G", "<Enter>", "o", "t<Space>ax", "s<Enter>", "/abc<Enter>", ":2000<Enter>", "?", "n", "]"] {
      browser.press(script)
      #expect(browser.render().size == Size(width: 80, height: 24))
    }
  }
}
