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
    #expect(whole == Self.library.index.matches(query, in: Self.library.corpus))
    // Narrowing from candidates (every third event) gives the same subset either way.
    let candidates = Array(stride(from: 0, to: Self.library.corpus.events.count, by: 3))
    let fromCandidates = EventFilter.matches(query, library: Self.library, candidates: candidates, pieceSize: 700)
    #expect(fromCandidates == whole.filter { $0 % 3 == 0 })
  }
}
