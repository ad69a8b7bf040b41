import Testing

@testable import CronicaModel

extension WordPhrases {
  /// `match` as it was before its filter (`mayMatch`): the whole definition, which answers for any
  /// token. The tests' reference.
  func plainMatch(in text: TemporalText, at index: Int, limit: Int) -> (value: String, count: Int)? {
    guard index < limit else { return nil }
    // A token in the list is a phrase's first word, so it has a number.
    guard text.tokens[index].isIn(list), text.tokens[index].word >= 0 else {
      // Only "-ed" and "-ing" forms: "-s" would take nouns for verbs ("issues" for "issued").
      guard !byLemma.isEmpty, text.tokens[index].kind == .word, !text.tokens[index].capitalized else { return nil }
      guard text.lower(index, endsWith: "ed", longerThan: 3) || text.lower(index, endsWith: "ing", longerThan: 3),
        let value = byLemma[Self.lemma(text.lower(index))]
      else { return nil }
      return (value, 1)
    }
    // Words compared by number: equal numbers are equal lower-case texts (`WordTable`).
    for option in byFirst[Int(text.tokens[index].word)] where index + option.rest.count < limit {
      var matched = true
      for (offset, word) in option.rest.enumerated() where text.tokens[index + 1 + offset].word != word {
        matched = false
        break
      }
      if matched { return (option.value, option.rest.count + 1) }
    }
    return nil
  }
}

/// `WordPhrases.match` answers most tokens from their fields (`mayMatch`) without a call; it must
/// give the plain definition's answer (`plainMatch`, without the last-byte shortcut) for every
/// token, phrase list, lexicon and limit.
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
    var (wrong, firstWrong) = (0, "")
    let sources = try Self.texts()
    for lexicon in builder.lexicons {
      let lists = Self.phraseLists(lexicon)
      for source in sources {
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
              let plain = phrases.plainMatch(in: text, at: index, limit: limit)
              if fast?.value != plain?.value || fast?.count != plain?.count {
                if wrong == 0 { firstWrong = "\(text.lower(index)) at \(index), limit \(limit): \(String(describing: fast)) against \(String(describing: plain))" }
                wrong += 1
              }
            }
            if phrases.mayMatch(in: text, at: index) { passed += 1 } else { filtered += 1 }
            if phrases.plainMatch(in: text, at: index, limit: count) != nil {
              found += 1
              // (A token outside the list starts no phrase of it: only a lemma matches it.)
              if !text.tokens[index].isIn(phrases.list) { inflected += 1 }
            }
          }
        }
      }
    }
    #expect(wrong == 0, "\(wrong) answers differ; first: \(firstWrong)")
    // Both paths taken many times, and phrases found (some only by their lemma).
    #expect(filtered > 100_000 && passed > 10_000 && found > 5_000 && inflected >= 10, "\(filtered) filtered, \(passed) passed, \(found) found, \(inflected) by lemma")
  }
}
