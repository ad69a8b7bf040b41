import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// The prompts edit like readline: keys pressed on a fresh browser, the prompt's text and cursor after.
@Suite struct PromptTests {
  @Test(arguments: [
    ("/abc", "abc", 3),
    ("/abc<Left><Left>X", "aXbc", 2),
    ("/abc<Home>X", "Xabc", 1),
    ("/abc<C-a>X", "Xabc", 1),
    ("/abc<C-b><C-b><C-f>X", "abXc", 3),
    ("/abc<Left><Left><End>X", "abcX", 4),
    ("/abc<Home><C-e>X", "abcX", 4),
    ("/abc<Right><Right>", "abc", 3),
    ("/abc<Left><BS>", "ac", 1),
    ("/abc<C-h>", "ab", 2),
    ("/abc<Left><Del>", "ab", 2),
    ("/abc<Home><C-d>", "bc", 0),
    ("/abc<Del>", "abc", 3),
    ("/abc def<C-w>", "abc ", 4),
    ("/abc def  <C-w>", "abc ", 4),
    ("/abc def<C-w><C-w>", "", 0),
    ("/abc def<Left><Left><Left><C-u>", "def", 0),
    ("/abc def<Left><Left><Left><C-k>", "abc ", 4),
    ("/<BS><BS>x", "x", 1),
    ("/mé<Left>x", "mxé", 2),
    (":20<C-u>2019", "2019", 4),
    ("e", "", 0),
    ("e<Up>", "cronica-export.json", 19),
    ("&fen<Left><Left>x", "fxen", 2),
  ])
  func editing(_ keys: String, _ text: String, _ cursor: Int) throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press(keys)
    let prompt = try #require(browser.state.prompt)
    #expect(prompt.text == text)
    #expect(prompt.editor.cursor == cursor)
  }

  /// Prompts open empty; earlier entries are one Up away, per prompt (`/` and `&` share theirs).
  @Test(arguments: [
    ("/merida<Enter>/", ""),
    ("/merida<Enter>/<Up>", "merida"),
    ("/merida<Enter>/fen<Enter>/<Up>", "fen"),
    ("/merida<Enter>/fen<Enter>/<Up><Up>", "merida"),
    ("/merida<Enter>/fen<Enter>/<Up><Up><Up>", "merida"),
    ("/merida<Enter>/fen<Enter>/<C-p><C-p><C-n>", "fen"),
    ("/merida<Enter>/x<Up><Down>", "x"),
    ("/merida<Enter>/x<Down>", "x"),
    ("/merida<Enter>/merida<Enter>/<Up><Up>", "merida"),
    ("/merida<Enter>&<Up>", "merida"),
    ("&cash<Enter><Esc>/<Up>", "cash"),
    ("/merida<Enter>:<Up>", ""),
    (":2019<Enter>:<Up>", "2019"),
    (":2019<Enter>:<Up><BS>8", "2018"),
    ("/merida<Esc>/<Up>", ""),
  ])
  func history(_ keys: String, _ text: String) throws {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press(keys)
    #expect(try #require(browser.state.prompt).text == text)
  }

  @Test func loadedSearchHistoryComesBeforeThisSession() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("/fen<Enter>")
    _ = browser.perform(.setSearchHistory(["old", "older-still", "fen"]))
    #expect(browser.state.histories[.search]?.entries == ["old", "older-still", "fen"])
    browser.press("/<Up><Up>")
    #expect(browser.state.prompt?.text == "older-still")
  }

  /// A saved entry no one could have typed (a hand-edited or damaged history file) is left out:
  /// one of 100,000 characters made every frame of the prompt quadratic in its length.
  @Test func savedEntriesAPromptCouldNotHoldAreLeftOut() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    let long = String(repeating: "a", count: 201)  // a prompt holds 200
    let fitting = String(repeating: "b", count: 200)
    _ = browser.perform(.setSearchHistory(["fine", fitting, "x\ry", "\u{1B}[31mred", "a\u{202E}b", long]))
    #expect(browser.state.histories[.search]?.entries == ["fine", fitting])
    browser.press("/<Up><Up>")
    #expect(browser.state.prompt?.text == "fine")
  }

  /// The prompt line draws whatever the prompt holds: a CR (one Up away in a hand-edited
  /// history file) trapped the render, as the sanitizer drops it and left no character to draw.
  @Test func thePromptLineDrawsAnyCharacter() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("/ab")
    var state = browser.state
    for character in ["\r", "\u{1B}", "c"] as [Character] { state.prompt?.editor.insert(character) }
    let line = Screen.render(state).lines[23]
    #expect(line.hasPrefix("/ab ␛c"), "\(line)")
  }

  @Test func cancellingAFilterPutsBackTheListAndThePlace() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("G")
    let before = browser.render()
    browser.press("&merida")
    #expect(browser.state.filtered.count == 2)
    browser.press("<Esc>")
    #expect(browser.render() == before)
    browser.press("/fen<C-c>")
    #expect(browser.render() == before)
  }

  @Test func theExportPromptAsksBeforeOverwriting() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    let effects = browser.press("e<Up><Enter>")
    let request = ExportRequest(path: "cronica-export.json", format: .json, events: browser.state.filtered)
    #expect(effects == [.export(request)])
    // The host found the file: the browser asks, and only `y` writes over it.
    _ = browser.perform(.askOverwrite(request))
    #expect(browser.state.mode == .confirm)
    #expect(browser.render().lines[23].contains("cronica-export.json exists: overwrite it? (y/n)"))
    #expect(browser.press("j").isEmpty)
    #expect(browser.state.mode == .confirm)
    #expect(browser.press("n").isEmpty)
    #expect(browser.state.mode == .timeline)
    #expect(browser.state.message?.text.contains("left as it was") == true)
    _ = browser.perform(.askOverwrite(request))
    var agreed = request
    agreed.overwrite = true
    #expect(browser.press("y") == [.export(agreed)])
    #expect(browser.state.mode == .timeline)
  }
}

@Suite struct PluralTests {
  @Test func countsSayOneOrMany() {
    #expect(Plural.count(1, "citation") == "1 citation")
    #expect(Plural.count(2, "citation") == "2 citations")
    #expect(Plural.count(0, "match", plural: "matches") == "0 matches")
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("9")
    #expect(browser.state.message?.text == "this event has 1 citation; no citation 9")
    browser.press("Gkk9")
    #expect(browser.state.message?.text == "this event has 2 citations; no citation 9")
    browser.press("m'")
    #expect(browser.state.message?.text == "showing only the 1 marked event (' shows all)")
    browser.press("'gm'")
    #expect(browser.state.message?.text == "showing only the 2 marked events (' shows all)")
  }
}
