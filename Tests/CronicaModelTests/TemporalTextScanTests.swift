import Testing

@testable import CronicaModel

/// `TemporalText` scans its bytes through an unsafe buffer; its tokens and sentences must be
/// those of the plain scanner (`ReferenceTokenizer`) for every text: the gold articles, text
/// written to reach each branch (abbreviations ASCII and not, sentence openers after "U.S.",
/// numbers with groups and decimals, Unicode letters, spaces and capitals, CR line endings), and
/// random text from pieces of those and of stray bytes.
@Suite struct TemporalTextScanTests {
  static let abbreviations: Set<String> = ["u.s", "mr", "dr", "jan", "sr", "é", "straße", "ǆ"]

  /// What the scan reached in a text, counted to show the test reaches each path.
  struct Reach {
    var tokens = 0
    var sentences = 0
    /// A period right after a word that did not end its sentence before a capital (an abbreviation).
    var abbreviations = 0
    /// The same after a word that is not ASCII.
    var unicodeAbbreviations = 0
    /// A period right after a listed ASCII word of two or more letters without a period ("Mr"),
    /// then a capital or a number in the same sentence: where the scan asks the list (`isListed`).
    var listedAbbreviations = 0
    /// The same with punctuation between the period and the capital or number (`Mr. "Smith`).
    var listedAbbreviationsBeforePunctuation = 0
    var unicodeWords = 0
  }

  static func check(_ source: String, _ reach: inout Reach) {
    let text = TemporalText(source, abbreviations: abbreviations)
    let plain = ReferenceTokenizer(source, abbreviations: abbreviations)
    #expect(text.sentences == plain.sentences, "\(source.debugDescription)")
    #expect(text.sentenceTokens == plain.sentenceTokens, "\(source.debugDescription)")
    #expect(text.tokens.count == plain.tokens.count, "\(source.debugDescription)")
    for (a, b) in zip(text.tokens, plain.tokens) {
      let same = a.kind == b.kind && a.start == b.start && a.end == b.end && a.number == b.number && a.digits == b.digits
        && a.capitalized == b.capitalized && a.sentence == b.sentence
      #expect(same, "\(source.debugDescription) token \(a.start)")
      if !same { return }
    }
    reach.tokens += text.tokens.count
    reach.sentences += text.sentences.count
    for t in text.tokens.indices.dropLast(2) where text.tokens[t].kind == .word && text.mark(t + 1) == "." {
      let next = text.tokens[t + 2]
      guard text.tokens[t + 1].start == text.tokens[t].end, next.capitalized, next.sentence == text.tokens[t].sentence else { continue }
      reach.abbreviations += 1
      if text.bytes[text.tokens[t].start..<text.tokens[t].end].contains(where: { $0 >= 0x80 }) { reach.unicodeAbbreviations += 1 }
    }
    for t in text.tokens.indices.dropLast(2) where text.tokens[t].kind == .word && text.mark(t + 1) == "." {
      let word = text.bytes[text.tokens[t].start..<text.tokens[t].end]
      guard text.tokens[t + 1].start == text.tokens[t].end, word.count >= 2, word.allSatisfy({ $0 < 0x80 && $0 != 0x2E }),
        abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
      else { continue }
      guard let next = text.tokens[(t + 2)...].firstIndex(where: { $0.kind != .punct }),
        text.tokens[next].capitalized || text.tokens[next].kind == .number,
        text.tokens[next].sentence == text.tokens[t].sentence
      else { continue }
      reach.listedAbbreviations += 1
      if next > t + 2 { reach.listedAbbreviationsBeforePunctuation += 1 }
    }
    reach.unicodeWords += text.tokens.indices.filter { text.tokens[$0].kind == .word && text.bytes[text.tokens[$0].start] >= 0x80 }.count
  }

  @Test func theScanSplitsAsThePlainScanner() throws {
    var reach = Reach()
    for document in try TemporalFixtures.gold() {
      Self.check(try TemporalFixtures.text(of: document), &reach)
    }
    let written = [
      "", " ", "\n", ".", "a", "A.", "…", "\r\n\r\n", "2019", "1,234,567.89 and 3.5%", "12345678901234567 x",
      "Mr. Smith met Dr. Jones in the U.S. The talks went on. In the U.S. Congress, no.",
      "On Jan. 2, 2001, the council met.\r\nIt rained. 2002 came… Then more!? Yes.",
      "É. Él llegó. Straße. Die STRASSE. \u{212A}. Kelvin. ǅemal. ǆ. Ǆ. İ. İstanbul… Ok.",
      "x\u{00A0}y\u{2003}z \u{2028} w\u{3000}v. Ünter. 18th 1990s 3rd-year 5x5 a.b.c. U.S. But then",
      "word\u{301}s e\u{301}. Cafe\u{301}. 東京. 東京 Tokyo. \u{1F600}. \u{FFFD}\u{FFFD}. café.Next",
      "tabs\tand\tspaces  .  Lone . Period . a.B C.d. e..F 1.2.3 ,5 .5 5, 5.",
      "Mr. \"Smith\" and Dr. (Jones) met. Jan. \"2\" came. Mr.-The end. Ok. \"Then\" it ended. Sr. 'x' Dr.\n(Lee)",
    ]
    for source in written { Self.check(source, &reach) }
    // Random text from pieces of the above and stray bytes (repaired as a `String` repairs them).
    let pieces = written.flatMap { $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
      + [" ", "\n", "\r", "\t", ".", "!", "?", "…", ",", "-", "—", "0", "9", "U.S.", "The", "the", "İ", "ß", "\"", "'", "(", ")", "Mr.", "Jan."]
    var random = SplitMix(seed: 12)
    for _ in 0..<600 {
      var source = ""
      for _ in 0..<Int.random(in: 0..<40, using: &random) {
        if Int.random(in: 0..<8, using: &random) == 0 {
          let bytes = (0..<Int.random(in: 1..<4, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
          source += String(decoding: bytes, as: UTF8.self)
        } else {
          source += pieces[Int.random(in: 0..<pieces.count, using: &random)]
        }
      }
      Self.check(source, &reach)
    }
    // A long text, scanned in one piece.
    Self.check(String(repeating: written.joined(separator: " "), count: 200), &reach)
    #expect(reach.tokens > 40_000)
    #expect(reach.sentences > 5_000)
    #expect(reach.abbreviations > 1_000)
    #expect(reach.unicodeAbbreviations > 100)
    #expect(reach.listedAbbreviations > 1_000, "\(reach.listedAbbreviations)")
    #expect(reach.listedAbbreviationsBeforePunctuation > 600, "\(reach.listedAbbreviationsBeforePunctuation)")
    #expect(reach.unicodeWords > 1_000)
  }

  /// A line's leading bullets are read by a switch, not a list made for each comparison.
  @Test func aBulletIsOneOfTheListedMarks() {
    let listed: [Unicode.Scalar] = ["-", "–", "—", "•", "*", "·", "►"]
    var bullets = 0
    var wrong: [Unicode.Scalar] = []
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if ArticleReading.isBullet(scalar) != listed.contains(scalar) { wrong.append(scalar) }
      if ArticleReading.isBullet(scalar) { bullets += 1 }
    }
    #expect(wrong.isEmpty, "\(wrong)")
    #expect(bullets == listed.count)
    #expect(!ArticleReading.isBullet(nil))
  }
}
