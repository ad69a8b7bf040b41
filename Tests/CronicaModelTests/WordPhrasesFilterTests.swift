import Testing

@testable import CronicaModel

/// `WordPhrases.match` answers most tokens from their fields (`mayMatch`) without the whole
/// definition (`matchAfterFilter`); both must give the same answer for every token, phrase list,
/// lexicon and limit.
@Suite struct WordPhrasesFilterTests {
  /// Every list of phrases of a lexicon.
  static func phraseLists(_ lexicon: BuildLexicon.Compiled) -> [WordPhrases] {
    [
      lexicon.cues, lexicon.hedges, lexicon.prescriptive, lexicon.conditional, lexicon.connectives, lexicon.anaphora,
      lexicon.boundaries, lexicon.reporting, lexicon.captionPrefixes, lexicon.statisticUnits,
    ]
  }

  /// The temporal gold and held-out texts (English and Spanish), lines written to hold phrases and
  /// their inflected forms in every case, and the hostile random texts (accents, CR, invalid UTF-8).
  static func texts() throws -> [String] {
    var texts = [
      "However, officials seized 28 kilos; the DEA captured, Captured and CAPTURED them. Capturing, hosted, "
        + "hostING, seizéd, arrested and arrestING, extradited, announced; according to officials, Kelly said it should "
        + "happen. Sin embargo, la policía detuvo a 28 sospechosos y anunció que capturó 3 toneladas.",
      "approvED approved Approved approv\u{E9}d signing signed sign\u{301}ed ed ing d g D G",
    ]
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { texts.append(try TemporalFixtures.text(of: document, in: folder)) }
    }
    texts += CandidateFastPathTests.texts
    texts += EventStageFastPathTests.lines()
    return texts
  }

  @Test func theFilteredMatchIsTheWholeDefinition() throws {
    let builder = try BuildFixtures.builder()
    var (filtered, passed, found, inflected) = (0, 0, 0, 0)
    for lexicon in builder.lexicons {
      let lists = Self.phraseLists(lexicon)
      for source in try Self.texts() {
        let reading = ArticleReading(
          article: BuildFixtures.article("a", source), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]),
          mode: .news)
        let text = reading.text
        let count = text.tokens.count
        for phrases in lists {
          for index in 0..<count {
            // The end of the text, and limits that cut a phrase short.
            for limit in [count, min(count, index + 1), min(count, index + 2), index] {
              let fast = phrases.match(in: text, at: index, limit: limit)
              let plain = phrases.matchAfterFilter(in: text, at: index, limit: limit)
              #expect(fast?.value == plain?.value && fast?.count == plain?.count, "\(text.lower(index)) at \(index)")
            }
            if phrases.mayMatch(in: text, at: index) { passed += 1 } else { filtered += 1 }
            if let hit = phrases.matchAfterFilter(in: text, at: index, limit: count) {
              found += 1
              // (A token outside the list starts no phrase of it: only a lemma matches it.)
              if !text.tokens[index].isIn(phrases.list) { inflected += 1 }
            }
          }
        }
      }
    }
    // Both paths taken many times, and phrases found (some only by their lemma).
    #expect(filtered > 100_000 && passed > 10_000 && found > 5_000 && inflected >= 10, "\(filtered) filtered, \(passed) passed, \(found) found, \(inflected) by lemma")
  }
}
