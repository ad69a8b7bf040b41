import Testing

@testable import CronicaModel

/// `TermTable` numbers terms by their sorted place and counts them across all candidates, however
/// the candidates are cut into runs for the cores (the runs' vocabularies are merged).
@Suite struct TermTableTests {
  /// Candidates whose terms are spread so that runs share some terms, hold some alone, and end
  /// with terms no other run has (the last run's, the first run's).
  static let termSets: [Set<String>] = [
    ["w:plan", "#:7", "n:mexico"], ["w:plan", "n:zeta"], ["#:7"], ["w:arm", "n:mexico", "w:plan"],
    ["n:aaa", "w:zzz"], [], ["w:plan", "#:99", "n:mexico", "w:arm"], ["n:zeta", "w:seiz"], ["w:zzzz"],
  ]

  static func candidates() -> [BuildCandidate] {
    let date = CandidateDate(start: PartialDate(year: 2020)!, display: "2020", evidence: "absolute")
    return termSets.enumerated().map { index, terms in
      BuildCandidate(
        article: index, sentence: 0, quotes: [], date: date, kind: EventKind(rawValue: "other"), title: "",
        terms: terms, rules: [], score: 0)
    }
  }

  @Test(arguments: [
    [0..<9], [0..<1, 1..<9], [0..<3, 3..<6, 6..<9], [0..<4, 4..<5, 5..<6, 6..<8, 8..<9], [0..<8, 8..<9],
  ])
  func numbersCountsAndListsDoNotDependOnTheRuns(runs: [Range<Int>]) {
    let table = TermTable(Self.candidates(), runs: runs)
    // What the table must hold, found the plain way.
    let vocabulary = Set(Self.termSets.joined()).sorted()
    let number = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
    #expect(table.counts == vocabulary.map { term in Self.termSets.filter { $0.contains(term) }.count })
    #expect(
      table.kinds == vocabulary.map { $0.hasPrefix("w:") ? .word : $0.hasPrefix("#:") ? .figure : .name })
    #expect(table.lists == Self.termSets.map { $0.map { number[$0]! }.sorted() })
  }

  /// `ChronologyBuilder.commonWords` stems each term of the table once; it must find what
  /// stemming every term of every candidate finds: the stems (figures aside) held by more than a
  /// tenth of the candidates and at least three, a candidate counted once per stem even when two
  /// of its terms share it (`w:plans`, `w:plan`), names as words.
  @Test func commonWordsAgreeWithStemmingEveryCandidatesTerms() {
    let sets: [Set<String>] = [
      ["w:plans", "w:plan", "#:7", "n:Mexico"], ["w:plan", "#:7"], ["w:planned", "n:Mexico", "#:12"],
      ["w:plans", "w:seized"], ["w:seizes", "n:Mexico"], ["w:plan", "n:Mexico", "w:seiz"], ["#:7"], ["w:homicides"],
    ]
    let date = CandidateDate(start: PartialDate(year: 2020)!, display: "2020", evidence: "absolute")
    for copies in [1, 2, 5] {
      let candidates = (0..<copies).flatMap { _ in sets }.enumerated().map { index, terms in
        BuildCandidate(
          article: index, sentence: 0, quotes: [], date: date, kind: EventKind(rawValue: "other"), title: "",
          terms: terms, rules: [], score: 0)
      }
      // The plain way: each candidate's stems, counted.
      var counts: [String: Int] = [:]
      for candidate in candidates {
        let stems = Set(candidate.terms.filter { !$0.hasPrefix("#:") }.map { ArticleReading.stem(String($0.dropFirst(2))) })
        for stem in stems { counts[stem, default: 0] += 1 }
      }
      let limit = max(3, candidates.count / 10)
      let expected = Set(counts.filter { $0.value > limit }.keys)
      #expect(ChronologyBuilder.commonWords(TermTable(candidates)) == expected, "\(copies) copies")
      #expect(expected.contains("plan") && expected.contains("Mexico"))
      #expect(expected.contains("homicide") == (copies == 5))
      #expect(!expected.contains("7"))
    }
  }
}
