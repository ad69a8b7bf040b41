import Testing

@testable import CronicaModel

/// A store assembled from runs of events (`StorePiece`) holds every event at its place, however
/// the runs are cut, the events reordered and the store cut into stretches for the cores to fill.
@Suite struct StorePiecesTests {
  static let articles = ["a", "b"].map { id in
    Article(
      id: id, title: id, outlet: "Outlet", authors: [], published: nil, publishedDisplay: "", dateBasis: "",
      origin: "", text: "First sentence of \(id). Second sentence of \(id). Third one.")
  }

  /// Ten events of different sizes: quotes found in the articles or not, one to three themes (one
  /// not in the taxonomy).
  static let events: [Event] = (0..<10).map { number in
    let article = number % 3 == 0 ? "b" : "a"
    let quotes = ["First sentence of \(article).", "Second sentence of \(article).", "not in the text \(number)"]
    return Event(
      id: "event-\(number)", start: EDTFDate(PartialDate(year: 2000 + number % 4)!), display: "\(2000 + number % 4)",
      kind: EventKind(rawValue: number % 2 == 0 ? "meeting" : "report"), title: "Title \(number)",
      summary: String(repeating: "words ", count: number + 1),
      themes: Array(["security", "justice", "no-such-theme"].prefix(1 + number % 3)),
      citations: quotes.prefix(1 + number % 3).map { Citation(article: article, quote: $0) })
  }

  @Test(arguments: [nil, [9, 2, 3, 4, 0, 1, 8, 7, 5, 6]])
  func everyEventAtItsPlace(order: [Int]?) {
    let layout = StoreLayout(articles: Self.articles, themes: Theme.defaultTaxonomy)
    let expected = order.map { $0.map { Self.events[$0] } } ?? Self.events
    for runs in [[0..<10], [0..<3, 3..<7, 7..<10], [0..<1, 1..<9, 9..<10]] {
      for stretches in [[0..<10], [0..<1, 1..<5, 5..<10], [0..<4, 4..<8, 8..<10]] {
        let pieces = runs.map { run in
          var piece = StorePiece(layout.context, events: run.count)
          for index in run { piece.append(Self.events[index]) }
          return piece
        }
        let store = EventList(pieces: pieces, order: order, layout: layout, stretches: stretches)
        #expect(Array(store) == expected, "runs \(runs), stretches \(stretches)")
        for article in Self.articles.indices {
          let cited = expected.indices.flatMap { event in
            expected[event].citations.indices.filter { expected[event].citations[$0].article == Self.articles[article].id }
              .map { "\(event).\($0)" }
          }
          #expect(store.citations(ofArticleAt: article).map { "\($0.event).\($0.citation)" } == cited)
        }
      }
    }
  }
}
