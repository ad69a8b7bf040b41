import CronicaModel
import CronicaResources
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// The bundled chronology, as the browser opens it.
func bundledCorpus() throws -> Corpus {
  try Corpus.load(from: try #require(CronicaResources.corpusURL))
}

/// The three sizes layouts are checked at.
let layoutSizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

/// Jumps land where the eye is: the target near the top of the list, under its year's heading.
@Suite struct LandingTests {
  /// The list's rows on screen (between the strip and the status line), and the selected one.
  static func listRows(_ browser: Browser) -> (rows: [String], selected: Int?) {
    let layout = browser.state.layout
    let lines = browser.render().lines
    let rows = Array(lines[layout.list.y..<(layout.list.y + layout.list.height)])
    return (rows, rows.firstIndex { $0.hasPrefix("▸") })
  }

  /// The heading of the selected event's year, as the list writes it.
  static func heading(_ browser: Browser) -> String {
    let state = browser.state
    return "── \(state.selectedEvent.map { state.library.eventYears[$0] } ?? 0) · "
  }

  /// True when the list shows its end (a jump there cannot put its target on top).
  static func atEnd(_ browser: Browser) -> Bool {
    let state = browser.state
    return TimelineView.visibleScroll(state, height: state.layout.list.height)
      == max(0, state.timelineRowCount - state.layout.list.height)
  }

  /// True when the selection's year heading is the list's top row and the selection under it.
  static func headingOnTop(_ browser: Browser) -> Bool {
    let screen = listRows(browser)
    return screen.rows[0].hasPrefix(heading(browser)) && screen.selected == 1
  }

  @Test(arguments: layoutSizes)
  func yearJumpsPutTheYearHeadingOnTop(_ size: Size) throws {
    var browser = Browser(corpus: Scenes.layoutCorpus, size: size)
    browser.press("]]")
    #expect(Self.headingOnTop(browser))
    assertGridSnapshot(browser.render(), named: "year-jump")
    browser.press("[")
    #expect(Self.headingOnTop(browser))
    browser.press(":2013<Enter>")
    #expect(Self.headingOnTop(browser) && Self.heading(browser).hasPrefix("── 2013"))
    // Every year jump lands so, in both directions, until the list's end shows.
    for (corpus, keys) in [(Scenes.layoutCorpus, "]"), (try bundledCorpus(), "]"), (Scenes.layoutCorpus, "G[")] {
      var jumping = Browser(corpus: corpus, size: size)
      for step in 0..<20 {
        jumping.press(step == 0 ? keys : String(keys.last!))
        if jumping.state.message != nil { break }
        #expect(Self.atEnd(jumping) || Self.headingOnTop(jumping), "\(keys) step \(step): \(Self.listRows(jumping).rows[0])")
      }
    }
  }

  @Test(arguments: layoutSizes)
  func searchHitsAndReturnsFromTheReaderLandNearTheTop(_ size: Size) throws {
    let corpus = try bundledCorpus()
    var browser = Browser(corpus: corpus, size: size)
    let third = max(1, browser.state.layout.list.height / 3)
    // Every match of a word spread over the years lands in the top third (or the list's end shows).
    browser.press("/homicide<Enter>")
    let matches = browser.state.searchMatches.count
    #expect(matches >= 4)
    for _ in 0..<matches {
      let state = browser.state
      let screen = Self.listRows(browser)
      let atEnd = state.listScroll == max(0, state.timelineRowCount - state.layout.list.height)
      #expect(atEnd || (screen.selected ?? 99) <= third, "match \(state.selectedMatch ?? -1) at row \(screen.selected ?? -1)")
      browser.press("n")
    }
    // Enter in the reader comes back with the passage's event near the top.
    browser.press("gG")
    let last = try #require(browser.state.selectedEvent)
    browser.press("o<Enter>")
    #expect(browser.state.view == .timeline)
    let back = try #require(browser.state.selectedEvent)
    #expect(corpus.events[back].citations.contains { corpus.events[last].citations.map(\.article).contains($0.article) })
    browser.press("gk")  // moving by a line scrolls as little as it can: the top row stays
    #expect(Self.listRows(browser).selected == 1)
  }

  @Test func movingByLinesScrollsAsLittleAsItCan() throws {
    var browser = Browser(corpus: try bundledCorpus(), size: Size(width: 80, height: 24))
    let height = browser.state.layout.list.height
    for _ in 0..<30 { browser.press("j") }
    #expect(Self.listRows(browser).selected == height - 1)
  }
}

@Suite struct LayoutTests {
  @Test(arguments: layoutSizes)
  func layoutSnapshots(_ size: Size) throws {
    var browser = Browser(corpus: Scenes.layoutCorpus, size: size)
    assertGridSnapshot(browser.render(), named: "layout-timeline")
    browser.press(":2015<Enter>v")
    assertGridSnapshot(browser.render(), named: "layout-pane-toggled")
    browser.press("<Enter>")
    assertGridSnapshot(browser.render(), named: "layout-detail")
  }

  @Test(arguments: layoutSizes)
  func titlesKeepFortyColumnsBeforeChipsAndDatesKeepTheirYears(_ size: Size) throws {
    try checkTitlesAndDates(try bundledCorpus(), size: size)
    try checkTitlesAndDates(Scenes.layoutCorpus, size: size)
  }

  func checkTitlesAndDates(_ corpus: Corpus, size: Size) throws {
    var browser = Browser(corpus: corpus, size: size)
    for _ in 0..<corpus.events.count {
      let state = browser.state
      let grid = browser.render()
      let layout = state.layout
      let scroll = TimelineView.visibleScroll(state, height: layout.list.height)
      for offset in 0..<layout.list.height {
        guard case .event(let index) = state.timelineRow(scroll + offset) else { continue }
        let event = corpus.events[state.filtered[index]]
        let row = String(grid.lines[layout.list.y + offset].prefix(layout.list.width))
        // The title starts where its first words are (after the marker, the date and a gap).
        let title = DisplayText.sanitizedLine(event.title)
        let head = String(title.prefix(8))
        let ranges = row.ranges(of: head)
        let start = try #require(ranges.first { row.distance(from: row.startIndex, to: $0.lowerBound) > 4 }?.lowerBound)
        let column = row.distance(from: row.startIndex, to: start)
        let date = String(row.dropFirst().prefix(column - 2)).trimmingCharacters(in: .whitespaces)
        // A cut date keeps every year it names.
        for year in event.display.matches(of: /\d{4}/) {
          #expect(date.contains(year.output), "\(size): \(date) lost \(year.output) of \(event.display)")
        }
        // The title shows whole, or takes at least 40 columns (chips are dropped first).
        let shown = String(row[start...]).components(separatedBy: "  ").first ?? ""
        #expect(
          shown == title || DisplayText.width(of: shown) >= 40 || layout.list.width < 70,
          "\(size): \(row)")
      }
      browser.press("j")
    }
  }

  @Test func cutTextsEndWithAnEllipsis() {
    // The detail pane's theme labels.
    let theme = Theme(key: "long", label: String(repeating: "Very long theme label ", count: 4), description: "", phrases: [])
    let article = Article.fixture(id: "a", title: "A", text: "Quoted words here.")
    let event = Event(
      id: "e", start: .fixture(2020), display: "2020", kind: .report, title: "Title", summary: "Summary.",
      themes: ["long"], citations: [Citation(article: "a", quote: "Quoted words here.")])
    var browser = Browser(
      corpus: Corpus(articles: [article], events: [event], themes: [theme]), size: Size(width: 80, height: 24))
    browser.press("v")
    let pane = browser.render().lines.first { $0.contains("Themes") } ?? ""
    #expect(pane.contains("…"), "\(pane)")
    // A long message.
    _ = browser.perform(.notify(Message(text: String(repeating: "word ", count: 40), isError: false)))
    #expect(browser.render().lines[23].hasSuffix("…"))
  }

  @Test func datesAreCutKeepingTheirYears() {
    #expect(DateColumn.fit("2008", to: 10) == "2008")
    #expect(DateColumn.fit("more than a decade, to 2020", to: 24) == "more than a decade… 2020")
    #expect(DateColumn.fit("more than a decade, to 2020", to: 12) == "more t… 2020")
    #expect(DateColumn.fit("2008–2017 (cumulative)", to: 18) == "2008–2017 (cumula…")
    #expect(DateColumn.fit("between 2019 and the end of 2021", to: 20) == "between 2019 a… 2021")
    #expect(DateColumn.fit("the fiscal years 2019–2022 reported", to: 14) == "th… 2019–2022…")
    // The start is cut before a year it cannot hold whole, not inside it.
    #expect(DateColumn.fit("every year from 2019 to 2022", to: 24) == "every year… 2019 to 2022")
    #expect(DateColumn.fit("2019–2020 (recent, per the article)", to: 24) == "2019–2020 (recent, per …")
    for width in 1...30 {
      let fitted = DateColumn.fit("from the first half of 2019 to late 2022", to: width)
      #expect(DisplayText.width(of: fitted) <= width, "\(width): \(fitted)")
    }
  }
}

/// Theme chips: unique in the corpus, coloured from `ThemePalette`.
@Suite struct ThemeChipTests {
  static func theme(_ key: String, _ label: String = "") -> Theme {
    Theme(key: key, label: label.isEmpty ? key : label, description: "", phrases: [])
  }

  @Test func chipsAreUniqueAndFollowTheKeys() throws {
    let themes = [
      Self.theme("kings-of-england", "Kings of England"), Self.theme("kings-of-france", "Kings of France"),
      Self.theme("arms"), Self.theme("cash-flow"), Self.theme("cash"), Self.theme("casualties"),
    ]
    let badges = Library(corpus: Corpus(articles: [], events: [], themes: themes)).badges
    #expect(badges == ["KOE", "KOF", "ARM", "CFL", "CAH", "CAU"])
    #expect(Set(badges).count == badges.count)
    let bundled = Library(corpus: try bundledCorpus()).badges
    #expect(Set(bundled).count == bundled.count)
    #expect(bundled.allSatisfy { $0.count <= 3 })
  }

  @Test func manySimilarThemesStillGetUniqueChips() {
    let themes = (0..<200).map { Self.theme("theme-\($0)", "Theme \($0)") } + [Self.theme("the"), Self.theme("t")]
    let badges = Library(corpus: Corpus(articles: [], events: [], themes: themes)).badges
    #expect(Set(badges).count == badges.count)
  }

  @Test(arguments: [false, true])
  func fourteenThemesGetFourteenDistinctLooks(colors256: Bool) {
    let styles = (0..<14).map { Library.chipStyle(forTheme: $0, colors256: colors256) }
    #expect(Set(styles).count == 14)
    if colors256 {
      #expect(styles.allSatisfy { $0.foreground.map { !$0.isBasic } ?? false })
    } else {
      #expect(styles.allSatisfy { $0.foreground?.isBasic ?? false })
      #expect(Set(styles.compactMap(\.foreground)).count <= 8)
    }
  }

  @Test func chipsUseThe256PaletteWhenTheTerminalHasIt() throws {
    var browser = Browser(corpus: Scenes.layoutCorpus, size: Size(width: 120, height: 40))
    _ = browser.perform(.setDisplay(DisplayCapabilities(unicode: true, colors256: true)))
    let grid = browser.render()
    assertGridSnapshot(grid, named: "layout-256-colours")
    let colours = Set(grid.cells.compactMap(\.style.foreground).filter { !$0.isBasic })
    #expect(colours.count >= 8)
  }
}
