import CronicaModel
import CronicaTestSupport
import Testing

@testable import CronicaUI

/// A scan split across cores keeps exactly the events, in the order, of a scan in one piece.
@Suite struct EventFilterPiecesTests {
  static let library = Library(corpus: Fixtures.large(count: 5_000))

  @Test(arguments: [
    EventQuery(search: "event 1"), EventQuery(search: "e"), EventQuery(themes: ["arms"], search: "the"),
    EventQuery(search: "zzz-nothing"),
  ])
  func piecesAgreeWithOnePiece(query: EventQuery) {
    let whole = EventFilter.matches(query, library: Self.library, candidates: nil, pieceSize: 1_000_000)
    let split = EventFilter.matches(query, library: Self.library, candidates: nil, pieceSize: 700)
    #expect(split == whole)
    #expect(whole == Self.library.readyIndex.matches(query, in: Self.library.corpus))
    // Narrowing from candidates (every third event) gives the same subset either way.
    let candidates = Array(stride(from: 0, to: Self.library.corpus.events.count, by: 3))
    let fromCandidates = EventFilter.matches(query, library: Self.library, candidates: candidates, pieceSize: 700)
    #expect(fromCandidates == whole.filter { $0 % 3 == 0 })
  }

  @Test(arguments: [false, true])
  func themeCountsInPiecesAgreeWithCountingEachEvent(manyThemes: Bool) {
    let base = Fixtures.large(count: 3_000)
    // 70 themes: more than one word of bits per event, so the index's words are counted.
    let themes = manyThemes
      ? base.themes + (base.themes.count..<70).map { Theme(key: "extra\($0)", label: "Extra", description: "", phrases: []) }
      : base.themes
    var events = Array(base.events)
    if manyThemes { for position in stride(from: 0, to: events.count, by: 5) { events[position].themes.append("extra69") } }
    let library = Library(corpus: Corpus(articles: base.articles, events: events, themes: themes))
    let expected = themes.map { theme in library.corpus.events.filter { $0.themes.contains(theme.key) }.count }
    #expect(ThemeCounter.counts(library: library, positions: nil, pieceSize: 500) == expected)
    #expect(ThemeCounter.counts(library: library, positions: nil, pieceSize: 1_000_000) == expected)
    let some = Array(stride(from: 1, to: events.count, by: 2))
    let expectedSome = themes.map { theme in some.filter { library.corpus.events[$0].themes.contains(theme.key) }.count }
    #expect(ThemeCounter.counts(library: library, positions: some, pieceSize: 300) == expectedSome)
    #expect(expected.last! > 0)
  }
}
