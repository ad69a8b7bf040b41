import Foundation
import Testing

@testable import CronicaModel
import CronicaResources

/// A candidate's terms are numbered in its core's `TermVocabulary`, each token's term remembered
/// by its role, language and word number (a word of the lexicon's table) or bytes (any other);
/// they must be the terms read the plain way, word by word as strings, whatever the vocabulary met
/// before.
@Suite struct TermVocabularyTests {
  /// The terms of a stretch of tokens read as strings (the way `ArticleReading.terms` read them
  /// before they were numbers): the reference the numbers are held to.
  static func plainTerms(_ reading: ArticleReading, _ tokens: Range<Int>) -> Set<String> {
    var found: [String] = []
    var previousName = ""
    for t in tokens {
      let token = reading.text.tokens[t]
      switch token.kind {
      case .number:
        previousName = ""
        if !reading.dateTokens[t] { found.append("#:" + reading.text.lower(t).filter { $0 != "," }) }
      case .word:
        if token.isIn(.stopwords) {
          previousName = ""
          continue
        }
        var folded = TextFolding.foundationFold(reading.text.lower(t)).filter { $0 != "." }
        if token.capitalized, t != tokens.lowerBound || !reading.lexicon.connectives.occurs(in: reading.text, range: t..<t + 1) {
          if folded == "states", previousName == "united" {
            found.removeAll { $0 == "n:united" }
            folded = "us"
          }
          if folded == "usa" { folded = "us" }
          if !token.isIn(.titleWords) || folded == "us" { found.append("n:" + folded) }
          previousName = folded
          continue
        }
        previousName = ""
        if folded.count > 3 { found.append("w:" + ArticleReading.stem(folded)) }
      case .punct:
        previousName = ""
      }
    }
    return Set(found)
  }

  /// Every sentence of the temporal gold and held-out texts (English and Spanish), of names
  /// written to test the special cases, of the tables' non-ASCII words spelled as written,
  /// decomposed (NFD) and in capitals (one number, several spellings: the first spelling met gives
  /// the reading for all), and of the hostile texts (accents, CR, invalid UTF-8), read with each
  /// language's lists in turn into one vocabulary (so that a word is met again in another
  /// language, role and spelling), and each stretch read into a fresh vocabulary too.
  @Test func numberedTermsAreTheTermsReadAsStrings() throws {
    let builder = try BuildFixtures.builder()
    var text = """
      The United States and the U.S. and the USA and United Nations met. United States officials, the US, \
      President Biden and Secretary Kelly seized 34,500 homicides in México; La Policía Federal de México \
      detuvo a 28 sospechosos. However, Mexico's cartels seized $2.6 billion. UNITED STATES. United. States. \
      Ñandú, Straße, Ÿves, ÉTATS-UNIS, U.S.A., D.C. and the EU's Ürümqi talks on March 3, 2021 increased. \
      \u{212A}ELLY said \u{212A}elly and Kelly and KELLY met; the \u{212A}ELLY plan.\n
      """
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { text += (try TemporalFixtures.text(of: document, in: folder)) + "\n" }
    }
    var spellings = ""
    for lexicon in builder.lexicons {
      for word in lexicon.words.words.filter({ $0.utf8.contains { $0 >= 0x80 } }).prefix(300) {
        let decomposed = word.decomposedStringWithCanonicalMapping
        spellings += "The \(word) and \(decomposed), \(word.uppercased()) and \(decomposed.uppercased()); \(word) \(decomposed).\n"
      }
    }
    // Each its own article.
    let sources = [text, spellings] + CandidateFastPathTests.texts
    var shared = TermVocabulary()
    var checked = 0
    var names = 0
    var (byNumber, byBytes) = (0, 0)
    // Lookups by number that found a remembered reading, and those among them whose bytes differ
    // from the first spelling met with that number, role and lists.
    var (hits, otherSpelling) = (0, 0)
    var firstSpelling: [String: [UInt8]] = [:]
    #expect(builder.lexicons.count == 2)
    for lexicon in builder.lexicons {
      for source in sources {
        let reading = ArticleReading(
          article: BuildFixtures.article("a", source), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
        // The sentences' stretches, and stretches of 40 tokens over the whole text.
        let count = reading.text.tokens.count
        let chunks = stride(from: 0, to: count, by: 40).map { $0..<min(count, $0 + 40) }
        for span in reading.spans + chunks where !span.isEmpty {
          let expected = Self.plainTerms(reading, span)
          let lists = shared.number(ofLists: reading.lexicon)
          for t in span where reading.text.tokens[t].kind == .word && reading.text.tokens[t].word >= 0 {
            let token = reading.text.tokens[t]
            // The role as `terms` decides it.
            let name = token.capitalized && (t != span.lowerBound || !reading.lexicon.connectives.occurs(in: reading.text, range: t..<t + 1))
            let role: TermVocabulary.Role = name ? .name : .word
            let key = "\(lists) \(token.word) \(role)"
            let bytes = Array(reading.text.bytes[token.start..<token.end])
            if shared.lookUp(UnsafeBufferPointer(start: nil, count: 0), word: token.word, role: role, lists: lists).reading != nil {
              hits += 1
              if let first = firstSpelling[key], first != bytes { otherSpelling += 1 }
            }
            if firstSpelling[key] == nil { firstSpelling[key] = bytes }
          }
          let numbers = reading.terms(span, in: &shared)
          #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count)
          #expect(Set(numbers.map { shared.symbols.strings[Int($0)] }) == expected, "\(reading.string(span))")
          var fresh = TermVocabulary()
          #expect(Set(reading.terms(span, in: &fresh).map { fresh.symbols.strings[Int($0)] }) == expected)
          checked += 1
          names += expected.filter { $0.hasPrefix("n:") }.count
          // Words remembered by their number in the lexicon's table, and by their bytes.
          for t in span where reading.text.tokens[t].kind == .word {
            if reading.text.tokens[t].word >= 0 { byNumber += 1 } else { byBytes += 1 }
          }
        }
        let stretch = reading.text.tokens.indices.prefix(200)
        #expect(Set(reading.terms(stretch, in: &shared).map { shared.symbols.strings[Int($0)] }) == Self.plainTerms(reading, stretch))
      }
    }
    #expect(checked > 300 && names > 500, "\(checked) stretches, \(names) names")
    #expect(byNumber > 3000 && byBytes > 3000, "\(byNumber) words by number, \(byBytes) by bytes")
    #expect(hits > 3000 && otherSpelling >= 50, "\(hits) remembered readings found by number, \(otherSpelling) for another spelling")
    #expect(shared.symbols.strings.contains("n:us") && shared.symbols.strings.contains("#:34500"))
  }

  /// A word is remembered with the lists it was read with, not their language's name: two
  /// lexicons may both say "en" and still differ (here one makes "council" a stop word).
  @Test func readingsAreRememberedPerLexiconNotPerLanguageName() throws {
    guard let build = CronicaResources.buildURL else { throw TemporalRulesError(file: "build", pattern: nil, reason: "no build folder") }
    let lexicons = try BuildLexicon.load(from: build)
    let english = try #require(lexicons.first { $0.language == "en" })
    var stricter = english
    stricter.stopwords.append("council")
    let builder = ChronologyBuilder(rules: try TemporalFixtures.rules(), lexicons: [english, stricter], themes: Theme.defaultTaxonomy)
    #expect(builder.lexicons.count == 2 && builder.lexicons.allSatisfy { $0.language == "en" })
    var shared = TermVocabulary()
    var found: [Set<String>] = []
    for lexicon in builder.lexicons {
      let reading = ArticleReading(
        article: BuildFixtures.article("a", "The Council approved the plan.\n"), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]),
        mode: .news)
      let span = reading.text.tokens.indices
      let terms = Set(reading.terms(span, in: &shared).map { shared.symbols.strings[Int($0)] })
      #expect(terms == Self.plainTerms(reading, span))
      found.append(terms)
    }
    #expect(found.count == 2 && found[0] != found[1], "\(found)")
  }

  /// Two ascending lists of numbers as one, each once: the sorted union of their sets.
  @Test func theUnionOfTwoListsIsTheirSetsUnion() {
    var generator = SplitMix(seed: 20_261_206)
    for _ in 0..<500 {
      let a = Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in Int32.random(in: 0..<12, using: &generator) }).sorted()
      let b = Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in Int32.random(in: 0..<12, using: &generator) }).sorted()
      #expect(ArticleReading.union(a, b) == Set(a).union(b).sorted(), "\(a) \(b)")
    }
  }
}
