import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// The browser's derived tables are the same whether background work brought them or a key
/// built them.
@Suite struct LibraryTests {
  static let corpus = Fixtures.large(count: 3_000)

  /// The index and lookup tables as one comparable value.
  static func summary(of library: Library) throws -> [String] {
    let index = try #require(library.index)
    return [
      "\(index.foldedBytes.count) \(index.foldedOffsets)",
      "\(index.matches(EventQuery(search: "event 12"), in: corpus))",
      "\(library.corpus.articles.map { "\($0.id)=\(library.citations(ofArticle: $0.id).count)" })",
      "\(library.corpus.articles.map { "\($0.id)=\(library.eventCount(ofArticle: $0.id))" })",
    ]
  }

  @Test func backgroundResultsAgreeWithBuildingOnDemand() throws {
    var onDemand = AppState(library: Library(corpus: Self.corpus), size: Size(width: 100, height: 30))
    for action: Action in [.openSources, .close, .openSearch, .promptInput("1")] { _ = reduce(&onDemand, action) }
    #expect(!onDemand.awaitingIndex)

    var background = AppState(library: Library(corpus: Self.corpus), size: Size(width: 100, height: 30))
    let effects = reduce(&background, .startBackgroundWork)
    #expect(reduce(&background, .startBackgroundWork).isEmpty, "the work starts once")
    let work = effects.compactMap { effect -> BackgroundWork? in
      if case .background(let work) = effect { return work }
      return nil
    }
    #expect(work.map(\.kind) == [.index, .snapshotCheck], "no tables: citations are read from the store")
    #expect(background.library.index == nil)
    for item in work { _ = reduce(&background, item.run()) }
    #expect(try Self.summary(of: background.library) == Self.summary(of: onDemand.library))
    #expect(try Self.summary(of: onDemand.library)[1] != "[]")  // the comparison is not between empty tables
  }
}

/// While the search index is being built, a key returns at once and the query waits in the
/// state; `.indexReady` applies it. Reducer tables: the index arrives when the test feeds it.
@Suite struct IndexWaitTests {
  /// A state whose background work has started, and the index work the host would run.
  static func started(_ corpus: Corpus) -> (state: AppState, index: BackgroundWork) {
    var state = AppState(library: Library(corpus: corpus), size: Size(width: 100, height: 30))
    let work = reduce(&state, .startBackgroundWork).compactMap { effect -> BackgroundWork? in
      if case .background(let work) = effect, work.kind == .index { return work }
      return nil
    }
    return (state, work[0])
  }

  @Test func searchDoesNotWaitForTheIndex() {
    let corpus = Fixtures.large(count: 3_000)
    var (state, index) = Self.started(corpus)
    let everything = state.filtered
    _ = reduce(&state, .openFilter)
    _ = reduce(&state, .promptInput("1"))
    #expect(state.awaitingIndex)
    #expect(state.library.index == nil, "the key did not build the index")
    #expect(state.filtered == everything)
    #expect(Screen.render(state, keyMap: .standard).lines.joined(separator: "\n").contains("searching (building the index)…"))
    _ = reduce(&state, .move(.lineDown))  // other keys still work
    _ = reduce(&state, .promptInput("2"))
    #expect(state.awaitingIndex)
    _ = reduce(&state, index.run())
    #expect(!state.awaitingIndex)
    let expected = EventIndex(corpus: corpus).matches(EventQuery(search: "12"), in: corpus)
    #expect(!expected.isEmpty && expected.count < corpus.events.count)
    #expect(state.filtered == expected)
    #expect(!Screen.render(state, keyMap: .standard).lines.joined(separator: "\n").contains("searching"))
  }

  @Test func aSearchTypedWhileTheIndexIsBuiltMovesToItsFirstMatchOnceItIs() {
    let corpus = Fixtures.large(count: 3_000)
    var (state, index) = Self.started(corpus)
    for key in "/77" { _ = reduce(&state, key == "/" ? .openSearch : .promptInput(key)) }
    #expect(state.awaitingIndex)
    #expect(state.selection == 0)
    _ = reduce(&state, index.run())
    let expected = EventIndex(corpus: corpus).matches(EventQuery(search: "77"), in: corpus)
    #expect(state.searchMatches == expected)
    #expect(state.filtered.count == corpus.events.count)  // a search hides nothing
    #expect(state.selectedEvent == expected.first)
  }

  /// Esc on a search typed while the index is built puts the list back as it was: nothing waits
  /// for the index any more (the export and n worked again only once it was built).
  @Test func cancellingASearchTypedWhileTheIndexIsBuiltWaitsForNothing() {
    var (state, _) = Self.started(Fixtures.large(count: 500))
    for key in "/77" { _ = reduce(&state, key == "/" ? .openSearch : .promptInput(key)) }
    #expect(state.awaitingIndex)
    _ = reduce(&state, .cancel)
    let waiting = state.awaitingIndex
    #expect(!waiting)
    #expect(!Screen.render(state, keyMap: .standard).lines.joined().contains("building the index"))
    _ = reduce(&state, .openExport)
    _ = reduce(&state, .promptHistory(older: true))
    #expect(reduce(&state, .promptSubmit).count == 1)  // the export, not "still being built"
  }

  @Test func whileWaitingExportAndMatchStepsSaySoAndANoMatchIsReportedAfter() {
    var (state, index) = Self.started(Fixtures.large(count: 500))
    for key in "&zzz" { _ = reduce(&state, key == "&" ? .openFilter : .promptInput(key)) }
    _ = reduce(&state, .promptSubmit)
    #expect(state.awaitingIndex)
    _ = reduce(&state, .nextMatch)
    #expect(state.message?.text.contains("still being built") == true)
    _ = reduce(&state, .openExport)
    _ = reduce(&state, .promptHistory(older: true))
    #expect(reduce(&state, .promptSubmit).isEmpty)  // no export effect of the stale list
    #expect(state.message?.isError == true && state.message?.text.contains("still being built") == true)
    _ = reduce(&state, index.run())
    #expect(state.filtered.isEmpty)
    #expect(state.message?.text == "no event matches \"zzz\"")
  }

  @Test func themesPanelOfALargeTaxonomyDoesNotWaitForTheIndex() {
    // 65 themes: too many for one word of bits, so the panel's counts need the index's masks.
    let base = Fixtures.large(count: 2_000)
    let themes = base.themes + (base.themes.count..<65).map { Theme(key: "extra\($0)", label: "Extra", description: "", phrases: []) }
    let corpus = Corpus(articles: base.articles, events: Array(base.events), themes: themes)
    var (state, index) = Self.started(corpus)
    _ = reduce(&state, .openThemes)
    #expect(state.awaitingIndex)
    _ = reduce(&state, index.run())
    #expect(!state.awaitingIndex)
    let expected = themes.map { theme in corpus.events.filter { $0.themes.contains(theme.key) }.count }
    #expect(state.themeCounts == expected)
    #expect(expected.reduce(0, +) > 0)
  }

  @Test func indexReadyWithoutAWaitingQueryChangesNothing() {
    var (state, index) = Self.started(Fixtures.corpus)
    _ = reduce(&state, .move(.lineDown))
    _ = reduce(&state, .openThemes)  // theme counts come from the theme words: no index needed
    #expect(!state.awaitingIndex)
    let before = (state.filtered, state.selection, state.query, Screen.render(state))
    _ = reduce(&state, index.run())
    #expect(state.library.index != nil)
    #expect(state.filtered == before.0 && state.selection == before.1 && state.query == before.2)
    #expect(Screen.render(state) == before.3)
  }

  /// A curation step replaces the library; an index started for the old one is dropped.
  @Test func anIndexForAReplacedLibraryIsDropped() {
    let corpus = Fixtures.large(count: 500)
    var state = AppState(library: Library(corpus: corpus, revision: 1), size: Size(width: 100, height: 30))
    _ = reduce(&state, .startBackgroundWork)
    for key in "/77" { _ = reduce(&state, key == "/" ? .openSearch : .promptInput(key)) }
    _ = reduce(&state, .indexReady(Built(EventIndex(corpus: corpus), revision: 0)))
    #expect(state.awaitingIndex)
    #expect(state.library.index == nil)
    _ = reduce(&state, .indexReady(Built(EventIndex(corpus: corpus), revision: 1)))
    #expect(!state.awaitingIndex)
    #expect(state.searchMatches == EventIndex(corpus: corpus).matches(EventQuery(search: "77"), in: corpus))
  }
}
