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

  /// The table of candidates holding these terms, each run's numbered by a vocabulary of its own
  /// (which first numbers `unheld`, terms only a discarded clause had).
  static func table(_ sets: [Set<String>], runs: [Range<Int>], unheld: [String] = []) -> TermTable {
    let date = CandidateDate(start: PartialDate(year: 2020)!, display: "2020", evidence: "absolute")
    var vocabularies: [TermVocabulary] = []
    var candidates: [BuildCandidate] = []
    for run in runs {
      var vocabulary = TermVocabulary()
      for term in unheld { _ = vocabulary.number(of: term) }
      for index in run {
        candidates.append(
          BuildCandidate(
            article: index, sentence: 0, quotes: [], date: date, kind: EventKind(rawValue: "other"), title: "",
            terms: sets[index].sorted().map { vocabulary.number(of: $0) }.sorted(), rules: [], score: 0))
      }
      vocabularies.append(vocabulary)
    }
    return TermTable(candidates, vocabularies: vocabularies, runs: runs)
  }

  @Test(arguments: [
    [0..<9], [0..<1, 1..<9], [0..<3, 3..<6, 6..<9], [0..<4, 4..<5, 5..<6, 6..<8, 8..<9], [0..<8, 8..<9],
    [0..<0, 0..<9, 9..<9],
  ])
  func numbersCountsAndListsDoNotDependOnTheRuns(runs: [Range<Int>]) {
    for unheld in [[], ["w:ghost", "n:aaa", "#:0"]] {
      let table = Self.table(Self.termSets, runs: runs, unheld: unheld)
      // What the table must hold, found the plain way: terms no candidate holds are not in it.
      let vocabulary = Set(Self.termSets.joined()).sorted()
      let number = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
      #expect(table.texts == vocabulary)
      #expect(table.counts == vocabulary.map { term in Self.termSets.filter { $0.contains(term) }.count })
      #expect(
        table.kinds == vocabulary.map { $0.hasPrefix("w:") ? .word : $0.hasPrefix("#:") ? .figure : .name })
      #expect(table.lists == Self.termSets.map { $0.map { number[$0]! }.sorted() })
    }
  }

  /// Random candidates cut into up to twenty runs at random places (empty runs too), each run's
  /// vocabulary also holding terms no candidate of it holds: the table is the plain one.
  @Test func randomRunsMergeIntoThePlainTable() {
    var generator = SplitMix(seed: 20_261_206)
    let kinds = ["w:", "n:", "#:"]
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let pool: [String] = (0..<60).map { (index: Int) -> String in kinds[index % 3] + String(letters[index % 26]) + String(index / 26) }
    for _ in 0..<50 {
      var sets: [Set<String>] = []
      for _ in 0..<Int.random(in: 0...200, using: &generator) {
        var terms: Set<String> = []
        for _ in 0..<Int.random(in: 0...6, using: &generator) { terms.insert(pool[Int.random(in: 0..<pool.count, using: &generator)]) }
        sets.append(terms)
      }
      var cuts: [Int] = [0]
      for _ in 0..<Int.random(in: 0...19, using: &generator) { cuts.append(Int.random(in: 0...sets.count, using: &generator)) }
      cuts = cuts.sorted() + [sets.count]
      var runs: [Range<Int>] = []
      for index in 1..<cuts.count { runs.append(cuts[index - 1]..<cuts[index]) }
      let table = Self.table(sets, runs: runs, unheld: [pool[Int.random(in: 0..<pool.count, using: &generator)], "w:unheld"])
      let vocabulary = Set(sets.joined()).sorted()
      var number: [String: Int32] = [:]
      for (index, term) in vocabulary.enumerated() { number[term] = Int32(index) }
      #expect(table.texts == vocabulary)
      #expect(table.counts == vocabulary.map { term in sets.filter { $0.contains(term) }.count })
      #expect(table.lists == sets.map { terms in terms.map { number[$0]! }.sorted() })
    }
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
    for copies in [1, 2, 5] {
      let all = (0..<copies).flatMap { _ in sets }
      let table = Self.table(all, runs: [0..<all.count / 2, all.count / 2..<all.count])
      // The plain way: each candidate's stems, counted.
      var counts: [String: Int] = [:]
      for terms in all {
        let stems = Set(terms.filter { !$0.hasPrefix("#:") }.map { ArticleReading.stem(String($0.dropFirst(2))) })
        for stem in stems { counts[stem, default: 0] += 1 }
      }
      let limit = max(3, all.count / 10)
      let expected = Set(counts.filter { $0.value > limit }.keys)
      #expect(ChronologyBuilder.commonWords(table) == expected, "\(copies) copies")
      #expect(expected.contains("plan") && expected.contains("Mexico"))
      #expect(expected.contains("homicide") == (copies == 5))
      #expect(!expected.contains("7"))
    }
  }
}
