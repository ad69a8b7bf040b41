import Testing

@testable import CronicaModel

/// The candidate and event stages' shortcuts against the answers they replaced: a speaker
/// label's capitals and a figure's term read off a token's bytes, a title's body capitalized as it
/// is joined, and quotes ruled out as hedging by their pairs of bytes.
@Suite struct CandidateFastPathTests {
  /// Random text from pieces that upper case, lower case and the scanner treat unlike plain
  /// ASCII letters: accents (precomposed and combining), U+0345 after a letter (upper case
  /// turns it into Ι, not the letter alone), ß (upper case "SS"), ǅ, dotted İ, the ﬀ
  /// ligature, digits with commas and periods, CR and CR LF, and marks.
  static func hostileText(seed: UInt64, pieces count: Int) -> String {
    let pieces = [
      "A", "B", "Z", "a", "m", "z", "É", "é", "e\u{301}", "E\u{301}", "a\u{345}", "ß", "ǅ", "İ", "ﬀ", "Σ", "ς", "Ñ", "1", "9", "0",
      ",", ".", "-", ":", "’", "\r\n", "\r", "\n", " ", " ", " ", " ", "U.S.", "DEA", "MODERATOR", "34,500", "2.6",
      "\u{FFFD}", "٣", "²", "Ⅻ", "$", "%",
    ]
    var generator = SplitMix(seed: seed)
    var text = ""
    for _ in 0..<count { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
    return text
  }

  /// Texts written to reach both paths, then random hostile ones, then one made of invalid UTF-8
  /// (decoded with replacement characters, as an article's bytes are).
  static var texts: [String] {
    var texts = [
      "MODERATOR: Thank you. SECRETARY BLINKEN: Yes. U.S. DEA ÉTATS-UNIS STRAßE Ǆ ǅ İ ﬀ A a 12 A1 a1 Σ ς",
      "On January 2, 2001, the council of district 4999 approved 34,500 plans and $2.6 billion; 1,2,3 and ٣٤,٥ and ²³.",
      "X\r\nYZ\rAB:\r\n", "",
    ]
    for seed in 0..<40 { texts.append(hostileText(seed: UInt64(seed), pieces: 400)) }
    texts.append(String(decoding: [0x41, 0x42, 0xFF, 0xC3, 0x28, 0x31, 0x2C, 0x32, 0xE2, 0x80, 0x20, 0x44, 0x45], as: UTF8.self))
    return texts
  }

  @Test func aSpeakerLabelsCapitalsAreWhatUpperCaseSays() {
    var (plain, other, capitals) = (0, 0, 0)
    for source in Self.texts {
      let text = TemporalText(source, abbreviations: ["u.s."])
      for t in text.tokens.indices {
        let original = text.string(text.tokens[t].start..<text.tokens[t].end)
        let expected = original.count > 1 && original == original.uppercased()
        #expect(ArticleReading.isCapitalsWord(t, in: text) == expected, "\(Array(original.unicodeScalars))")
        if original.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { plain += 1 } else { other += 1 }
        if expected { capitals += 1 }
      }
    }
    #expect(plain > 2000 && other > 500 && capitals > 300, "\(plain) plain, \(other) other, \(capitals) capitals")
  }

  @Test func aFiguresTermIsItsLowerCaseWithoutCommas() {
    var (plain, other, commas) = (0, 0, 0)
    for source in Self.texts {
      let text = TemporalText(source, abbreviations: [])
      // Every token, not only numbers: the term is defined by the token's text alone.
      for t in text.tokens.indices {
        let expected = "#:" + text.lower(t).filter { $0 != "," }
        let term = ArticleReading.figureTerm(t, in: text)
        #expect(term == expected && term.utf8.elementsEqual(expected.utf8), "\(Array(expected.unicodeScalars))")
        if text.string(text.tokens[t].start..<text.tokens[t].end).utf8.allSatisfy({ $0 < 0x80 }) { plain += 1 } else { other += 1 }
        if text.tokens[t].kind == .number, text.lower(t).contains(",") { commas += 1 }
      }
    }
    #expect(plain > 2000 && other > 500 && commas > 20, "\(plain) plain, \(other) other, \(commas) numbers with commas")
  }

  /// A body joined and capitalized as it is written is the joined body with its first Character
  /// upper-cased when it is lower case (the plain definition, not `ArticleReading.capitalized`,
  /// which shares the fast path's byte rule).
  @Test func aBodyCapitalizedAsItIsJoinedIsTheJoinedBodyCapitalized() throws {
    let builder = try BuildFixtures.builder()
    let lexicon = try #require(builder.lexicons.first)
    var generator = SplitMix(seed: 2_026_120_699)
    var (raised, left) = (0, 0)
    var sources = Self.texts
    sources.append("x. “quoted y” and \"z the U.S. é and \u{600}a, (b) $5 ß “open")
    for source in sources {
      let reading = ArticleReading(
        article: BuildFixtures.article("a", source), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]),
        mode: .news)
      let count = reading.text.tokens.count
      guard count > 0 else { continue }
      for _ in 0..<300 {
        let start = Int.random(in: 0..<count, using: &generator)
        let end = min(count, start + Int.random(in: 0...6, using: &generator))
        // A stretch, or a stretch with gaps (a title drops words).
        var tokens = Array(start..<end)
        if Bool.random(using: &generator) { tokens = tokens.filter { _ in Int.random(in: 0..<3, using: &generator) > 0 } }
        let joined = reading.join(tokens, capitalizing: true)
        if joined.capitalized {
          let text = reading.join(tokens).text
          let expected = text.first.map { $0.isLowercase ? $0.uppercased() + text.dropFirst() : text } ?? text
          #expect(joined.text == expected, "\(Array(text.unicodeScalars))")
          raised += 1
        } else {
          #expect(joined.text == reading.join(tokens).text)
          left += 1
        }
      }
    }
    #expect(raised > 3000 && left > 300, "\(raised) capitalized as joined, \(left) left to capitalized")
  }

  /// Lines that hedge, or nearly: hedges in any case, the month May, the phrases and their words
  /// apart, hedges inside longer words, and the reading tests' random lines.
  static var hedgeLines: [String] {
    var lines = EventStageFastPathTests.lines()
    lines += [
      "It is on track to grow.", "ON TRACK TO", "on the track, to", "if not now", "If Not", "if, not", "Mayor Kelly said in May.",
      "UNLIKELY", "the likelihood", "apparently so", "a seemingly firm plan", "It may rain.", "couldn't", "track to on",
      "reportedly\r\nseized", "Li\u{212A}ely", "likély", "On January 2, 2001, the council of district 0 approved the plan.",
    ]
    return lines
  }

  /// A lowered haystack that cannot hold a hedge is a text with none; the summary made with the
  /// haystack is the one made by reading every distinct quote.
  @Test func aTextWhosePairsLackEveryHedgeHasNone() {
    var (ruledOut, hedged) = (0, 0)
    let lines = Self.hedgeLines
    for line in lines {
      let haystack = ThemeAssigner.Haystack(folding: line)
      let hedge = SupportText.hedge(in: line)
      if !HedgePairs.hedges.mayOccur(in: haystack) {
        #expect(hedge == nil, "\(line.debugDescription)")
        ruledOut += 1
      }
      if hedge != nil { hedged += 1 }
    }
    #expect(ruledOut > 1000 && hedged > 500, "\(ruledOut) ruled out, \(hedged) hedged")
    var generator = SplitMix(seed: 2_026_120_613)
    var (plainHedged, checked) = (0, 0)
    for _ in 0..<3000 {
      let quotes = (0..<Int.random(in: 1...3, using: &generator)).map { _ in lines[Int.random(in: 0..<lines.count, using: &generator)] }
      let title = Bool.random(using: &generator) ? "The plan was approved" : lines[Int.random(in: 0..<lines.count, using: &generator)]
      let citations = quotes.map { Citation(article: "a", quote: $0) }
      let hedges = Set(quotes).contains { SupportText.hedge(in: $0) != nil } && !SupportText.isHedged(title, words: .summaryHedges)
      let expected =
        hedges
        ? title + ", according to the cited passage" + (quotes.count == 1 ? "." : "s.")
        : (ChronologyBuilder.endsSentence(title) ? title : title + ".")
      #expect(ChronologyBuilder.summary(title: title, quotes: CitedQuotes(citations)) == expected)
      if hedges { plainHedged += 1 }
      checked += 1
    }
    #expect(plainHedged > 300 && checked == 3000, "\(plainHedged) summaries hedged")
  }
}
