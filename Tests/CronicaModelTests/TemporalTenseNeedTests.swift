import Foundation
import Testing

@testable import CronicaModel

/// The tagger reads a sentence's tense only for a match whose pattern `readsTense`: every other
/// match resolves the same under any tense (the plain answer, which read it for every match).
@Suite struct TemporalTenseNeedTests {
  /// Every match of the tagger's walk over a text: its pattern and state.
  static func matches(_ text: String, tagger: TemporalTagger) -> (TemporalText, [(pattern: Int, state: MatchState)]) {
    let prepared = TemporalText(text, abbreviations: tagger.rules.abbreviations)
    let ids = prepared.tokens.indices.map { prepared.tokens[$0].kind == .number ? -1 : tagger.vocabulary.ids[prepared.lower($0)] ?? -1 }
    let plain = ids.withUnsafeBufferPointer { TemporalMatcher.tokens(prepared, ids: $0) }
    var path: [Int] = []
    var found: [(pattern: Int, state: MatchState)] = []
    var i = 0
    while i < prepared.tokens.count {
      guard let best = tagger.bestMatch(at: i, in: prepared, tokens: plain, path: &path) else {
        i += 1
        continue
      }
      found.append(best)
      i = best.state.end
    }
    return (prepared, found)
  }

  /// What a match resolves to under each tense, in every kind of context the tagger gives it.
  static func answers(
    _ pattern: TemporalPattern, _ state: MatchState, tagger: TemporalTagger, contexts: [ResolutionContext]
  ) -> [[String]] {
    [TemporalTense.past, .present, .future].map { tense in
      contexts.map { context in
        let r = tagger.resolveOverPublication(pattern, state, context: context, tense: tense)
        return "\(r.value ?? "nil") \(r.mod ?? "nil") \(r.anchor) \(r.pointDate?.iso ?? "nil")"
      }
    }
  }

  static func contexts(_ generator: inout SplitMix) throws -> [ResolutionContext] {
    let published = try [
      "2019-05-18", "2017-05-22/2017-05-28", "2018-12-31", "2020-01-01", "2019-03", "2016/2017-02",
    ].map { try EDTFDate(parsing: $0) }
    var contexts: [ResolutionContext] = []
    for mode in TemporalMode.allCases {
      for date in [nil] + published.map(Optional.some) {
        var context = ResolutionContext(published: date, mode: mode)
        contexts.append(context)
        let year = Int.random(in: 1990...2030, using: &generator)
        let month = Int.random(in: 1...12, using: &generator)
        context.lastMentioned = PartialDate(year: year, month: month, day: Int.random(in: 1...28, using: &generator))
        contexts.append(context)
        context.lastMentioned = PartialDate(year: year, month: month)
        contexts.append(context)
      }
    }
    return contexts
  }

  @Test func aMatchThatReadsNoTenseResolvesTheSameUnderEveryTense() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var generator = SplitMix(seed: 20_261_206_14)
    let contexts = try Self.contexts(&generator)
    var texts = try TemporalFixtures.gold().map { try TemporalFixtures.text(of: $0) }
    // Random sentences of date words, cue words and numbers (both languages' rules).
    let pool = [
      "on", "in", "last", "next", "this", "the", "of", "early", "late", "mid", "since", "until", "by", "ago", "later",
      "will", "would", "said", "was", "had", "announced", "reopen", "sold", "va", "fue", "dijo", "anunció",
      "Monday", "Tuesday", "Friday", "weekend", "January", "May", "June", "September", "December", "spring", "winter",
      "year", "years", "month", "months", "week", "day", "days", "quarter", "decade", "1990s", "morning", "night",
      "lunes", "martes", "enero", "mayo", "de", "el", "pasado", "próximo", "año", "mes",
      "2", "18", "31", "2001", "2019", "2020", "three", "two", ",", ".", "-", "first", "second", "Q3",
    ]
    for _ in 0..<3000 {
      let count = Int.random(in: 1...14, using: &generator)
      texts.append((0..<count).map { _ in pool.randomElement(using: &generator)! }.joined(separator: " "))
    }
    var (reading, skipping, dependent) = (0, 0, 0)
    for text in texts {
      let (_, found) = Self.matches(text, tagger: tagger)
      for (p, state) in found {
        let pattern = tagger.rules.patterns[p]
        let answers = Self.answers(pattern, state, tagger: tagger, contexts: contexts)
        if pattern.readsTense(state) {
          reading += 1
          if Set(answers).count > 1 { dependent += 1 }
        } else {
          skipping += 1
          #expect(Set(answers).count == 1, "\(pattern.id) in \(text.prefix(80))")
        }
      }
    }
    // Both kinds occur, and the tense does change some answers of the patterns that read it.
    #expect(skipping > 1000)
    #expect(reading > 100)
    #expect(dependent > 50)
  }
}
