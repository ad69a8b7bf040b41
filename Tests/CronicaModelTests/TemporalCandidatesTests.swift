import Testing

@testable import CronicaModel

/// The tagger tries at a token only the patterns `TemporalVocabulary.candidates` lists, and makes
/// the captures only of a match that ends after the best so far; the plain answer is to match
/// every pattern with its captures and keep the longest (the earliest among equals). On the gold
/// texts and on random text of the rules' words and words they do not know, every pattern that
/// matches at a token must be listed, and the best match must be the plain one.
@Suite struct TemporalCandidatesTests {
  static func describe(_ best: (pattern: Int, state: MatchState)?) -> String {
    guard let (p, state) = best else { return "none" }
    let captures = state.captures.pairs.map { "\($0.key)=\($0.value)" }.sorted()
    return "\(p) \(state.first)-\(state.last) end \(state.end) \(String(describing: state.unitPlural)) \(captures)"
  }

  /// Checks every token of a text; returns how many patterns matched.
  static func check(_ source: String, tagger: TemporalTagger) -> Int {
    let prepared = TemporalText(source, abbreviations: tagger.rules.abbreviations)
    let ids = prepared.tokens.indices.map { prepared.tokens[$0].kind == .number ? -1 : tagger.vocabulary.ids[prepared.lower($0)] ?? -1 }
    let plain = ids.withUnsafeBufferPointer { TemporalMatcher.tokens(prepared, ids: $0) }
    var path: [Int] = []
    var matched = 0
    for t in plain.indices {
      let listed = Set(tagger.vocabulary.candidates(in: plain, at: t))
      var best: (pattern: Int, state: MatchState)?
      for p in tagger.rules.patterns.indices where tagger.matcher.walk(p, plain, at: t, path: &path) != nil {
        #expect(listed.contains(p), "\(tagger.rules.patterns[p].id) at '\(prepared.lower(t))' in \(source.prefix(200))")
        matched += 1
        guard let state = tagger.match(p, in: prepared, tokens: plain, at: t, path: &path) else { continue }
        if best == nil || state.last > best!.state.last { best = (p, state) }
      }
      let found = tagger.bestMatch(at: t, in: prepared, tokens: plain, path: &path)
      #expect(Self.describe(found) == Self.describe(best), "at '\(prepared.lower(t))' in \(source.prefix(200))")
    }
    return matched
  }

  @Test func everyPatternThatMatchesIsACandidate() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var matched = 0
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) {
        matched += Self.check(try TemporalFixtures.text(of: document, in: folder), tagger: tagger)
      }
    }
    #expect(matched > 300, "the gold texts exercise the patterns")
    // Random runs of the rules' words, numbers, punctuation and unknown words.
    var pool = ["council", "approved", "plan", "District", "18th", "1990s", "2", "21", "2019", "1,200", "3.5", "January", "Monday", "May", "Q3", ".", ",", "-", "\n"]
    pool += tagger.vocabulary.ids.keys.sorted()
    var generator = SplitMix(seed: 20_261_206)
    var randomMatched = 0
    for _ in 0..<400 {
      let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
      randomMatched += Self.check(words.joined(separator: " "), tagger: tagger)
    }
    #expect(randomMatched > 200, "the random texts match patterns")
  }
}
