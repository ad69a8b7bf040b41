import Foundation
import CronicaResources
import Testing

@testable import CronicaModel

/// The builder's and the tagger's answers read off tokens without their strings, against the
/// strings' answers: a punctuation token's mark against a comparison of its lower-case text, a
/// word's tense cue by its id against the tense lists and endings, a title's length by bytes.
@Suite struct TokenFastPathTests {
  /// Every mark the builder compares a token with.
  static let marks: [Unicode.Scalar] = [
    "-", "–", "—", "•", "*", "·", "►", ".", "!", "?", "…", "”", "\"", "’", ")", ":", "(", "[", "]", ",", "“", "$", "€", "%", ";",
  ]

  @Test func aMarkIsWhatComparingItsTextSays() {
    // Every scalar of the Basic Multilingual Plane that the scanner makes a punctuation token of,
    // with the Greek question mark and ano teleia (canonically ";" and "·") among them.
    var scalars: [Unicode.Scalar] = []
    for value in 0x21...0xFFFF { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
    var source = ""
    for scalar in scalars {
      source.unicodeScalars.append(scalar)
      source += " "
    }
    let text = TemporalText(source, abbreviations: [])
    var checked = 0
    for t in text.tokens.indices {
      guard text.tokens[t].kind == .punct else {
        #expect(text.mark(t) == nil)
        continue
      }
      for mark in Self.marks {
        #expect((text.mark(t) == mark) == (text.lower(t) == String(mark)), "U+\(String(text.mark(t)?.value ?? 0, radix: 16)) \(mark)")
      }
      checked += 1
    }
    #expect(checked > 1000)
    let greek = TemporalText("a \u{037E} b \u{0387}", abbreviations: [])
    #expect(greek.mark(1) == ";")
    #expect(greek.mark(3) == "·")
  }

  /// The cue the tense rules give a word, as the tagger gave it before cues were read by word id.
  static func listedCue(_ word: String, rules: TemporalRules) -> TemporalTense? {
    let listed: TemporalTense? = rules.futureWords.contains(word) ? .future : (rules.pastWords.contains(word) ? .past : nil)
    if listed == .future || rules.hasFutureSuffix(word) { return .future }
    return listed ?? (rules.hasPastSuffix(word) ? .past : nil)
  }

  @Test func aWordsCueByIdIsItsListsAndEndingsCue() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    let rules = tagger.rules
    var words = Array(rules.pastWords) + Array(rules.futureWords)
    words += ["announced", "red", "wanted", "will", "said", "hará", "llegará", "Kelvin", "se\u{301}ized", "next", "last", "May"]
    for document in try TemporalFixtures.gold() {
      words += try TemporalFixtures.text(of: document).split(separator: " ").map(String.init)
    }
    let text = TemporalText(words.joined(separator: " "), abbreviations: rules.abbreviations)
    let ids = text.tokens.indices.map { text.tokens[$0].kind == .number ? -1 : tagger.vocabulary.ids[text.lower($0)] ?? -1 }
    var cued = 0
    for t in text.tokens.indices where text.tokens[t].kind == .word {
      let cue = ids.withUnsafeBufferPointer { ResolutionContext.cue(t, in: text, ids: $0, tagger: tagger) }
      #expect(cue == Self.listedCue(text.lower(t), rules: rules), "\(text.lower(t))")
      if cue != nil { cued += 1 }
    }
    #expect(cued > 100)
  }

  @Test(arguments: [
    String(repeating: "a", count: 80), String(repeating: "a", count: 81), String(repeating: "é", count: 80),
    String(repeating: "é", count: 81), String(repeating: "e\u{301}", count: 80), String(repeating: "e\u{301}", count: 41), "", "Kelly: x",
  ])
  func aTitleFitsWhenItHasAtMostEightyCharacters(text: String) {
    #expect(ArticleReading.fitsTitle(text) == (text.count <= ArticleReading.titleLimit))
  }

  /// A word table answers like a dictionary of its words keyed by each token's lower-case text.
  @Test func aWordTableFindsWhatADictionaryOfItsWordsFinds() throws {
    let rules = try TemporalFixtures.rules()
    var words = Set(rules.pastWords).union(rules.futureWords).union(rules.abbreviations)
    words.formUnion(["k", "kelvin", "\u{212A}", "é", "e\u{301}t\u{e9}", "año", "u.s.", "%", ",", "“", "2019", "x\u{301}", ";"])
    let table = WordTable(words)
    let dictionary = Dictionary(uniqueKeysWithValues: table.words.enumerated().map { ($1, $0) })
    var source = words.sorted().joined(separator: " ") + " K KELVIN \u{212A} É E\u{301}T\u{C9} AÑO U.S. \u{037E} Année années"
    for document in try TemporalFixtures.gold() { source += " " + (try TemporalFixtures.text(of: document)) }
    let text = TemporalText(source, abbreviations: rules.abbreviations)
    var found = 0
    text.bytes.withUnsafeBufferPointer { bytes in
      for (t, token) in text.tokens.enumerated() {
        let index = table.index(of: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
        #expect(index == dictionary[text.lower(t)], "\(text.lower(t))")
        if index != nil { found += 1 }
      }
    }
    #expect(found > 100)
  }

  @Test(arguments: [
    "the plan", "The plan", "a", "", "\r\nx", "1 plan", "éclair", "e\u{301}clair", "a\u{301}b", "z", "ß", "ǆx", "\u{600}ab", "“quoted”", "x\u{200D}y",
  ])
  func aCapitalAsTheCharactersGiveIt(text: String) {
    let expected = text.first.map { $0.isLowercase ? $0.uppercased() + text.dropFirst() : text } ?? text
    #expect(ArticleReading.capitalized(text) == expected)
  }

  /// The tense endings' filter by last byte never turns away a word that ends with one of them.
  @Test func aWordsLastByteRulesOutOnlyEndingsItCannotHave() throws {
    let rules = try TemporalFixtures.rules()
    var words = ["hará", "hara\u{301}", "llegarán", "haremos", "partió", "partio\u{301}", "comieron", "llegaron", "wanted", "red"]
    words += ["ed", "d", "s", "n", "x\u{600}d", "ó", "o\u{301}", "á", "ra\u{301}\u{301}", "", "\u{212A}ed", "seized", "said"]
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) {
        words += TemporalText(try TemporalFixtures.text(of: document, in: folder), abbreviations: []).lowerWords
      }
    }
    var ended = 0
    for word in words {
      let future = word.endsWithAny(of: rules.tenseSuffixes.future)
      let past = word.endsWithAny(of: rules.tenseSuffixes.past) { word.hasMoreCharacters(than: $0.characters + 2) }
      #expect(rules.hasFutureSuffix(word) == future, "\(word)")
      #expect(rules.hasPastSuffix(word) == past, "\(word)")
      if future || past { ended += 1 }
    }
    #expect(ended > 20)
    // An empty ending (rule data may hold one) ends every word, as hasSuffix("") says.
    let everything = WordEnding.LastBytes([WordEnding("")])
    for word in ["red", "x", "hará", "9", ""] { #expect(everything.mayEnd(word), "\(word)") }
  }

  /// Numbers padded by bytes as they were padded by strings.
  @Test func aPaddedNumberIsItsDigitsAfterZeros() {
    func padded(_ value: Int, _ width: Int) -> String {
      let text = String(abs(value))
      let padded = text.count < width ? String(repeating: "0", count: width - text.count) + text : text
      return value < 0 ? "-" + padded : padded
    }
    for value in Array(-1200...1200) + [9999, 10000, 123_456_789, -99999, Int.max, Int.min + 1] {
      for width in 0...5 { #expect(TemporalCalendar.pad(value, width) == padded(value, width), "\(value) \(width)") }
    }
    #expect(TemporalCalendar.pad(Int.min, 2) == "-9223372036854775808")
  }

  /// Phrases matched by word numbers where they were matched by words: at every token of the gold
  /// texts and of the phrases themselves that a list marks, the longest phrase (the first listed
  /// among equals) whose words are the next tokens' lower-case texts.
  @Test func aPhraseMatchesByNumbersWhereItsWordsMatch() throws {
    let builder = try BuildFixtures.builder()
    let raw = try BuildLexicon.load(from: try #require(CronicaResources.buildURL))
    var gold = ""
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { gold += (try TemporalFixtures.text(of: document, in: folder)) + "\n" }
    }
    var matched = 0
    for lexicon in builder.lexicons {
      let source = try #require(raw.first { $0.language == lexicon.language })
      let lists: [(WordList, WordPhrases, [(String, String)])] = [
        (.cues, lexicon.cues, source.cues.map { ($0.phrase, $0.kind) }), (.hedges, lexicon.hedges, source.hedges.map { ($0, $0) }),
        (.reporting, lexicon.reporting, source.reporting.map { ($0, $0) }), (.boundaries, lexicon.boundaries, source.boundaries.map { ($0, $0) }),
        (.connectives, lexicon.connectives, source.connectives.map { ($0, $0) }),
        (.statisticUnits, lexicon.statisticUnits, source.statisticUnits.map { ($0, $0) }),
        (.prescriptive, lexicon.prescriptive, source.prescriptive.map { ($0, $0) }),
      ]
      let phrases = lists.flatMap { $0.2.map(\.0) }.joined(separator: " . ")
      let article = BuildFixtures.article("a", gold + phrases + " . " + phrases.uppercased())
      let reading = ArticleReading(article: article, tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
      let text = reading.text
      for (bit, compiled, pairs) in lists {
        let split = WordPhrases.split(pairs, abbreviations: builder.tagger.rules.abbreviations)
        for t in text.tokens.indices where text.tokens[t].isIn(bit) {
          let limit = min(t + 12, text.tokens.count)
          let expected = split.filter { $0.words[0] == text.lower(t) }.sorted { $0.words.count > $1.words.count }
            .first { phrase in
              t + phrase.words.count <= limit
                && phrase.words.indices.allSatisfy { text.lower(t + $0) == phrase.words[$0] }
            }
          let found = compiled.match(in: text, at: t, limit: limit)
          #expect(found?.value == expected?.value && found?.count == expected?.words.count, "\(lexicon.language) \(text.lower(t))")
          if found != nil { matched += 1 }
        }
      }
    }
    #expect(matched > 200)
  }

  /// A clause's tense from its first verb's cue by word number, as from the tense lists and endings.
  @Test func aClausesTenseIsItsFirstVerbsListsAndEndings() throws {
    let builder = try BuildFixtures.builder()
    let rules = builder.tagger.rules
    var gold = "Habían llegado. Ha dicho. Llegará mañana. Partieron ayer. HARÁ. Wanted. WILL GO. "
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { gold += (try TemporalFixtures.text(of: document, in: folder)) + "\n" }
    }
    var verbs = 0
    for lexicon in builder.lexicons {
      let reading = ArticleReading(
        article: BuildFixtures.article("a", gold), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
      for t in reading.text.tokens.indices where reading.isVerb(t) {
        let word = reading.text.lower(t)
        var expected = TemporalTense.present
        if rules.futureWords.contains(word) || rules.hasFutureSuffix(word) {
          expected = .future
        } else if rules.pastWords.contains(word) || reading.text.tokens[t].isIn(.pastForms)
          || ["has", "have", "had", "ha", "han", "había", "habían"].contains(word) || rules.hasPastSuffix(word)
        {
          expected = .past
        }
        #expect(reading.tense(t..<t + 1) == expected, "\(lexicon.language) \(word)")
        verbs += 1
      }
    }
    #expect(verbs > 200)
  }

  /// A word table finds an ASCII token among the ASCII words only: the builder's lists hold no
  /// other word canonically equal to ASCII text, so looking tokens up by bytes finds what looking
  /// their lower-case text up in a dictionary found.
  @Test func theBuildersWordsAreASCIIOrCanonicallyNot() throws {
    let builder = try BuildFixtures.builder()
    for lexicon in builder.lexicons {
      #expect(lexicon.words.words.count > 500)
      for word in lexicon.words.words where !word.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(!word.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(lexicon.language) \(word)")
      }
    }
  }
}
