import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// The timeline's filter must agree with `EventIndex.matches` however the query was reached.
@Suite struct FilterTests {
  static let corpora: [(String, Corpus)] = [
    ("fixture", Fixtures.corpus), ("hostile", Fixtures.hostileCorpus), ("large", Fixtures.large(count: 2_000)),
    // Large enough that the browser builds its search index in the background.
    ("background-indexed", Fixtures.large(count: Library.backgroundThreshold + 2_000)),
  ]
  /// Each corpus's index built up front, independently of the browser's.
  static let references: [EventIndex] = corpora.map { EventIndex(corpus: $0.1) }

  @Test(arguments: [
    "/merida", "/MÉRIDA<BS><BS>", "/e<BS>x", "/the<Enter>tj<Space>", "/the<Enter>ta", "tj<Space>j<Space>q/s",
    "/東京", "/e\u{301}", "/event 1<BS>2", "/ ", "/1<Enter>/12<Esc>", "t<Space>jj<Space>x/a",
  ])
  func filterAgreesWithIndex(_ keys: String) {
    for ((name, corpus), reference) in zip(Self.corpora, Self.references) {
      var browser = Browser(corpus: corpus, size: Size(width: 80, height: 24))
      // Check after every key, so each narrowing step is compared too.
      for key in KeyScript.parse(keys) {
        _ = browser.handle(.key(key))
        let state = browser.state
        let expected = reference.matches(state.query, in: corpus)
        #expect(state.filtered == expected, "\(name) after \(key.name) with \(state.query)")
        #expect(state.yearStarts.count == Set(expected.map { corpus.events[$0].start.year }).count)
      }
    }
  }

  @Test func themeCountsMatchFilteringEachTheme() {
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 80, height: 24))
    browser.press("/the<Enter>t")
    let state = browser.state
    for (bit, theme) in Fixtures.corpus.themes.enumerated() {
      let query = EventQuery(themes: [theme.key], search: "the")
      #expect(state.themeCounts[bit] == state.library.index.matches(query, in: Fixtures.corpus).count, "\(theme.key)")
    }
  }
}
