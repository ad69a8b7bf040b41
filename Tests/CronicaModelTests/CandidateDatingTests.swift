import Testing

@testable import CronicaModel

/// A candidate's date rule and its clause's dating, read without joining strings or copying
/// datings, against the plain definitions.
@Suite struct CandidateDatingTests {
  @Test func theDateRuleIsDateJoinedToTheEvidence() {
    for evidence in ["absolute", "relative", "published", "by-published", "after-mentioned", "paragraph", "union", "", "é", "Absolute"] {
      #expect(ArticleReading.dateRule(evidence) == "date:" + evidence)
      #expect(ArticleReading.dateRule(evidence).utf8.elementsEqual(("date:" + evidence).utf8))
    }
  }

  /// A clause's dating read by index is the first dating in the clause, else the first before it:
  /// over the stretches of up to eight tokens of every sentence of the temporal gold texts.
  @Test func aClausesDatingIsTheFirstInItElseTheFirstBefore() throws {
    let builder = try BuildFixtures.builder()
    var (inside, before, none, wrong) = (0, 0, 0, 0)
    for lexicon in builder.lexicons {
      for (file, folder) in TemporalMatcherDifferentialTests.sets {
        for document in try TemporalFixtures.gold(file) {
          let reading = ArticleReading(
            article: BuildFixtures.article("a", try TemporalFixtures.text(of: document, in: folder)), tagger: builder.tagger,
            languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
          for (sentence, span) in reading.spans.enumerated() {
            for start in span {
              for end in start...min(span.upperBound, start + 8) {
                let items = reading.datings[sentence]
                let expected = items.first { (start..<end).contains($0.tokens.lowerBound) } ?? items.first { $0.tokens.lowerBound < start }
                let found = reading.dating(in: start..<end, sentence: sentence)
                if found?.tokens != expected?.tokens || found?.expression.text != expected?.expression.text { wrong += 1 }
                if let expected {
                  if (start..<end).contains(expected.tokens.lowerBound) { inside += 1 } else { before += 1 }
                } else {
                  none += 1
                }
              }
            }
          }
        }
      }
    }
    #expect(wrong == 0 && inside > 1_000 && before > 1_000 && none > 1_000, "\(wrong) wrong, \(inside) inside, \(before) before, \(none) none")
  }
}
