import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// Large corpora are read and indexed in pieces on several cores; the result must be exactly
/// what one core reading everything in order gives.
@Suite struct LargeCorpusPiecesTests {
  /// 12,000 events (several pieces), every third with an ASCII-only text and some with escapes.
  static let events: [Event] = Fixtures.large(count: 12_000).events.enumerated().map { position, event in
    var event = event
    if position % 3 == 0 { event.title = "Plain ASCII title \(position)" }
    if position % 1_000 == 7 { event.summary = "Quote \"inside\"\n\ttab \u{1F600} \\ end." }
    return event
  }

  static func encoded(_ events: [Event]) throws -> Data {
    try JSONEncoder().encode(CorpusFiles.EventsFile(formatVersion: 1, events: events))
  }

  @Test func aLargeFileReadInPiecesEqualsTheDecodersReading() throws {
    let data = try Self.encoded(Self.events)
    let fast = try #require(EventsFileScanner.events(in: data, bytesPerPiece: 100_000))
    #expect(fast == Self.events)
    #expect(fast == (try JSONDecoder().decode(CorpusFiles.EventsFile.self, from: data).events))
  }

  @Test func aBadEventInALaterPieceSendsTheFileToTheDecoder() throws {
    var text = String(decoding: try Self.encoded(Self.events), as: UTF8.self)
    let target = "\"id\":\"e11000\""
    let range = try #require(text.range(of: target))
    text.replaceSubrange(range, with: "\"id\":11000")
    #expect(EventsFileScanner.events(in: Data(text.utf8), bytesPerPiece: 100_000) == nil)
  }

  /// Cuts are guessed at `}`, `,`, `{`; text that looks like that inside strings must not fool them.
  @Test(arguments: [#"x }, {"id": "fake"} y"#, "x }, {} y", "x }, { ", "}, {\"id\": 1}, {"])
  func boundaryLookalikesInsideStringsAreNotCuts(_ decoy: String) throws {
    let events = Self.events.map { event in
      var event = event
      event.summary = decoy
      event.citations[0].quote = decoy + decoy
      return event
    }
    let data = try Self.encoded(events)
    for bytesPerPiece in [1_000, 100_000, 1_000_000] {
      let fast = try #require(EventsFileScanner.events(in: data, bytesPerPiece: bytesPerPiece))
      #expect(fast == events)
    }
  }

  @Test func theIndexBuiltInPiecesMatchesFoundationsFoldingAndSearch() throws {
    let corpus = Corpus(articles: Fixtures.large(count: 1).articles, events: Self.events, themes: Fixtures.themes)
    let index = EventIndex(corpus: corpus)
    #expect(index.foldedOffsets.count == corpus.events.count + 1)
    for position in stride(from: 0, to: corpus.events.count, by: 997) {
      let event = corpus.events[position]
      let reference = TextFolding.foundationFold(([event.title, event.summary] + event.citations.map(\.quote)).joined(separator: "\n"))
      #expect(index.foldedText(at: position) == reference)
    }
    for needle in ["plain ascii title 11", "merida", "INSIDE", "😀"] {
      let reference = corpus.events.indices.filter { position in
        let event = corpus.events[position]
        return TextFolding.foundationFold(([event.title, event.summary] + event.citations.map(\.quote)).joined(separator: "\n"))
          .contains(TextFolding.foundationFold(needle))
      }
      #expect(index.matches(EventQuery(search: needle), in: corpus) == reference, "\(needle)")
    }
    let themeReference = corpus.events.indices.filter { corpus.events[$0].themes.contains("cash") }
    #expect(index.matches(EventQuery(themes: ["cash"]), in: corpus) == themeReference)
  }

  @Test func validationInPiecesReportsEveryProblemInFileOrder() {
    var events = Self.events
    events[10].themes = ["no-such-theme"]
    events[6_000].citations[0].quote = "Not in the article."
    events[9_000].id = events[5].id
    events[11_999].title = "  "
    let corpus = Corpus(articles: Fixtures.large(count: 1).articles, events: events, themes: Fixtures.themes)
    let problems = corpus.validate(fileEvents: events)
    #expect(problems.map(\.location) == [
      "events[10].themes[0]", "events[6000].citations[0].quote", "events[9000].id", "events[11999].title",
    ])
    #expect(problems[2].message.contains("duplicate event id '\(events[5].id)'"))
  }

  @Test func sortingPositionsGivesTheStableChronologicalOrder() {
    var generator = SystemRandomNumberGenerator()
    var events = Self.events.shuffled(using: &generator)
    events += events.prefix(50)  // exact duplicates: their order must stay the given order
    func positions(_ events: [Event]) -> [Int] {
      Corpus.chronologicalPositions(events.map(ChronologicalKey.init)) { events[$0].id }
    }
    let sorted = positions(events).map { events[$0] }
    #expect(sorted == events.sorted(by: Corpus.chronologicalOrder))
    #expect(positions(sorted) == Array(sorted.indices))
  }
}
