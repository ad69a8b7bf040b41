import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// The browser's derived tables are the same however their building was started.
@Suite struct LibraryTests {
  static let corpus = Fixtures.large(count: 3_000)

  /// The index and lookup tables as one comparable value.
  static func summary(of library: Library) -> [String] {
    let index = library.index
    return [
      "\(index.foldedBytes.count) \(index.foldedOffsets)",
      "\(index.matches(EventQuery(search: "event 12"), in: corpus))",
      "\(library.eventPositions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })",
      "\(library.corpus.articles.map { "\($0.id)=\(library.citations(ofArticle: $0.id).count)" })",
      "\(library.corpus.articles.map { "\($0.id)=\(library.eventCount(ofArticle: $0.id))" })",
    ]
  }

  @Test func backgroundOnDemandAndConcurrentReadersAgree() {
    let onDemand = Self.summary(of: Library(corpus: Self.corpus))
    let started = Library(corpus: Self.corpus)
    started.startBackgroundWork()
    started.startBackgroundWork()  // a second start is a no-op
    #expect(Self.summary(of: started) == onDemand)

    // Readers on many threads at once, with and without a start racing them, all see one value.
    for startFirst in [false, true] {
      let library = Library(corpus: Self.corpus)
      if startFirst { library.startBackgroundWork() }
      let seen = Slots(count: 8)
      DispatchQueue.concurrentPerform(iterations: 8) { reader in
        if reader == 3 { library.startBackgroundWork() }
        seen.put(reader, Self.summary(of: library))
      }
      #expect(seen.all.allSatisfy { $0 == onDemand }, "start first: \(startFirst)")
    }
    #expect(onDemand[1] != "[]")  // the comparison is not between empty tables
  }
}

/// One slot per concurrent reader.
private final class Slots: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [[String]]
  init(count: Int) { values = Array(repeating: [], count: count) }
  func put(_ slot: Int, _ value: [String]) { lock.withLock { values[slot] = value } }
  var all: [[String]] { lock.withLock { values } }
}

/// While the search index is being built, a search key returns at once; the results follow.
@Suite struct IndexWaitTests {
  @Test func searchDoesNotWaitForTheIndex() {
    let corpus = Fixtures.large(count: 3_000)
    let gate = DispatchSemaphore(value: 0)
    let library = Library(corpus: corpus) { corpus in
      gate.wait()
      return EventIndex(corpus: corpus)
    }
    var state = AppState(library: library, size: Size(width: 100, height: 30))
    library.startBackgroundWork()
    // Should a key wait for the index after all, it would wait 10 s and fail below, not hang.
    DispatchQueue.global().asyncAfter(deadline: .now() + 10) { gate.signal() }
    let everything = state.filtered
    _ = reduce(&state, .openFilter)
    _ = reduce(&state, .promptInput("1"))  // returns although the index cannot be built yet
    #expect(state.awaitingIndex)
    #expect(state.filtered == everything)
    #expect(Screen.render(state, keyMap: .standard).lines.joined(separator: "\n").contains("searching (building the index)…"))
    _ = reduce(&state, .move(.lineDown))  // other keys still work
    _ = reduce(&state, .promptInput("2"))
    #expect(state.awaitingIndex)
    gate.signal()
    while library.isIndexBuilding { Thread.sleep(forTimeInterval: 0.001) }
    _ = reduce(&state, .indexReady)
    #expect(!state.awaitingIndex)
    let expected = EventIndex(corpus: corpus).matches(EventQuery(search: "12"), in: corpus)
    #expect(!expected.isEmpty && expected.count < corpus.events.count)
    #expect(state.filtered == expected)
    #expect(!Screen.render(state, keyMap: .standard).lines.joined(separator: "\n").contains("searching"))
  }

  @Test func aSearchTypedWhileTheIndexIsBuiltMovesToItsFirstMatchOnceItIs() {
    let corpus = Fixtures.large(count: 3_000)
    let gate = DispatchSemaphore(value: 0)
    var state = AppState(library: Self.gated(corpus, gate), size: Size(width: 100, height: 30))
    for key in "/77" { _ = reduce(&state, key == "/" ? .openSearch : .promptInput(key)) }
    #expect(state.awaitingIndex)
    #expect(state.selection == 0)
    Self.release(gate, &state)
    let expected = EventIndex(corpus: corpus).matches(EventQuery(search: "77"), in: corpus)
    #expect(state.searchMatches == expected)
    #expect(state.filtered.count == corpus.events.count)  // a search hides nothing
    #expect(state.selectedEvent == expected.first)
  }

  /// Esc on a search typed while the index is built puts the list back as it was: nothing waits
  /// for the index any more (the export and n worked again only once it was built).
  @Test func cancellingASearchTypedWhileTheIndexIsBuiltWaitsForNothing() {
    let gate = DispatchSemaphore(value: 0)
    var state = AppState(library: Self.gated(Fixtures.large(count: 500), gate), size: Size(width: 100, height: 30))
    for key in "/77" { _ = reduce(&state, key == "/" ? .openSearch : .promptInput(key)) }
    #expect(state.awaitingIndex)
    _ = reduce(&state, .cancel)
    let waiting = state.awaitingIndex
    #expect(!waiting)
    #expect(!Screen.render(state, keyMap: .standard).lines.joined().contains("building the index"))
    _ = reduce(&state, .openExport)
    _ = reduce(&state, .promptHistory(older: true))
    #expect(reduce(&state, .promptSubmit).count == 1)  // the export, not "still being built"
    Self.release(gate, &state)
  }

  /// A library whose index waits for `gate` (released after 10 s at the latest, so that a key
  /// that waits for the index after all fails the test instead of hanging it).
  static func gated(_ corpus: Corpus, _ gate: DispatchSemaphore) -> Library {
    let library = Library(corpus: corpus) { corpus in
      gate.wait()
      return EventIndex(corpus: corpus)
    }
    library.startBackgroundWork()
    DispatchQueue.global().asyncAfter(deadline: .now() + 10) { gate.signal() }
    return library
  }

  /// Waits until the gated index is built, then tells the state (as the terminal's loop does).
  static func release(_ gate: DispatchSemaphore, _ state: inout AppState) {
    gate.signal()
    while state.library.isIndexBuilding { Thread.sleep(forTimeInterval: 0.001) }
    _ = reduce(&state, .indexReady)
  }

  @Test func whileWaitingExportAndMatchStepsSaySoAndANoMatchIsReportedAfter() {
    let gate = DispatchSemaphore(value: 0)
    var state = AppState(library: Self.gated(Fixtures.large(count: 500), gate), size: Size(width: 100, height: 30))
    for key in "&zzz" { _ = reduce(&state, key == "&" ? .openFilter : .promptInput(key)) }
    _ = reduce(&state, .promptSubmit)
    #expect(state.awaitingIndex)
    _ = reduce(&state, .nextMatch)
    #expect(state.message?.text.contains("still being built") == true)
    _ = reduce(&state, .openExport)
    _ = reduce(&state, .promptHistory(older: true))
    #expect(reduce(&state, .promptSubmit).isEmpty)  // no export effect of the stale list
    #expect(state.message?.isError == true && state.message?.text.contains("still being built") == true)
    Self.release(gate, &state)
    #expect(state.filtered.isEmpty)
    #expect(state.message?.text == "no event matches \"zzz\"")
  }

  @Test func themesPanelOfALargeTaxonomyDoesNotWaitForTheIndex() {
    // 65 themes: too many for one word of bits, so the panel's counts need the index's masks.
    let base = Fixtures.large(count: 2_000)
    let themes = base.themes + (base.themes.count..<65).map { Theme(key: "extra\($0)", label: "Extra", description: "", phrases: []) }
    let corpus = Corpus(articles: base.articles, events: Array(base.events), themes: themes)
    let gate = DispatchSemaphore(value: 0)
    var state = AppState(library: Self.gated(corpus, gate), size: Size(width: 100, height: 30))
    _ = reduce(&state, .openThemes)
    #expect(state.awaitingIndex)
    Self.release(gate, &state)
    #expect(!state.awaitingIndex)
    let expected = themes.map { theme in corpus.events.filter { $0.themes.contains(theme.key) }.count }
    #expect(state.themeCounts == expected)
    #expect(expected.reduce(0, +) > 0)
  }

  @Test func indexReadyWithoutAWaitingQueryChangesNothing() {
    var state = AppState(library: Library(corpus: Fixtures.corpus), size: Size(width: 100, height: 30))
    _ = reduce(&state, .move(.lineDown))
    _ = reduce(&state, .openSearch)
    _ = reduce(&state, .promptInput("x"))
    let before = (state.filtered, state.selection, state.query, Screen.render(state))
    _ = reduce(&state, .indexReady)
    #expect(state.filtered == before.0 && state.selection == before.1 && state.query == before.2)
    #expect(Screen.render(state) == before.3)
  }
}
