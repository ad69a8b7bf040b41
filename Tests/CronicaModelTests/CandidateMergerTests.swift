import Testing

@testable import CronicaModel

/// `CandidateMerger` puts candidates of different articles about one happening in one group, and
/// never two candidates of one article, however alike (it reads that from each group's last
/// member: the candidates come in article order).
@Suite struct CandidateMergerTests {
  static let date = CandidateDate(start: PartialDate(year: 2020)!, display: "2020", evidence: "absolute")

  /// Candidates of the given articles (in order) holding the given terms, and their groups.
  static func groups(_ candidates: [(article: Int, terms: [String])]) -> [[Int]] {
    var vocabulary = TermVocabulary()
    let built = candidates.enumerated().map { index, candidate in
      BuildCandidate(
        article: candidate.article, sentence: index, quotes: [], date: date, kind: EventKind(rawValue: "other"),
        title: "", terms: candidate.terms.map { vocabulary.number(of: $0) }.sorted(), rules: [], score: 0)
    }
    let terms = TermTable(built, vocabularies: [vocabulary], runs: [0..<built.count])
    return CandidateMerger.groups(built, terms: terms)
  }

  static let alike = ["n:sinaloa", "w:seizure", "#:14"]

  @Test func alikeCandidatesOfTwoArticlesMergeAndOfOneArticleDoNot() {
    #expect(Self.groups([(0, Self.alike), (1, Self.alike)]) == [[0, 1]])
    #expect(Self.groups([(0, Self.alike), (0, Self.alike)]) == [[0], [1]])
    // The second article's candidate joins the first group; the third, of the same second
    // article, cannot, and starts its own.
    #expect(Self.groups([(0, Self.alike), (1, Self.alike), (1, Self.alike)]) == [[0, 1], [2]])
    // An article's candidate that joined one group does not keep it out of another.
    let other = ["n:tijuana", "w:arrest", "#:3"]
    #expect(
      Self.groups([(0, Self.alike), (0, other), (1, other), (1, Self.alike)]) == [[0, 3], [1, 2]])
  }

  /// Random candidates in article order, most of them about one of ten happenings (its three
  /// terms, now and then one more) so that many merge: no group holds two candidates of one
  /// article, and every candidate is in exactly one group.
  @Test func noGroupHoldsTwoCandidatesOfOneArticle() {
    var generator = SplitMix(seed: 20_261_206)
    let happenings = (0..<10).map { ["n:place\($0)", "w:act\($0)", "#:\($0)"] }
    var merged = 0
    for _ in 0..<30 {
      var candidates: [(article: Int, terms: [String])] = []
      var article = 0
      for _ in 0..<Int.random(in: 1...60, using: &generator) {
        if Bool.random(using: &generator) { article += 1 }
        var terms = happenings.randomElement(using: &generator)!
        if Bool.random(using: &generator) { terms.append("w:extra\(Int.random(in: 0..<20, using: &generator))") }
        candidates.append((article, terms))
      }
      let groups = Self.groups(candidates)
      #expect(groups.joined().sorted() == Array(candidates.indices))
      for group in groups {
        let articles = group.map { candidates[$0].article }
        #expect(Set(articles).count == articles.count, "\(group) holds \(articles)")
        if articles.count > 1 { merged += 1 }
      }
    }
    #expect(merged > 50, "few merges: the test would say little")
  }
}

/// `TermPostings` (lists through one array) against an array of postings for each term.
@Suite struct TermPostingsTests {
  @Test func recentPostingsAreTheLastOnesOfEachTermsArray() {
    var generator = SplitMix(seed: 64)
    for terms in [1, 3, 50] {
      var postings = TermPostings(terms: terms)
      var plain = [[Int32]](repeating: [], count: terms)
      var recent: [Int32] = []
      var longLists = 0
      for step in 0..<3_000 {
        let term = Int.random(in: 0..<terms, using: &generator)
        let limit = [1, 5, 64].randomElement(using: &generator)!
        postings.recent(term, limit: limit, into: &recent)
        #expect(recent == Array(plain[term].suffix(limit)), "step \(step)")
        #expect(postings.last(term) == plain[term].last)
        if plain[term].count > limit { longLists += 1 }
        let group = Int32.random(in: 0..<200, using: &generator)
        postings.post(group, to: term)
        plain[term].append(group)
      }
      #expect(longLists > 100)
    }
  }
}
