import Foundation
import Testing

@testable import CronicaModel

/// `EventIndex.matches` search (byte search for ASCII, Foundation otherwise) keeps exactly the
/// events that Foundation's folding and `contains` keep.
@Suite struct EventIndexSearchTests {
  static let titles: [String] = [
    "Merida Initiative begins", "The Mérida Initiative", "Ciudad Juárez homicides", "Straße border talks",
    "İstanbul meeting", "ﬁnal report on fentanyl", "Me\u{301}rida decomposed", "墨西哥 security", "👨‍👩‍👧 families",
    "FY 2019-22 seizures", "a\r\nb line ends", "Kelvin \u{212A} sign", "Greek question \u{037E} mark",
  ]
  static let needles: [String] = [
    "merida", "MÉRIDA", "me", "juarez", "strasse", "ss", "istanbul", "final", "fi", "墨西哥", "👨", "fy 2019",
    "a\r", "k", ";", "e\u{301}", "rida", "xyz", "2",
  ]

  static func corpus() throws -> Corpus {
    let theme = Theme(key: "arms", label: "Arms", description: "", phrases: [])
    let events = try titles.enumerated().map { index, title in
      Event(
        id: "e\(index)", start: try EDTFDate(parsing: "\(2000 + index)"), display: "\(2000 + index)",
        kind: .policy, title: title, summary: "", themes: ["arms"], citations: [Citation(article: "a", quote: "q")])
    }
    return Corpus(articles: [], events: events, themes: [theme])
  }

  @Test(arguments: needles)
  func searchKeepsWhatFoundationKeeps(needle: String) throws {
    let corpus = try Self.corpus()
    let index = EventIndex(corpus: corpus)
    let reference = corpus.events.indices.filter { position in
      let event = corpus.events[position]
      let text = TextFolding.foundationFold([event.title, event.summary, "q"].joined(separator: "\n"))
      return text.contains(TextFolding.foundationFold(needle))
    }
    #expect(index.matches(EventQuery(search: needle), in: corpus) == reference)
  }

  @Test func asciiTextsAreMarkedForTheByteSearch() throws {
    let corpus = try Self.corpus()
    let index = EventIndex(corpus: corpus)
    let ascii = index.foldedIsASCII.map { $0 != 0 }
    #expect(ascii == corpus.events.indices.map { index.foldedText(at: $0).unicodeScalars.allSatisfy(\.isASCII) })
    #expect(ascii.contains(true) && ascii.contains(false))
  }
}
