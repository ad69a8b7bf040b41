import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// One row of a reducer table: keys pressed on a fresh browser, and the state expected after.
struct KeyCase: CustomTestStringConvertible, Sendable {
  var keys: String
  var selected: String?
  var view: View = .timeline
  var search = ""
  var themes: Set<String> = []
  var shown = 12
  var mode: Mode? = nil
  /// The `&` filter text (`query.search`).
  var filter = ""
  var testDescription: String { "\"\(keys)\" → \(selected ?? "nil")" }
}

@Suite struct ReducerTests {
  static let moves: [KeyCase] = [
    KeyCase(keys: "", selected: "merida-signed"),
    KeyCase(keys: "j", selected: "helicopters"),
    KeyCase(keys: "<Down><Down>", selected: "guns-south"),
    KeyCase(keys: "jjk", selected: "helicopters"),
    KeyCase(keys: "kkk", selected: "merida-signed"),
    KeyCase(keys: "G", selected: "overdoses"),
    KeyCase(keys: "GGj", selected: "overdoses"),
    KeyCase(keys: "Gg", selected: "merida-signed"),
    KeyCase(keys: "<End><Home>", selected: "merida-signed"),
    KeyCase(keys: "<C-d>", selected: "bicentennial"),
    KeyCase(keys: "<C-d><C-u>", selected: "merida-signed"),
    KeyCase(keys: "<Space>", selected: "overdoses"),
    KeyCase(keys: "<PgDn>b", selected: "merida-signed"),
    KeyCase(keys: "]", selected: "helicopters"),
    KeyCase(keys: "]]", selected: "nogales-seizure"),
    KeyCase(keys: "G[", selected: "mixed-results"),
    KeyCase(keys: "G[[", selected: "bicentennial"),
    KeyCase(keys: "jj[", selected: "helicopters"),
    KeyCase(keys: ":2019<Enter>", selected: "seizures-climb"),
    // The first event whose interval reaches March 2019: the 2019–2022 seizures, not the March 2019 memorandum.
    KeyCase(keys: ":2019-03<Enter>", selected: "seizures-climb"),
    KeyCase(keys: ":2023<Enter>", selected: "mixed-results"),
    KeyCase(keys: ":2012<Enter>", selected: "laundering"),
    KeyCase(keys: ":2030<Enter>", selected: "overdoses"),
    KeyCase(keys: "j:abc<Enter>", selected: "helicopters"),
    KeyCase(keys: ":20", selected: "merida-signed", mode: .jump),
  ]

  /// `/` finds and hides nothing; `&` hides. `search` is the `/` pattern, `filter` the `&` text.
  static let searches: [KeyCase] = [
    KeyCase(keys: "/fentanyl<Enter>", selected: "seizures-climb", search: "fentanyl"),
    KeyCase(keys: "/merida<Enter>", selected: "merida-signed", search: "merida"),
    KeyCase(keys: "/MERIDA<Enter>n", selected: "bicentennial", search: "MERIDA"),
    KeyCase(keys: "/merida<Enter>nn", selected: "merida-signed", search: "merida"),
    KeyCase(keys: "/merida<Enter>N", selected: "bicentennial", search: "merida"),
    KeyCase(keys: "/mérida", selected: "merida-signed", search: "mérida", mode: .search),
    // Typing moves to the first match at or after where the prompt opened; Esc puts it all back.
    KeyCase(keys: "j/merida", selected: "bicentennial", search: "merida", mode: .search),
    KeyCase(keys: "j/merida<Esc>", selected: "helicopters"),
    KeyCase(keys: "j/merida<C-c>", selected: "helicopters"),
    KeyCase(keys: "/merida<Enter>/x<Esc>", selected: "merida-signed", search: "merida"),
    KeyCase(keys: "/merida<Enter>j/x<Esc>", selected: "helicopters", search: "merida"),
    KeyCase(keys: "/mer<BS><BS><BS>", selected: "merida-signed", mode: .search),
    // Backspace on an empty prompt does nothing: the rest is typed, not run as commands.
    KeyCase(keys: "/<BS><BS><BS><BS><BS><BS><BS><BS><BS>merida", selected: "merida-signed", search: "merida", mode: .search),
    // A search with no match leaves the list, the selection and the search as they were.
    KeyCase(keys: "j/Qq<Enter>", selected: "helicopters"),
    KeyCase(keys: "/merida<Enter>j/Qq<Enter>", selected: "helicopters", search: "merida"),
    // An empty Enter searches the last pattern again (less).
    KeyCase(keys: "/merida<Enter>/<Enter>", selected: "bicentennial", search: "merida"),
    KeyCase(keys: "n", selected: "merida-signed"),
    KeyCase(keys: "/merida<Enter><Esc>", selected: "merida-signed"),
  ]

  static let filters: [KeyCase] = [
    KeyCase(keys: "&fentanyl<Enter>", selected: "seizures-climb", shown: 1, filter: "fentanyl"),
    KeyCase(keys: "&merida<Enter>", selected: "merida-signed", shown: 2, filter: "merida"),
    KeyCase(keys: "&merida", selected: "merida-signed", shown: 2, mode: .filter, filter: "merida"),
    KeyCase(keys: "&merida<Esc>", selected: "merida-signed"),
    KeyCase(keys: "&merida<Enter>&x<Esc>", selected: "merida-signed", shown: 2, filter: "merida"),
    KeyCase(keys: "&merida<Enter>&<Enter>", selected: "merida-signed"),
    KeyCase(keys: "&Qq<Enter>", selected: "merida-signed"),
    KeyCase(keys: "&merida<Enter>&Qq<Enter>", selected: "merida-signed", shown: 2, filter: "merida"),
    // The selection stays when shown, else the nearest by date; clearing returns to it.
    KeyCase(keys: "]&merida<Enter>", selected: "merida-signed", shown: 2, filter: "merida"),
    KeyCase(keys: "]&merida<Enter><Esc>", selected: "helicopters"),
    KeyCase(keys: "]]]]]]]]&merida<Enter>", selected: "bicentennial", shown: 2, filter: "merida"),
    KeyCase(keys: "jjjt<Space>q", selected: "guns-south", themes: ["arms"], shown: 3),
    KeyCase(keys: "jjjt<Space>q<Esc>", selected: "nogales-seizure"),
    // A search hit is the event chosen last: clearing everything keeps it.
    KeyCase(keys: "t<Space>q&border<Enter>/courts<Enter><Esc>", selected: "refocus"),
    KeyCase(keys: "t<Space>q", selected: "guns-south", themes: ["arms"], shown: 3),
    KeyCase(keys: "tj<Space>", selected: "nogales-seizure", view: .themes, themes: ["cash"], shown: 3),
    KeyCase(keys: "tj<Space>j<Space><Esc>", selected: "nogales-seizure", themes: ["cash", "fentanyl"], shown: 7),
    KeyCase(keys: "tj<Space><Space>q", selected: "merida-signed"),
    KeyCase(keys: "ta", selected: "merida-signed", view: .themes, themes: ["arms", "cash", "fentanyl", "security"]),
    KeyCase(keys: "tj<Space>x", selected: "merida-signed", view: .themes),
    KeyCase(keys: "tj<Space>q&seiz<Enter>", selected: "nogales-seizure", themes: ["cash"], shown: 1, filter: "seiz"),
    KeyCase(keys: "tj<Space>qG", selected: "data-sharing", themes: ["cash"], shown: 3),
    KeyCase(keys: "tj<Space>q]]", selected: "data-sharing", themes: ["cash"], shown: 3),
    KeyCase(keys: "tGk<Space>q:2019<Enter>", selected: "seizures-climb", themes: ["fentanyl"], shown: 4),
    // `/` in the themes panel narrows it by key, label or phrase, any case; Esc shows every theme again.
    KeyCase(keys: "t/cash<Enter><Space>", selected: "nogales-seizure", view: .themes, themes: ["cash"], shown: 3),
    KeyCase(keys: "t/FLOW<Enter><Space>q", selected: "nogales-seizure", themes: ["cash"], shown: 3),
    KeyCase(keys: "t/coop", selected: "merida-signed", view: .themes, mode: .themeFilter),
    KeyCase(keys: "t/sec<Esc><Space>", selected: "guns-south", view: .themes, themes: ["arms"], shown: 3),
    KeyCase(keys: "t/zz<Enter><Space>", selected: "merida-signed", view: .themes),
  ]

  static let views: [KeyCase] = [
    KeyCase(keys: "<Enter>", selected: "merida-signed", view: .detail),
    KeyCase(keys: "<Enter>j", selected: "helicopters", view: .detail),
    KeyCase(keys: "<Enter>q", selected: "merida-signed"),
    KeyCase(keys: "<Enter><Esc>", selected: "merida-signed"),
    KeyCase(keys: "o", selected: "merida-signed", view: .reader),
    KeyCase(keys: "oq", selected: "merida-signed"),
    KeyCase(keys: "s", selected: "merida-signed", view: .sources),
    KeyCase(keys: "sj<Enter>", selected: "merida-signed", view: .reader),
    KeyCase(keys: "sj<Enter>q", selected: "merida-signed", view: .sources),
    KeyCase(keys: "?", selected: "merida-signed", view: .help),
    KeyCase(keys: "?q", selected: "merida-signed"),
    KeyCase(keys: "<Enter>?<Esc>", selected: "merida-signed", view: .detail),
    KeyCase(keys: "jo<Enter>", selected: "helicopters"),
    KeyCase(keys: "jon<Enter>", selected: "guns-south"),
    KeyCase(keys: "joN<Enter>", selected: "merida-signed"),
    KeyCase(keys: "joNN<Enter>", selected: "durable"),
    KeyCase(keys: "G2", selected: "overdoses"),
    KeyCase(keys: "Gkk2<Enter>", selected: "bicentennial"),
    KeyCase(keys: "tj<Space>q:2021<Enter>o<Enter>", selected: "data-sharing", themes: ["cash"], shown: 3),
    KeyCase(keys: "x", selected: "merida-signed"),
    // Enter in the reader goes back where it came from: the detail when opened from it.
    KeyCase(keys: "<Enter>o<Enter>", selected: "merida-signed", view: .detail),
    KeyCase(keys: "<Enter>on<Enter>", selected: "helicopters", view: .detail),
    KeyCase(keys: "s<Enter><Enter>", selected: "merida-signed"),
    KeyCase(keys: "v", selected: "merida-signed"),
  ]

  @Test(arguments: moves + searches + filters + views)
  func keysGiveState(_ row: KeyCase) {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    let effects = browser.press(row.keys).filter { if case .recordSearch = $0 { false } else { true } }
    let state = browser.state
    #expect(effects.isEmpty)
    #expect(state.selectedEvent.map { Fixtures.corpus.events[$0].id } == row.selected)
    #expect(state.view == row.view)
    #expect(state.search == row.search)
    #expect(state.query.search == row.filter)
    #expect(state.query.themes == row.themes)
    #expect(state.filtered.count == row.shown)
    #expect(state.mode == (row.mode ?? Mode(row.view)))
  }

  @Test(arguments: [
    ("q", [Effect.quit]), ("Q", [.quit]), ("<C-c>", [.interrupt]), ("<C-z>", [.suspend]), ("<Enter>q", []),
    ("<Enter>qq", [.quit]), ("oQ", [.quit]), ("t<C-c>", [.interrupt]), ("/<C-c>", []), ("/Q", []),
    ("/q<Esc>q", [.quit]), ("/x<C-c>q", [.quit]), ("&x<C-c><C-c>", [.interrupt]), (":<C-c>q", [.quit]),
    ("/merida<Enter>", [.recordSearch("merida")]), ("&arms<Enter>", [.recordSearch("arms")]),
    ("/<Enter>", []), (":2019<Enter>", []), ("/<BS><BS><BS><BS><BS><BS><BS><BS><BS>merida", []),
    ("?<C-z>", [.suspend]), ("<Esc><Esc>", []),
  ])
  func effects(_ keys: String, _ expected: [Effect]) {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    #expect(browser.press(keys) == expected)
  }

  /// `n`/`N` in the sources say which match is shown, as in the timeline (the message line, and
  /// `match k/n` on the status line); a wrap says so instead.
  @Test(arguments: [
    ("s/the<Enter>", 0, "match 1 of 3", "match 1/3"), ("s/the<Enter>n", 1, "match 2 of 3", "match 2/3"),
    ("s/the<Enter>nnN", 1, "match 2 of 3", "match 2/3"),
    ("s/the<Enter>nnn", 0, "search hit BOTTOM, continuing at TOP", "match 1/3"),
    ("s/the<Enter>N", 2, "search hit TOP, continuing at BOTTOM", "match 3/3"),
    ("s/weekly<Enter>", 1, "match 1 of 1", "match 1/1"),
  ])
  func sourcesSearchSaysWhichMatch(_ keys: String, _ cursor: Int, _ said: String, _ place: String) {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press(keys)
    #expect(browser.state.sourceCursor == cursor)
    #expect(browser.state.message == Message(text: said, isError: false))
    let lines = browser.render().lines
    #expect(lines[23].hasPrefix(said))
    #expect(lines[22].contains("\(place) · article \(cursor + 1)/3"), "\(lines[22])")
  }

  /// `v` on a screen too narrow for the side pane says why and changes nothing; from 40 columns it shows it.
  @Test func sidePaneNeedsFortyColumns() {
    var narrow = Browser(corpus: Fixtures.corpus, size: Size(width: 39, height: 24))
    narrow.press("v")
    #expect(narrow.state.message == Message(text: "the side pane needs 40 columns", isError: false))
    #expect(narrow.render().lines[23].hasPrefix("the side pane needs 40 columns"))
    #expect(narrow.state.sidePane == nil && narrow.state.layout.side.width == 0)
    var wide = Browser(corpus: Fixtures.corpus, size: Size(width: 40, height: 24))
    wide.press("v")
    #expect(wide.state.message == nil && wide.state.layout.side.width > 0)
  }

  @Test func readerOpensAtCitedPassageAndStepsThroughAll() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("Gkk2")
    let reader = try #require(browser.state.reader)
    let current = try #require(reader.current)
    let passage = reader.passages[current]
    #expect(Fixtures.corpus.events[passage.ref.event].id == "bicentennial")
    #expect(passage.ref.citation == 1)
    #expect(String(reader.characters[passage.range]) == "precursor chemicals arrived mostly from Asia")
    #expect(reader.scroll <= passage.firstLine)
    // n visits every passage once before wrapping.
    var seen = Set<Int>()
    for _ in reader.passages.indices {
      browser.press("n")
      seen.insert(try #require(browser.state.reader?.current))
    }
    #expect(seen.count == reader.passages.count)
    #expect(reader.passages.count == 5)
  }

  @Test func readerStepsSkipPassagesOfHiddenEvents() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("t<Space>q")  // arms: guns-south, refocus, bicentennial
    browser.press("o")  // guns-south's passage in the Mérida article
    var visited: [String] = []
    for _ in 0..<4 {
      browser.press("n")
      let reader = try #require(browser.state.reader)
      let current = try #require(reader.current)
      visited.append(Fixtures.corpus.events[reader.passages[current].ref.event].id)
    }
    #expect(visited == ["refocus", "guns-south", "refocus", "guns-south"])
    browser.press("N<Enter>")  // back from guns-south past hidden passages, wrapping to refocus
    #expect(browser.state.selectedEvent.map { Fixtures.corpus.events[$0].id } == "refocus")
  }

  @Test func jumpBackToHiddenEventExplains() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("tj<Space>q")  // cash only: the Mérida article's events are hidden
    browser.press("s<Enter>")  // the first article in the reader, at its first cited passage
    #expect(browser.state.view == .reader)
    browser.press("<Enter>")
    #expect(browser.state.view == .timeline)
    #expect(browser.state.message?.isError == true)
  }

  @Test func clickSelectsRowAndWheelMoves() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    // Rows 0 and 1 are the strip and its axis, row 2 the 2008 heading, row 3 merida-signed, row 4
    // the 2010 heading, row 5 helicopters.
    _ = browser.handle(.mouse(MouseEvent(kind: .press, x: 10, y: 5)))
    #expect(browser.state.selectedEvent.map { Fixtures.corpus.events[$0].id } == "helicopters")
    _ = browser.handle(.mouse(MouseEvent(kind: .press, x: 10, y: 4)))
    #expect(browser.state.selectedEvent.map { Fixtures.corpus.events[$0].id } == "helicopters")
    _ = browser.handle(.mouse(MouseEvent(kind: .wheelDown, x: 0, y: 0)))
    #expect(browser.state.selection == 4)
    _ = browser.handle(.mouse(MouseEvent(kind: .wheelUp, x: 0, y: 0)))
    #expect(browser.state.selection == 1)
  }

  @Test func clickOnYearStripJumpsToThatYear() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    let axis = browser.render().lines[1]
    func column(_ year: String) throws -> Int {
      axis.distance(from: axis.startIndex, to: try #require(axis.range(of: year)).lowerBound)
    }
    _ = browser.handle(.mouse(MouseEvent(kind: .press, x: try column("2016") + 1, y: 0)))
    #expect(browser.state.selectedEvent.map { Fixtures.corpus.events[$0].id } == "refocus")
    // 2012 has no event: the next shown one is selected. The axis row takes clicks too.
    _ = browser.handle(.mouse(MouseEvent(kind: .press, x: try column("2012"), y: 1)))
    #expect(browser.state.selectedEvent.map { Fixtures.corpus.events[$0].id } == "laundering")
  }

  @Test func clickInThemesPanelTogglesTheClickedTheme() throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("t")
    let grid = browser.render()
    let y = try #require(grid.lines.firstIndex { $0.contains("Fentanyl") })
    let x = try #require(
      grid.lines[y].range(of: "Fentanyl").map {
        grid.lines[y].distance(from: grid.lines[y].startIndex, to: $0.lowerBound)
      })
    _ = browser.handle(.mouse(MouseEvent(kind: .press, x: x, y: y)))
    #expect(browser.state.query.themes == ["fentanyl"])
    #expect(browser.state.themeCursor == 2)
  }

  @Test func helpScrollStopsAtTheEnd() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 10))
    browser.press("?" + String(repeating: "j", count: 200))
    let bottom = browser.state.helpScroll
    #expect(bottom > 0)
    #expect(browser.render().lines.joined().contains("suspend"))  // the last binding shows
    browser.press("k")
    #expect(browser.state.helpScroll == bottom - 1)
  }

  @Test func detailScrollStopsAtBothEnds() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 10))
    browser.press("<Enter>" + String(repeating: "<Space>", count: 50))
    let bottom = browser.state.detailScroll
    #expect(bottom > 0)
    browser.press("<Space>")
    #expect(browser.state.detailScroll == bottom)
    browser.press("<C-u>")
    let half = bottom - browser.state.detailScroll
    #expect(half > 0)
    browser.press("<C-d>")
    #expect(browser.state.detailScroll == bottom)
    browser.press(String(repeating: "b", count: 50))
    #expect(browser.state.detailScroll == 0)
    browser.press("<C-d>")
    #expect(browser.state.detailScroll == min(half, bottom))
  }

  @Test func selectionStaysVisibleWhileMoving() {
    var browser = Browser(corpus: Fixtures.large(count: 500), size: Size(width: 80, height: 10))
    for script in ["j", "<PgDn>", "<C-d>", "]", "G", "[", "b", "<C-u>", "k", "g"] {
      for _ in 0..<7 {
        browser.press(script)
        let state = browser.state
        let row = state.row(ofFiltered: state.selection)
        let height = Layout(size: state.size).list.height
        #expect(row >= state.listScroll && row < state.listScroll + height, "after \(script)")
      }
    }
  }
}

/// The themes panel's filter-as-you-type lists only the matching themes, and the cursor moves among them.
@Suite struct ThemePanelFilterTests {
  @Test func typingNarrowsTheListAndTheCursorStaysInIt() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("t/s")
    // "s": "Security cooperation" (and its key) and no other theme has a word starting with s.
    #expect(browser.state.shownThemes.map { Fixtures.corpus.themes[$0].key } == ["security"])
    browser.press("<BS>")
    #expect(browser.state.shownThemes.count == Fixtures.corpus.themes.count)
    browser.press("f<Enter>jjj<Space>")
    #expect(browser.state.shownThemes.map { Fixtures.corpus.themes[$0].key } == ["cash", "fentanyl"])
    #expect(browser.state.themeCursor == 1)
    #expect(browser.state.query.themes == ["fentanyl"])
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("Fentanyl") && screen.contains("Cash flow") && !screen.contains("Arms trafficking"))
    browser.press("qt")
    #expect(browser.state.shownThemes.count == Fixtures.corpus.themes.count, "the panel opens unfiltered")
  }
}
