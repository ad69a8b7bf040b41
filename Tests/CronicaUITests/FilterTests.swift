import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// The timeline's filter must agree with `EventIndex.matches` however the query was reached.
@Suite struct FilterTests {
  /// The corpora, and whether the browser starts building its index in the background (as the
  /// terminal does after the first frame) or builds it when the first search needs it.
  static let corpora: [(name: String, corpus: Corpus, background: Bool)] = [
    ("fixture", Fixtures.corpus, false), ("hostile", Fixtures.hostileCorpus, false),
    ("large", Fixtures.large(count: 2_000), false),
    // Large enough that the first keys arrive while the index is still being built.
    ("background-indexed", Fixtures.large(count: 22_000), true),
  ]
  /// Each corpus's index built up front, independently of the browser's.
  static let references: [EventIndex] = corpora.map { EventIndex(corpus: $0.corpus) }

  @Test(arguments: [
    "&merida", "&MÉRIDA<BS><BS>", "&e<BS>x", "&the<Enter>tj<Space>", "&the<Enter>ta", "tj<Space>j<Space>q&s",
    "&東京", "&e\u{301}", "&event 1<BS>2", "& ", "&1<Enter>&12<Esc>", "t<Space>jj<Space>x&a",
    "/merida", "/e<BS>x", "&the<Enter>/mer", "tj<Space>q/1", "/1<Enter>&12<Enter>", "/event 1<BS>2<Enter>t<Space>",
    // A search kept while the filter narrows, widens and narrows again.
    "/e<Enter>&1<Enter>&12<BS>3<Esc>", "/1<Enter>t<Space>j<Space>q&2",
  ])
  func filterAgreesWithIndex(_ keys: String) {
    for ((name, corpus, background), reference) in zip(Self.corpora, Self.references) {
      var browser = Browser(corpus: corpus, size: Size(width: 80, height: 24))
      // The index work the terminal would run on another thread; its result is fed in below.
      let indexWork = background ? Self.indexWork(browser.perform(.startBackgroundWork)) : nil
      // Check after every key, so each narrowing step is compared too.
      for key in KeyScript.parse(keys) {
        let before = browser.state.filtered
        _ = browser.handle(.key(key))
        if browser.state.awaitingIndex, let indexWork {
          // The key did not wait for the index: the previous events stay until it is ready.
          #expect(browser.state.filtered == before)
          _ = browser.perform(indexWork.run())
          #expect(!browser.state.awaitingIndex)
        }
        #expect(!browser.state.awaitingIndex, "\(name): only started background work makes a key wait")
        let state = browser.state
        let expected = reference.matches(state.query, in: corpus)
        #expect(state.filtered == expected, "\(name) after \(key.name) with \(state.query)")
        #expect(state.yearStarts.count == Set(expected.map { corpus.events[$0].start.year }).count)
        // The search hides nothing: its matches are the shown events its text is in.
        let found = Set(reference.matches(EventQuery(search: state.search), in: corpus))
        let expectedMatches = state.search.isEmpty ? [] : expected.filter(found.contains)
        #expect(state.searchMatches == expectedMatches, "\(name) after \(key.name) searching \(state.search)")
      }
    }
  }

  /// The index work among the effects of `.startBackgroundWork`.
  static func indexWork(_ effects: [Effect]) -> BackgroundWork? {
    for case .background(let work) in effects where work.kind == .index { return work }
    return nil
  }

  @Test func themeCountsMatchFilteringEachTheme() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("&the<Enter>t")
    let state = browser.state
    for (bit, theme) in Fixtures.corpus.themes.enumerated() {
      let query = EventQuery(themes: [theme.key], search: "the")
      #expect(state.themeCounts[bit] == state.library.index?.matches(query, in: Fixtures.corpus).count, "\(theme.key)")
    }
  }
}
