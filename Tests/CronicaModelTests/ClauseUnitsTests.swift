import Testing

@testable import CronicaModel

/// A sentence's independent clauses (`ArticleReading.units(of:from:)`) around dashes: two dashes
/// at most fourteen tokens apart enclose an aside that splits nothing; a dash without such a
/// partner ends a clause of three words or more.
@Suite struct ClauseUnitsTests {
  /// The units of an English sentence's tokens (as text, one string per segment).
  static func units(_ sentence: String) throws -> [[String]] {
    let builder = try BuildFixtures.builder()
    let lexicon = try #require(builder.lexicons.first { $0.language == "en" })
    let reading = ArticleReading(
      article: BuildFixtures.article("a", sentence), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]),
      mode: .news)
    let span = reading.spans[0]
    return reading.units(of: span, from: span.lowerBound).map { $0.map { reading.string($0) } }
  }

  /// Two dashes around `count` words after a clause of four.
  static func sentence(dash: String, words count: Int) -> String {
    "Police in the state \(dash) " + Array(repeating: "local", count: count).joined(separator: " ") + " \(dash) have seized the labs."
  }

  @Test func dashesAtMostFourteenTokensApartEncloseAnAside() throws {
    for dash in ["—", "–"] {
      // Thirteen words between them: the closing dash is the fourteenth token after the opening one.
      let aside = try Self.units(Self.sentence(dash: dash, words: 13))
      #expect(aside.count == 1 && aside.first?.count == 1, "\(aside)")
      // Fourteen words: the dashes are fifteen tokens apart, and each ends a clause.
      let apart = try Self.units(Self.sentence(dash: dash, words: 14))
      #expect(apart.count == 3, "\(apart)")
      #expect(apart.first == ["Police in the state"], "\(apart)")
      #expect(apart.last == ["have seized the labs"], "\(apart)")
    }
  }

  @Test func aLoneDashEndsAClauseOfThreeWordsOrMore() throws {
    #expect(try Self.units("Police in the state — the labs were seized.") == [["Police in the state"], ["the labs were seized"]])
    // A dash right before the final mark: no token after it to look at.
    #expect(try Self.units("Police in the state seized the labs —.") == [["Police in the state seized the labs"]])
    // The next sentence's dash is no partner: the look-ahead stops at the sentence's end.
    #expect(
      try Self.units("Police in the state — the labs were seized. Officials — in Sinaloa — said so.")
        == [["Police in the state"], ["the labs were seized"]])
    // Two words before the dash: no clause of its own.
    #expect(try Self.units("Police there — the labs were seized.").count == 1)
  }

  @Test func aDashInsideParenthesesIsPartOfTheAside() throws {
    let units = try Self.units("Police in the state (local — and federal) — have seized the labs — said officials.")
    #expect(units.first?.first?.hasPrefix("Police in the state (local — and federal)") == true, "\(units)")
  }
}
