import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// One row of the marks/export/open table: keys on a fresh browser, and what must follow.
struct MarkCase: CustomTestStringConvertible, Sendable {
  var keys: String
  var marks: Set<String> = []
  var shown = 12
  var marksOnly = false
  var effects: [Effect] = []
  var mode: Mode = .timeline
  var messageIsError: Bool? = nil
  var testDescription: String { "\"\(keys)\"" }
}

/// The fixture corpus with web addresses on its first article (cited by merida-signed).
func corpusWithURL(_ address: String) -> Corpus {
  let corpus = Fixtures.corpus
  var articles = corpus.articles
  articles[0].url = address
  return Corpus(articles: articles, events: Array(corpus.events), themes: corpus.themes, title: corpus.title, eras: corpus.eras)
}

@Suite struct MarksExportTests {
  static let all = Array(0..<12)

  static let marks: [MarkCase] = [
    MarkCase(keys: "m", marks: ["merida-signed"], effects: [.saveMarks(["merida-signed"])]),
    MarkCase(
      keys: "mjm", marks: ["merida-signed", "helicopters"],
      effects: [.saveMarks(["merida-signed"]), .saveMarks(["helicopters", "merida-signed"])]),
    MarkCase(keys: "mm", effects: [.saveMarks(["merida-signed"]), .saveMarks([])]),
    MarkCase(
      keys: "mjjm'", marks: ["merida-signed", "guns-south"], shown: 2, marksOnly: true,
      effects: [.saveMarks(["merida-signed"]), .saveMarks(["guns-south", "merida-signed"])]),
    MarkCase(
      keys: "mjjm''", marks: ["merida-signed", "guns-south"],
      effects: [.saveMarks(["merida-signed"]), .saveMarks(["guns-south", "merida-signed"])]),
    // Marks combine with themes (arms: guns-south, refocus, bicentennial) and with the search.
    MarkCase(
      keys: "mjjm't<Space>q", marks: ["merida-signed", "guns-south"], shown: 1, marksOnly: true,
      effects: [.saveMarks(["merida-signed"]), .saveMarks(["guns-south", "merida-signed"])]),
    MarkCase(
      keys: "mjjm'&merida<Enter>", marks: ["merida-signed", "guns-south"], shown: 1, marksOnly: true,
      effects: [.saveMarks(["merida-signed"]), .saveMarks(["guns-south", "merida-signed"]), .recordSearch("merida")]),
    // Unmarking while only marked events show hides the event at once.
    MarkCase(
      keys: "mjjm'm", marks: ["merida-signed"], shown: 1, marksOnly: true,
      effects: [
        .saveMarks(["merida-signed"]), .saveMarks(["guns-south", "merida-signed"]), .saveMarks(["merida-signed"]),
      ]),
    // ' with nothing marked explains instead of showing an empty list.
    MarkCase(keys: "'", messageIsError: false),
    MarkCase(keys: "<Enter>m", marks: ["merida-signed"], effects: [.saveMarks(["merida-signed"])], mode: .detail),
  ]

  static let exports: [MarkCase] = [
    MarkCase(keys: "e", mode: .export),
    MarkCase(keys: "e<Esc>"),
    // The prompt opens empty: Enter on it exports nothing; the default name is one Up away.
    MarkCase(keys: "e<Enter>", messageIsError: false),
    MarkCase(
      keys: "e<Up><Enter>", effects: [.export(ExportRequest(path: "cronica-export.json", format: .json, events: all))],
      messageIsError: false),
    MarkCase(
      keys: "ecronica-export.json<Enter>",
      effects: [.export(ExportRequest(path: "cronica-export.json", format: .json, events: all))]),
    MarkCase(
      keys: "&merida<Enter>e<Up><Enter>", shown: 2,
      effects: [
        .recordSearch("merida"), .export(ExportRequest(path: "cronica-export.json", format: .json, events: [0, 9])),
      ]),
    // A search hides nothing, so the export writes every shown event.
    MarkCase(
      keys: "/merida<Enter>e<Up><Enter>",
      effects: [.recordSearch("merida"), .export(ExportRequest(path: "cronica-export.json", format: .json, events: all))]),
    MarkCase(
      keys: "ea.json<Enter>e<Up><Enter>",
      effects: [
        .export(ExportRequest(path: "a.json", format: .json, events: all)),
        .export(ExportRequest(path: "a.json", format: .json, events: all)),
      ]),
    MarkCase(
      keys: "mGm'e<Up><Enter>", marks: ["merida-signed", "overdoses"], shown: 2, marksOnly: true,
      effects: [
        .saveMarks(["merida-signed"]), .saveMarks(["merida-signed", "overdoses"]),
        .export(ExportRequest(path: "cronica-export.json", format: .json, events: [0, 11])),
      ]),
    MarkCase(
      keys: "e<Up><BS><BS><BS><BS>md<Enter>",
      effects: [.export(ExportRequest(path: "cronica-export.md", format: .markdown, events: all))]),
    MarkCase(
      keys: "e<Up><BS><BS><BS><BS><BS>.timelinejs.csv<Enter>",
      effects: [.export(ExportRequest(path: "cronica-export.timelinejs.csv", format: .timelinejsCSV, events: all))]),
    MarkCase(keys: "eout.txt<Enter>", messageIsError: true),
    // A filter that would hide everything is not applied, so the export writes every event.
    MarkCase(
      keys: "&zzz<Enter>e<Up><Enter>",
      effects: [.recordSearch("zzz"), .export(ExportRequest(path: "cronica-export.json", format: .json, events: all))],
      messageIsError: false),
    MarkCase(
      keys: "m'me<Up><Enter>", shown: 0, marksOnly: true, effects: [.saveMarks(["merida-signed"]), .saveMarks([])],
      messageIsError: true),
  ]

  @Test(arguments: marks + exports)
  func keysGiveMarksAndEffects(_ row: MarkCase) {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    let effects = browser.press(row.keys)
    #expect(effects == row.effects)
    #expect(browser.state.marks == row.marks)
    #expect(browser.state.filtered.count == row.shown)
    #expect(browser.state.marksOnly == row.marksOnly)
    #expect(browser.state.mode == row.mode)
    if let isError = row.messageIsError { #expect(browser.state.message?.isError == isError) }
  }

  @Test(arguments: [
    ("https://example.org/merida?a=1&b=2", true), ("HTTP://EXAMPLE.ORG/", true), ("javascript:alert(1)", false),
    ("file:///etc/passwd", false), ("ftp://example.org/x", false), ("https://", false),
    ("https://example.org/a b", false), ("https://example.org/\u{1B}[2J", false),
  ])
  func openUsesOnlyWebAddresses(_ address: String, _ opens: Bool) {
    var browser = Browser(corpus: corpusWithURL(address), size: Size(width: 80, height: 24))
    let effects = browser.press("O")
    #expect(effects == (opens ? [.openURL(address)] : []))
    #expect(browser.state.message?.isError == !opens)
    if let text = browser.state.message?.text { #expect(!text.unicodeScalars.contains { $0.value == 0x1B }) }
  }

  @Test func openWithoutAddressExplains() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    #expect(browser.press("O").isEmpty)
    #expect(browser.state.message?.text.contains("no web address") == true)
  }

  @Test func loadedMarksKeepUnknownIdsButCountOnlyKnownOnes() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    _ = browser.perform(.setMarks(["guns-south", "gone-event"]))
    #expect(browser.state.markedCount == 1)
    browser.press("'")
    #expect(browser.state.filtered.map { Fixtures.corpus.events[$0].id } == ["guns-south"])
    // Marking another event saves the unknown id too: it is kept, not lost.
    #expect(browser.press("'gm") == [.saveMarks(["gone-event", "guns-south", "merida-signed"])])
    // The count follows marking and unmarking, still leaving the unknown id out.
    #expect(browser.state.markedCount == 2)
    browser.press("m")
    #expect(browser.state.markedCount == 1)
    #expect(browser.state.markedCount == browser.state.marks.filter { id in Fixtures.corpus.events.contains { $0.id == id } }.count)
  }

  @Test func statusLineSaysWhenOnlyMarkedEventsShow() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("mjjm")
    #expect(browser.render().lines[22].contains("2 marked"))
    browser.press("'")
    #expect(browser.render().lines[22].contains("only marked (2)"))
  }

  @Test func exportFormatFollowsTheExtension() {
    #expect(ExportRequest.format(forPath: "a.json") == .json)
    #expect(ExportRequest.format(forPath: "dir/A.CSV") == .csv)
    #expect(ExportRequest.format(forPath: "notes.md") == .markdown)
    #expect(ExportRequest.format(forPath: "t.timelinejs.json") == .timelinejs)
    #expect(ExportRequest.format(forPath: "t.timelinejs.csv") == .timelinejsCSV)
    #expect(ExportRequest.format(forPath: "timeline.svg") == .svg)
    #expect(ExportRequest.format(forPath: "Page.HTML") == .html)
    #expect(ExportRequest.format(forPath: "page.htm") == .html)
    #expect(ExportRequest.format(forPath: "t.txt") == nil)
    #expect(ExportRequest.format(forPath: "json") == nil)
  }

  // MARK: Snapshots

  @Test func markedRowSnapshot() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("mjjmj")
    let grid = browser.render()
    assertGridSnapshot(grid, named: "marked")
    #expect(grid.lines.filter { $0.contains("★") }.count == 2)
  }

  @Test func markedDetailSnapshot() {
    var browser = Browser(corpus: corpusWithURL("https://example.org/merida"), size: Size(width: 80, height: 24))
    browser.press("m<Enter>")
    let text = browser.render().lines.joined(separator: "\n")
    assertGridSnapshot(browser.render(), named: "marked-detail")
    #expect(text.contains("★ marked (m unmarks)") && text.contains("https://example.org/merida"))
    #expect(text.contains("Id      merida-signed"))
  }

  @Test func exportPromptSnapshot() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("e")
    var grid = browser.render()
    #expect(grid.lines[23].hasPrefix("export to:    Up: cronica-export.json"))
    // A path longer than the line shows its end, the cut marked with `…`.
    browser.press("<Up>" + String(repeating: "/very-long-folder-name", count: 5))
    grid = browser.render()
    assertGridSnapshot(grid, named: "export-prompt")
    #expect(grid.lines[23].hasPrefix("export to: …"))
    #expect(grid.lines[23].contains("/very-long-folder-name/very-long-folder-name "))
  }

  @Test func eraBandSnapshot() throws {
    var corpus = Fixtures.corpus
    corpus.eras = [
      Era(title: "Mérida years", start: .fixture(2008), end: .fixture(2012)),
      Era(title: "Bicentennial", start: .fixture(2021, 10), end: .fixture(2023)),
    ]
    let browser = Browser(corpus: corpus, size: Size(width: 80, height: 24))
    let grid = browser.render()
    assertGridSnapshot(grid, named: "era-bands")
    // The band row sits under the year strip and its axis; the list starts one row lower.
    #expect(grid.lines[2].contains("Mérida years") && grid.lines[2].contains("Bicentennial"))
    #expect(grid.lines[3].contains("2008"))
    // 2008…2012 at four columns a year: the first band covers 20 columns from the first year cell.
    let firstCell = try #require((0..<grid.width).first { grid[$0, 0].style.reverse })
    let band = (0..<grid.width).filter { grid[$0, 2].style.foreground == .magenta }
    #expect(band.first == firstCell && band.count == 20)
  }

  @Test func eraBandsAndMarksDrawAtEverySizeWithoutControlCharacters() {
    var corpus = Fixtures.corpus
    corpus.eras = [
      Era(title: "Hostile \u{1B}[31mera\u{7}", start: .fixture(2005), end: .fixture(2010)),
      Era(title: String(repeating: "Ω", count: 300), start: .fixture(2019), end: .fixture(2040)),
      Era(title: "Backwards", start: .fixture(2016), end: .fixture(2014)),
    ]
    for width in [1, 5, 19, 20, 21, 40, 79, 80, 99, 100, 160] {
      for height in [1, 4, 5, 6, 7, 24] {
        var browser = Browser(corpus: corpus, size: Size(width: width, height: height))
        browser.press("mjm'<Enter>qe")
        let grid = browser.render()
        #expect(grid.width == width && grid.height == height)
        let text = grid.lines.joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(width)x\(height)")
      }
    }
  }
}
