import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// The curation keys: each asks the host for a step; the host's answer replaces the corpus.
@Suite struct CurationTests {
  /// The fixture corpus with every event proposed by the builder.
  static func proposals() -> Corpus {
    let base = Fixtures.corpus
    var events = Array(base.events)
    for index in events.indices {
      events[index].origin = "extracted"
      events[index].confidence = 40 + index
      events[index].rules = ["date:absolute", "cue:met"]
      events[index].themeEvidence = Dictionary(uniqueKeysWithValues: events[index].themes.map { ($0, "phrase of \($0)") })
    }
    return Corpus(articles: base.articles, events: events, themes: base.themes)
  }

  static func browser(canCurate: Bool = true) -> Browser {
    Browser(corpus: proposals(), size: Size(width: 100, height: 30), canCurate: canCurate)
  }

  /// The id of the event selected.
  static func selected(_ browser: Browser) -> String? {
    browser.state.selectedEvent.map { browser.corpus.events[$0].id }
  }

  @Test func curationKeysAskTheHostForSteps() throws {
    var browser = Self.browser()
    let first = try #require(Self.selected(browser))
    #expect(browser.press("a") == [.curate(.accept(id: first))])
    #expect(browser.press("x") == [.curate(.reject(id: first))])
    #expect(browser.press("r").isEmpty)
    #expect(browser.state.prompt?.mode == .retitle)
    #expect(browser.state.prompt?.text == browser.corpus.events[browser.state.selectedEvent!].title)
    #expect(browser.render().lines.last?.hasPrefix("title: ") == true)
    let title = browser.state.prompt!.text
    #expect(browser.press(" (checked)<Enter>") == [.curate(.retitle(id: first, title: title + " (checked)"))])
  }

  @Test func anUnchangedTitleIsNotSaved() {
    var browser = Self.browser()
    #expect(browser.press("r<Enter>").isEmpty)
    #expect(browser.state.message?.text == "the title is unchanged")
  }

  @Test func mergeTakesTwoPressesAndEscCancels() throws {
    var browser = Self.browser()
    let first = try #require(Self.selected(browser))
    #expect(browser.press("M").isEmpty)
    #expect(browser.state.message?.text.contains("select the event to merge it into") == true)
    #expect(browser.press("M").isEmpty)  // the same event again
    let effects = browser.press("jM")
    let second = try #require(Self.selected(browser))
    #expect(effects == [.curate(.merge(id: first, into: second))])
    #expect(browser.state.mergeSource == nil)
    browser.press("M<Esc>")
    #expect(browser.state.mergeSource == nil && browser.state.message?.text.contains("cancelled") == true)
  }

  @Test func theHostsAnswerReplacesTheCorpusAndUndoAsksForTheInverse() throws {
    var browser = Self.browser()
    browser.press("j")
    let id = try #require(Self.selected(browser))
    var file = CorpusFiles.EventsFile(events: Array(browser.corpus.events))
    let (undo, focus) = try file.apply(.accept(id: id))
    let corpus = Corpus(articles: browser.corpus.articles, events: file.events, themes: browser.corpus.themes)
    #expect(browser.perform(.curated(CurationResult(corpus: corpus, undo: undo, focus: focus, message: "accepted '\(id)'"))).isEmpty)
    #expect(Self.selected(browser) == id)
    #expect(browser.corpus.events[browser.state.selectedEvent!].origin == nil)
    #expect(browser.state.message?.text == "accepted '\(id)'")
    // An accepted event is no longer a proposal.
    #expect(browser.press("a").isEmpty && browser.state.message?.text.contains("already curated") == true)
    #expect(browser.press("u") == [.curate(.undo(undo))])
    // The undone step's answer forgets it: nothing left to undo.
    #expect(browser.perform(.curated(CurationResult(corpus: Self.proposals(), undo: nil, focus: id, message: "undid"))).isEmpty)
    #expect(browser.press("u").isEmpty && browser.state.message?.text == "nothing to undo")
  }

  @Test func aCorpusThatIsNotAFolderOfArticlesCannotBeCurated() {
    var browser = Self.browser(canCurate: false)
    for key in ["a", "x", "r", "M", "u"] {
      #expect(browser.press(key).isEmpty, "\(key)")
      #expect(browser.state.message?.text.contains("curation changes a folder of your own articles") == true)
      #expect(browser.state.prompt == nil)
    }
  }

  @Test func theDetailShowsTrustAndWhyEachThemeWasGiven() {
    var browser = Self.browser()
    browser.press("<Enter>")
    let text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("Trust   confidence 40 of 100: date:absolute, cue:met"))
    #expect(text.contains("Why     "))
    #expect(text.contains("← “phrase of"))
  }

  @Test func theKeysAreInTheKeyMapAndItsHelp() {
    for mode in [Mode.timeline, .detail] {
      let entries = KeyMap.standard.helpEntries(for: mode).filter { $0.group == "Curate" }
      #expect(entries.map(\.keys) == ["a", "x", "r", "M", "u"])
    }
    #expect(KeyMap.standard.markdown().contains("## Title prompt (r)"))
  }
}
