import Testing

@testable import CronicaModel

/// The builder's tagging (word ids in a temporary allocation, no sentence string in each
/// expression) against the public tagger's (ids in an array, each expression with its sentence),
/// over the gold texts and random and hostile ones: the same expressions (both made by
/// `tag(_:ids:published:mode:)`: this compares the two ways of making word ids), the public one's
/// sentence a stretch of one line of the text around the expression; the tokens each covers.
@Suite struct ReadingTagTests {
  static let pieces = [
    "On", "January 2, 2001", "May 18", "last week", "yesterday", "next Tuesday", "in the 1990s", "2019", "the council",
    "said", "will meet", "approved", ".", ",", "!", "?", "\n", "\r\n", "\r", "\n\n", "U.S.", "é", "東京", "\u{FFFD}",
    "e\u{301}", "el 3 de mayo de 2020", "ayer", "—", "“", "”", "18th", "Q3", "  ", "\t", "Dr.", "late 2019", "March",
  ]

  /// Texts made of the pieces by a fixed generator (a linear congruential one), short and long
  /// (a long one's ids do not fit the stack), with bytes that are not UTF-8 read as text repairs them.
  static func randomTexts() -> [String] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var texts = ["", " ", "\n", "2019", "May", String(decoding: [0xFF, 0xC3, 0x41, 0x20, 0x32, 0x30, 0x31, 0x39, 0xE2, 0x80], as: UTF8.self)]
    for round in 0..<300 {
      let count = round % 20 == 0 ? 1_000 : 1 + next(60)
      var text = ""
      for _ in 0..<count {
        text += pieces[next(pieces.count)]
        if next(3) > 0 { text += " " }
      }
      texts.append(text)
    }
    return texts
  }

  /// The first sentence of a sentence's paragraph, found by halving, against walking back over
  /// the sentences of the same paragraph.
  @Test func aParagraphsFirstSentenceIsTheFirstOfItsLine() throws {
    let builder = try BuildFixtures.builder()
    var texts = Self.randomTexts()
    texts.append(String(repeating: "One. Two. ", count: 500) + "\n" + String(repeating: "A b.\nC d. ", count: 300))
    var (checked, inside, wrong) = (0, 0, 0)
    for source in texts {
      let article = BuildFixtures.article("a", source)
      let reading = ArticleReading(
        article: article, tagger: builder.tagger, languages: ArticleReading.LanguageGuess(builder.lexicons), mode: .news)
      for sentence in reading.paragraphs.indices {
        var start = sentence
        while start > 0, reading.paragraphs[start - 1] == reading.paragraphs[sentence] { start -= 1 }
        if reading.paragraphStart(of: sentence) != start { wrong += 1 }
        if start < sentence { inside += 1 }
        checked += 1
      }
    }
    #expect(wrong == 0 && checked > 3_000 && inside > 1_000, "\(wrong) wrong of \(checked) (\(inside) not first in their line)")
  }

  /// The matcher's plain tokens, written in place, against each token's plain definition.
  @Test func theMatchersTokensAreTheTextsTokens() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var texts = Self.randomTexts()
    texts += ["18th 1990s 21st 2000s 3rd-4th 07 1,500 2.5 Q3 q4", "٣ ١٩٩٠ 1990s\r\n18TH 2001st"]
    var (checked, alnum, wrong) = (0, 0, 0)
    for source in texts {
      let text = TemporalText(source, abbreviations: tagger.rules.abbreviations)
      let ids = text.tokens.indices.map { text.tokens[$0].kind == .number ? -1 : tagger.vocabulary.ids[text.lower($0)] ?? -1 }
      let plain = ids.withUnsafeBufferPointer { TemporalMatcher.tokens(text, ids: $0) }
      if plain.count != text.tokens.count { wrong += 1 }
      for (i, token) in zip(text.tokens.indices, plain) {
        let lower = text.lower(i)
        let isAlnum = token.isAlnum
        // (By the token's text, not its first byte as the matcher reads it.)
        let expectedAlnum = text.tokens[i].kind == .word && (lower.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false)
        let decade = lower.utf8.count == 5 && lower.hasSuffix("0s") && lower.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
        let fields = [
          token.id == ids[i], token.sentence == text.tokens[i].sentence, token.number == (text.tokens[i].number ?? -1),
          token.digits == text.tokens[i].digits, token.isNumber == (text.tokens[i].kind == .number), isAlnum == expectedAlnum,
          token.ordinal == (expectedAlnum ? TemporalTagger.ordinal(lower) ?? -1 : -1), token.isDecade == (expectedAlnum && decade),
          token.capitalized == text.tokens[i].capitalized,
        ]
        if fields.contains(false) { wrong += 1 }
        if isAlnum { alnum += 1 }
        checked += 1
      }
    }
    #expect(wrong == 0 && checked > 20_000 && alnum > 500, "\(wrong) wrong of \(checked) (\(alnum) beginning with a digit)")
  }

  @Test func theBuildersTaggingIsThePublicTaggers() throws {
    let builder = try BuildFixtures.builder()
    var texts = Self.randomTexts()
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { texts.append(try TemporalFixtures.text(of: document, in: folder)) }
    }
    var (compared, long, wrong, covered) = (0, 0, 0, 0)
    for lexicon in builder.lexicons {
      for (k, source) in texts.enumerated() {
        let mode: TemporalMode = k % 2 == 0 ? .news : .narrative
        let article = BuildFixtures.article("a", source, published: k % 3 == 0 ? "2017-05" : "2021-03-15")
        let reading = ArticleReading(article: article, tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: mode)
        let prepared = TemporalText(article.text, abbreviations: builder.tagger.rules.abbreviations)
        let expected = builder.tagger.tag(article.text, published: article.published, mode: mode)
        var byRange: [Range<Int>: TemporalExpression] = [:]
        let bytes = Array(article.text.utf8)
        for expression in expected {
          // Checked against the text, not the tokenizer's sentences: the sentence is a line's
          // stretch of the text that holds the expression where the expression is.
          if !Self.holds(expression.sentence, expression.utf8Range, of: expression.text, in: bytes) { wrong += 1 }
          byRange[expression.utf8Range] = expression
        }
        // Every expression with a span of at most twenty years that does not end before it starts dates.
        let dating = expected.filter { expression in
          guard let span = expression.span else { return false }
          let end = span.end ?? span.start
          return end.year - span.start.year <= 20 && end.lastDay >= span.start.firstDay
        }
        if dating.count != reading.datings.joined().count { wrong += 1 }
        // A token is part of a date when an expression's bytes overlap its own; a dating's tokens
        // are those of its expression.
        func overlaps(_ t: Int, _ range: Range<Int>) -> Bool {
          prepared.tokens[t].end > range.lowerBound && prepared.tokens[t].start < range.upperBound
        }
        for t in prepared.tokens.indices {
          let dated = expected.contains { overlaps(t, $0.utf8Range) }
          if reading.dateTokens.count != prepared.tokens.count || reading.dateTokens[t] != dated { wrong += 1 }
          if dated { covered += 1 }
        }
        for dating in reading.datings.joined() {
          if Array(dating.tokens) != prepared.tokens.indices.filter({ overlaps($0, dating.expression.utf8Range) }) { wrong += 1 }
          var found = dating.expression
          if !found.sentence.isEmpty { wrong += 1 }
          found.sentence = byRange[found.utf8Range]?.sentence ?? "?"
          if byRange[found.utf8Range] != found || byRange[found.utf8Range]?.span != found.span { wrong += 1 }
          compared += 1
          if reading.text.tokens.count * 4 > 1024 { long += 1 }
        }
      }
    }
    #expect(wrong == 0 && compared > 5_000 && long > 500 && covered > 5_000, "\(wrong) wrong of \(compared) (\(long) in long texts)")
  }

  /// Whether `sentence` has no line break and is the text's bytes over a stretch that holds
  /// `range`, which is `expression` (tried at each place the expression occurs in the sentence).
  static func holds(_ sentence: String, _ range: Range<Int>, of expression: String, in text: [UInt8]) -> Bool {
    let line = Array(sentence.utf8)
    let written = Array(expression.utf8)
    guard !line.contains(0x0A), !written.isEmpty, range.count == written.count, range.upperBound <= text.count,
      Array(text[range]) == written, line.count >= written.count
    else { return false }
    for k in 0...(line.count - written.count) where Array(line[k..<k + written.count]) == written {
      let start = range.lowerBound - k
      if start >= 0, start + line.count <= text.count, Array(text[start..<start + line.count]) == line { return true }
    }
    return false
  }
}
