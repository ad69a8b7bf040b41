import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// Non-UTF-8 locales, grapheme clusters and TimelineJS timelines.
@Suite struct TerminalTextTests {
  /// A browser that draws in ASCII, as the terminal asks for under `LC_ALL=C`.
  static func asciiBrowser(_ corpus: Corpus, size: Size, keys: String = "") -> Browser {
    var browser = Browser(corpus: corpus, size: size)
    _ = browser.perform(.setDisplay(DisplayCapabilities(unicode: false, colors256: false)))
    browser.press(keys)
    return browser
  }

  @Test(arguments: Scenes.all.map(\.name), layoutSizes)
  func aNonUTF8LocaleDrawsOnlyASCII(_ name: String, _ size: Size) throws {
    let keys = try #require(Scenes.all.first { $0.name == name }?.keys)
    for corpus in [Fixtures.corpus, Fixtures.hostileCorpus] {
      let grid = Self.asciiBrowser(corpus, size: size, keys: keys).render()
      for (y, line) in grid.lines.enumerated() {
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(name) row \(y): \(line)")
        #expect(line.count == size.width, "\(name) row \(y) is \(line.count) columns")
      }
    }
  }

  @Test func asciiTransliteratesAccentsAndDrawsTheCursorAndLines() {
    let grid = Self.asciiBrowser(Fixtures.corpus, size: Size(width: 80, height: 24), keys: "j").render()
    assertGridSnapshot(grid, named: "ascii-timeline")
    let text = grid.lines.joined(separator: "\n")
    #expect(text.contains("Merida Initiative signed"))
    #expect(grid.lines[5].hasPrefix(">2010"))
    #expect(grid.lines[4].hasPrefix("-- 2010 . 2 events ---"))
    #expect(grid.lines[0].contains("@") && grid.lines[0].contains("."))  // the density strip
  }

  @Test func clustersAreWholeInCellsAndCutAsAWhole() {
    var grid = Grid(size: Size(width: 12, height: 2))
    grid.put("A👩‍💻B🇲🇽C", x: 0, y: 0)
    #expect(grid[1, 0].symbol == "👩‍💻" && grid[2, 0].isContinuation)
    #expect(grid[4, 0].symbol == "🇲🇽" && grid[5, 0].isContinuation)
    // Cut before the second column of a cluster: the whole cluster goes, a blank stands in.
    grid.put("AB👩‍💻", x: 0, y: 1, maxWidth: 3)
    #expect(grid.lines[1].hasPrefix("AB "))
    #expect(DisplayText.truncate("A👩‍💻🇲🇽", to: 4) == "A👩‍💻…")
    // In ASCII a flag keeps its letters and another picture becomes question marks, whole.
    grid.transliterateToASCII()
    #expect(grid.lines[0].hasPrefix("A??BMXC"))
  }

  /// A TimelineJS timeline with a title slide, one event a year and no groups.
  static func timeline() throws -> Corpus {
    let slides = (0..<6).map { index in
      """
      {"unique_id": "s\(index)", "start_date": {"year": "\(1990 + index * 3)"},
       "text": {"headline": "Slide \(index) headline", "text": "<p>Text of slide \(index).</p>"}}
      """
    }
    let json = """
      {"title": {"text": {"headline": "A Harbor Town", "text": "<p>From the first pier to the new bridge.</p>"}},
       "events": [\(slides.joined(separator: ","))]}
      """
    return try TimelineJS.importJSON(Data(json.utf8), file: "harbor.json").corpus
  }

  @Test(arguments: layoutSizes)
  func aTimelineShowsItsTitleAndIntroAndNoHeadingsOrUngroupedChips(_ size: Size) throws {
    let browser = Browser(corpus: try Self.timeline(), size: size)
    let grid = browser.render()
    assertGridSnapshot(grid, named: "timelinejs")
    let layout = browser.state.layout
    #expect(grid.lines[layout.header.y].contains("A Harbor Town"))
    #expect(grid.lines[layout.header.y + 1].contains("From the first pier to the new bridge."))
    let list = grid.lines[layout.list.y..<(layout.list.y + layout.list.height)].map { String($0.prefix(layout.list.width)) }
    #expect(!list.contains { $0.hasPrefix("──") })  // one slide a year: no year headings
    #expect(list.first?.hasPrefix("▸1990") == true)
    #expect(!list.contains { $0.contains("UNG") })  // every slide is "Ungrouped": no chip says so
  }

  @Test func readerCountsOnlyThePassagesItVisitsUnderAFilter() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("t<Space>qo")  // arms: guns-south, refocus and bicentennial; the Mérida article
    #expect(browser.state.reader?.passages.count == 5)
    let status = browser.render().lines[22]
    #expect(status.contains("passage 1/2"), "\(status)")
    browser.press("n")
    #expect(browser.render().lines[22].contains("passage 2/2"))
    browser.press("<Esc><Esc>")  // the reader closed, then every filter cleared
    browser.press("o")
    #expect(browser.render().lines[22].contains("passage 1/5"))
  }

  @Test func readerAndSourcesSearchTheirOwnText() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("Gkk2/the")
    #expect(browser.state.mode == .search)
    #expect((browser.state.reader?.hits.count ?? 0) >= 3)
    browser.press("<Enter>n")
    #expect(browser.state.reader?.hit == 1)
    #expect(browser.render().lines[22].contains("match 2/"))
    browser.press("N")
    #expect(browser.state.reader?.hit == 0)
    browser.press("<Esc>")  // clears the text search first; n steps passages again
    #expect(browser.state.view == .reader && browser.state.reader?.search == "")
    browser.press("<Esc>s/money<Enter>")
    #expect(browser.state.sourceCursor == 1)
    browser.press("/weekly<Enter>n")
    #expect(browser.state.sourceCursor == 1)
    #expect(browser.state.message?.text == "search hit BOTTOM, continuing at TOP")
    browser.press("/nothing-like-it<Enter>")
    #expect(browser.state.sourceCursor == 1 && browser.state.message?.isError == true)
  }
}
