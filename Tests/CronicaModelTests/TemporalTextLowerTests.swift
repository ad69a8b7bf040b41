import Testing

@testable import CronicaModel

/// A token's lower-case text is made when asked (`TemporalText.lower`), and compared by bytes
/// where both sides are ASCII: the answers must be those of the strings, for every token of the
/// gold texts, of text written to catch Unicode's exceptions (the Kelvin sign lower-cases to an
/// ASCII `k`, the Greek question mark is canonically `;`), and of random text.
@Suite struct TemporalTextLowerTests {
  static let words = [",", "?", ":", ";", ".", "-", "$", "€", "(", "the", "to", "and", "y", "k", "ok", "has", "había", "ß", "ss", "i̇"]
  // (The Greek question mark is canonically ";": a text ending with ";" ends with it as a string.)
  static let endings: [(StaticString, Int)] = [("ed", 4), ("ing", 5), ("s", 3), ("ss", 3), ("k", 0), ("\u{37E}", 0), ("é", 0), ("", 2)]

  /// Checks every token of a text; returns how many.
  static func check(_ source: String, rules: TemporalRules) -> Int {
    let text = TemporalText(source, abbreviations: ["u.s", "mr", "dr"])
    for t in text.tokens.indices {
      let lower = text.lower(t)
      #expect(lower == text.string(text.tokens[t].start..<text.tokens[t].end).lowercased(), "\(lower)")
      #expect(rules.unlistedCue(t, in: text) == rules.cue(lower, listed: false), "\(lower)")
      if let last = text.lastLowerByte(t) { #expect(lower.utf8.last == last && lower.utf8.allSatisfy { $0 < 0x80 }) }
      for word in words {
        #expect(text.lower(t, is: word) == (lower == word), "\(lower) \(word)")
      }
      for (ending, count) in endings {
        #expect(
          text.lower(t, endsWith: ending, longerThan: count) == (lower.hasMoreCharacters(than: count) && lower.hasSuffix(ending.description)),
          "\(lower) \(ending) \(count)")
      }
    }
    #expect(text.lowerWords == text.tokens.indices.map(text.lower))
    return text.tokens.count
  }

  @Test func lowerCaseTokensAnswerAsTheirStrings() throws {
    let rules = try TemporalFixtures.rules()
    var source = """
      The U.S. AND THE \u{212A}ELVIN \u{212A} o\u{212A} \u{037E} ; İSTANBUL Straße STRASSE ǅemal ÉTÉ E\u{301}TE \
      WALKED walked walkİNG wanted red llegará partieron HARÁ dijeron SHOPS Class CLASS $5 €6 (y) Y, THE: the? T\u{0130}ME café CAFÉ ok OK OḲ.\n
      """
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { source += (try TemporalFixtures.text(of: document, in: folder)) + "\n" }
    }
    #expect(Self.check(source, rules: rules) > 5000)
    // Random text from letters, marks and punctuation that lower-case or compare unusually.
    let pool: [Character] = [
      "a", "e", "d", "s", "k", "K", "E", "D", "S", "I", "i", "\u{212A}", "\u{0130}", "ß", "é", "É", "\u{301}", ",", ".", "?",
      ":", "\u{037E}", ";", "-", "$", "€", " ", " ", " ", "\n", "1", "2", "ǅ", "ﬀ",
    ]
    var generator = SplitMix(seed: 20_261_206)
    for _ in 0..<300 {
      let text = String((0..<Int.random(in: 1...40, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
      _ = Self.check(text, rules: rules)
    }
  }
}
