import Testing

@testable import CronicaModel

/// `Corpus.repeated` (duplicate article ids, theme keys and event ids) against the plain
/// definition: a `Set<String>` of the strings seen so far.
@Suite struct RepeatedStringsTests {
  /// The plain answer, as `taxonomyProblems` found it before the hashes were taken on all cores.
  static func plainRepeated(_ strings: [String]) -> [Bool] {
    var seen = Set<String>()
    return strings.map { !seen.insert($0).inserted }
  }

  /// Strings that are equal but spelled differently (`é` composed and decomposed, the Kelvin sign
  /// and `K`, CR LF), empty, long, beyond ASCII, differing only at the end.
  static let hostile = [
    "", " ", "a", "A", "é", "e\u{301}", "K", "\u{212A}", "\r\n", "\n", "\r", "\n\r", "Culiacán", "Culiaca\u{301}n",
    String(repeating: "x", count: 5_000), String(repeating: "x", count: 4_999) + "y", "🇲🇽", "🇲", "\u{0}", "id-1", "id-10",
    "ﬁ", "fi", "Å", "A\u{30A}", "\u{212B}",
  ]

  @Test("the strings equal to an earlier one, over random lists with many repeats, on one piece and many")
  func matchesASet() {
    var random = SplitMix(seed: 14)
    var manyPieces = 0
    var repeatsFound = 0
    for round in 0..<60 {
      // Lengths from 0 to past the size at which the hashes are taken in several pieces.
      let count = round % 3 == 0 ? Int.random(in: 9_000...20_000, using: &random) : Int.random(in: 0...300, using: &random)
      // A pool small enough for repeats, large enough for distinct strings whose table slots meet.
      let poolSize = Int.random(in: 1...(count + 2), using: &random)
      let pool = Self.hostile + (0..<poolSize).map { "a\(($0 &* 2_654_435_761) % 1_000_003)" }
      let strings = (0..<count).map { _ in pool.randomElement(using: &random) ?? "" }
      let expected = Self.plainRepeated(strings)
      #expect(Corpus.repeated(count: strings.count) { strings[$0] } == expected)
      #expect(Corpus.repeatedIDs(strings) == expected)
      if Parallel.ranges(of: count, minimum: 4_096).count > 1 { manyPieces += 1 }
      repeatsFound += expected.count { $0 }
    }
    #expect(manyPieces >= 10)
    #expect(repeatsFound > 10_000)
  }

  @Test("every hostile string after every other: equal spellings are repeats, as a Set tells them")
  func hostilePairs() {
    for first in Self.hostile {
      for second in Self.hostile {
        let strings = [first, second, first]
        #expect(Corpus.repeated(count: 3) { strings[$0] } == Self.plainRepeated(strings))
      }
    }
    // Canonically equivalent spellings are one id, as they were.
    #expect(Corpus.repeated(count: 2) { ["é", "e\u{301}"][$0] } == [false, true])
  }

  @Test("duplicate article ids and theme keys are reported in order, once for each repeat")
  func taxonomyProblemsInOrder() {
    let ids = ["a", "b", "a", "c", "b", "a", "e\u{301}", "é"]
    let articles = ids.map {
      Article(
        id: $0, title: "T", outlet: "", authors: [], published: nil, publishedDisplay: "", dateBasis: "", origin: "a.md",
        text: "x")
    }
    let themes = ["x", "y", "x"].map { Theme(key: $0, label: $0, description: "", phrases: []) }
    let problems = Corpus.taxonomyProblems(articles: articles, themes: themes)
    #expect(
      problems.map(\.location) == [
        "articles[2].id", "articles[4].id", "articles[5].id", "articles[7].id", "themes[2].key",
      ])
    #expect(problems.first?.message == "duplicate article id 'a'")
  }
}
