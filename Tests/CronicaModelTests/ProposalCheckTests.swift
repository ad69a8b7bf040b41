import Testing

@testable import CronicaModel

/// `Corpus(articles:proposals:themes:)` (the check of built proposals while they are stored)
/// against what it replaced: each event validated in a corpus of its own cited articles. Bad
/// events (a quote not verbatim, in another Unicode form, citing an unknown article, an unknown
/// or no theme, a blank title, an end before the start, no citation) are left out; the rest kept.
@Suite struct ProposalCheckTests {
  static let articles = [
    Article(
      id: "a", title: "A", outlet: "", authors: [], published: nil, publishedDisplay: "", dateBasis: "", origin: "a.md",
      text: "The council approved the plan on May 2, 2021.\n\nMe\u{301}rida signed it."),
    Article(
      id: "b", title: "B", outlet: "", authors: [], published: nil, publishedDisplay: "", dateBasis: "", origin: "b.md",
      text: "Officials met in Juárez."),
  ]

  static func event(_ quotes: [(String, String)], title: String = "The council approved the plan", themes: [String] = ["politics"], end: String? = nil) throws -> Event {
    Event(
      id: "", start: try EDTFDate(parsing: "2021-05-02"), end: try end.map { try EDTFDate(parsing: $0) }, display: "May 2, 2021",
      kind: EventKind(rawValue: "policy"), title: title, summary: title + ".", themes: themes,
      citations: quotes.map { Citation(article: $0.0, quote: $0.1) })
  }

  @Test func agreesWithValidatingEachEventAlone() throws {
    var events = [
      try Self.event([("a", "The council approved the plan")]),
      try Self.event([("a", "The council approved the plan"), ("b", "Officials met in Juárez.")]),
      try Self.event([("a", "the council approved")]),
      try Self.event([("a", "Mérida signed it.")]),
      try Self.event([("a", "Me\u{301}rida signed it.")]),
      try Self.event([("c", "The council")]),
      try Self.event([("a", "The council")], themes: ["nope"]),
      try Self.event([("a", "The council")], themes: []),
      try Self.event([("a", "The council")], title: " "),
      try Self.event([("a", "The council")], end: "2020"),
      try Self.event([]),
      try Self.event([("b", "Officials met in Juárez.")]),
      try Self.event([("b", "The council approved the plan")]),
    ]
    for index in events.indices { events[index].id = "e\(index)" }
    for themes in [Theme.defaultTaxonomy, Theme.defaultTaxonomy + Theme.defaultTaxonomy.prefix(1)] {
      let byID = Dictionary(Self.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let expected = events.map { event in
        var seen = Set<String>()
        let cited = event.citations.compactMap { seen.insert($0.article).inserted ? byID[$0.article] : nil }
        return Corpus(articles: cited, events: [event], themes: themes).validate().isEmpty
      }
      var proposals = events
      let corpus = Corpus(articles: Self.articles, proposals: &proposals, themes: themes)
      #expect(proposals == events)
      let kept = corpus.events.indices.map { corpus.events[$0].id }
      #expect(Set(kept) == Set(events.indices.filter { expected[$0] }.map { events[$0].id }))
      #expect(kept.count == expected.filter { $0 }.count)
      // What is kept is stored whole: its quotes point into the articles' texts.
      #expect(corpus.validate().allSatisfy { $0.file != CorpusFiles.events })
      for position in corpus.events.indices {
        let stored = corpus.events[position]
        #expect(stored == events.first { $0.id == stored.id })
      }
      #expect(expected.contains(true) == (themes.count == Theme.defaultTaxonomy.count))
    }
  }

  /// With several runs of events (one per core) and events dropped in each, the kept events come
  /// in the order a corpus of just them has, and each kept quote is in its article byte for byte.
  @Test func keepsTheOrderOfTheEventsThatPassAcrossRuns() throws {
    var events: [Event] = []
    for index in 0..<12_000 {
      var event = try Self.event([("a", index % 7 == 3 ? "the council approved" : "The council approved the plan")])
      event.id = "e\(index)"
      event.start = try EDTFDate(parsing: "20\(10 + index % 13)-05-02")
      events.append(event)
    }
    let passing = events.enumerated().filter { $0.offset % 7 != 3 }.map(\.element)
    // The only reference to its storage, as the builder's are: the store reads the events where
    // they lie (the same storage before and after), not in a copy of the whole array.
    var proposals = events.map { $0 }
    let storage = proposals.withUnsafeBufferPointer { $0.baseAddress }
    let checked = Corpus(articles: Self.articles, proposals: &proposals, themes: Theme.defaultTaxonomy)
    #expect(proposals.withUnsafeBufferPointer { $0.baseAddress } == storage)
    #expect(proposals == events)
    let plain = Corpus(articles: Self.articles, events: passing, themes: Theme.defaultTaxonomy)
    #expect(checked.events.count == passing.count)
    #expect(checked.events.indices.map { checked.events[$0].id } == plain.events.indices.map { plain.events[$0].id })
    let text = Self.articles[0].text.utf8
    for position in stride(from: 0, to: checked.events.count, by: 97) {
      for citation in checked.events[position].citations {
        #expect(text.firstRange(of: citation.quote.utf8) != nil)
      }
    }
  }
}
