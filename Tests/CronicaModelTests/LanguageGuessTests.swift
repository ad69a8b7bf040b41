import Foundation
import Testing

@testable import CronicaModel
import CronicaResources

/// An article's language guessed with every lexicon's function words in one table, against the
/// plain answer: each word looked up in each lexicon's own table.
@Suite struct LanguageGuessTests {
  /// The plain answer: the lexicon whose function words are most frequent in the first thousand
  /// runs of letters (ASCII letters, or alphabetic scalars), read from the text's scalars, each run
  /// looked up in every lexicon's `detect` table; the first of equals.
  static func plain(_ text: String, among lexicons: [BuildLexicon.Compiled]) -> Int {
    guard lexicons.count > 1 else { return 0 }
    var runs: [String] = []
    var run = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII ? ("a"..."z").contains(Character(scalar).lowercased()) : scalar.properties.isAlphabetic {
        run.unicodeScalars.append(scalar)
      } else if !run.isEmpty {
        runs.append(run)
        run = ""
      }
    }
    if !run.isEmpty { runs.append(run) }
    var counts = [Int](repeating: 0, count: lexicons.count)
    for var word in runs.prefix(1000) {
      word.withUTF8 { bytes in
        for index in lexicons.indices where lexicons[index].detect.index(of: bytes) != nil { counts[index] += 1 }
      }
    }
    return counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
  }

  @Test func theOneTableGuessesWhatEachLexiconsTableDid() throws {
    let builder = try BuildFixtures.builder()
    let lexicons = builder.lexicons
    #expect(lexicons.count >= 2)
    let guess = builder.languages
    var texts = try TemporalFixtures.gold().map { try TemporalFixtures.text(of: $0) }
    // Random texts of function words of every lexicon (in any case), other words, letters that
    // are not ASCII, a Kelvin sign, digits, marks and line breaks; some past a thousand words.
    var pool = lexicons.flatMap { $0.detect.words }
    pool += [
      "council", "plan", "también", "niño", "Ñandú", "ÉL", "\u{212A}", "e\u{301}l", "über", "2019", "3rd", ",", ".", "—", "\n",
      "l'", "d’", "—and", "a1b", "straße", "ΑΘΗΝΑ", "counterterrorism", "Counternarcotics",
    ]
    // Runs of ASCII letters longer than any function word are not looked up.
    #expect(pool.contains { $0.utf8.count > guess.longestASCII && $0.utf8.allSatisfy { $0 < 0x80 } })
    var generator = SplitMix(seed: 2_026_120_614)
    var chosen = Set<Int>()
    for round in 0..<4000 {
      let count = round % 50 == 0 ? Int.random(in: 900...1300, using: &generator) : Int.random(in: 0...40, using: &generator)
      let words = (0..<count).map { _ -> String in
        let word = pool.randomElement(using: &generator)!
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return word.uppercased()
        case 1: return word.prefix(1).uppercased() + word.dropFirst()
        default: return word
        }
      }
      let separators = [" ", " ", " ", "", "\n", ", ", "-"]
      texts.append(words.map { $0 + separators.randomElement(using: &generator)! }.joined())
    }
    for text in texts {
      let bytes = Array(text.utf8)
      let expected = Self.plain(text, among: lexicons)
      #expect(guess.index(of: bytes) == expected, "\(text.prefix(120))")
      #expect(guess.lexicon(of: bytes) === lexicons[expected])
      chosen.insert(expected)
    }
    #expect(chosen.count == lexicons.count, "every language is guessed for some text")
    // One lexicon: no guess to make.
    #expect(ArticleReading.LanguageGuess([lexicons[1]]).index(of: Array("el de la que y".utf8)) == 0)
  }

  /// Made-up lexicons that share words (one of them in two canonically equal spellings), and two
  /// lexicons with the same function words (the `[english, stricter]` pair of TermVocabularyTests):
  /// the one table counts a word for every lexicon that lists it.
  @Test func wordsListedBySeveralLexiconsCountForEach() throws {
    guard let build = CronicaResources.buildURL else { throw TemporalRulesError(file: "build", pattern: nil, reason: "no build folder") }
    let rules = try TemporalFixtures.rules()
    let vocabulary = TemporalTagger(rules: rules).vocabulary
    let english = try #require(try BuildLexicon.load(from: build).first { $0.language == "en" })
    func lexicon(_ words: [String]) -> BuildLexicon.Compiled {
      var lexicon = english
      lexicon.detect = words
      return BuildLexicon.Compiled(lexicon, rules: rules, vocabulary: vocabulary)
    }
    let madeUp = [lexicon(["the", "a", "él", "de"]), lexicon(["e\u{301}l", "a", "la"]), lexicon(["a"])]
    var stricter = english
    stricter.stopwords.append("council")
    let pair = ChronologyBuilder(rules: rules, lexicons: [english, stricter], themes: Theme.defaultTaxonomy).lexicons
    var generator = SplitMix(seed: 2_026_120_609)
    let pool = ["the", "a", "A", "él", "Él", "e\u{301}l", "de", "la", "La", "la", "x", "council", "of", "and", "el", ",", "\n"]
    for lexicons in [madeUp, pair] {
      let guess = ArticleReading.LanguageGuess(lexicons)
      var chosen = Set<Int>()
      for _ in 0..<3000 {
        let count = Int.random(in: 0...12, using: &generator)
        let text = (0..<count).map { _ in pool.randomElement(using: &generator)! }.joined(separator: " ")
        let expected = Self.plain(text, among: lexicons)
        #expect(guess.index(of: Array(text.utf8)) == expected, "\(text)")
        chosen.insert(expected)
      }
      // (C's one word is A's and B's too, and equals go to the first; so is all of stricter's.)
      #expect(chosen == (lexicons.count == 3 ? [0, 1] : [0]), "\(chosen)")
    }
  }

  /// The one table dedupes canonically equal words; an ASCII word is found by its bytes among the
  /// ASCII words only, so no function word may be canonically equal to ASCII text unless it is ASCII.
  @Test func theFunctionWordsAreASCIIOrCanonicallyNot() throws {
    let builder = try BuildFixtures.builder()
    var count = 0
    for lexicon in builder.lexicons {
      count += lexicon.detect.words.count
      for word in lexicon.detect.words where !word.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(!word.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(lexicon.language) \(word)")
      }
    }
    #expect(count > 20)
  }
}
