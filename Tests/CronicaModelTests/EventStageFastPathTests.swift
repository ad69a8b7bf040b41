import CronicaResources
import Testing

@testable import CronicaModel

/// The shortcuts from a tagged article to its stored event against the plain answers they stand
/// for: runs of ASCII bytes, a title's last mark, tokens joined by bytes, the lemma path's first
/// look, a theme haystack lowered by bytes and a day written by bytes.
@Suite struct EventStageFastPathTests {
  /// Random lines of the reading tests' pieces, and lines of ASCII only (CR LF, digits, marks).
  static func lines() -> [String] {
    var generator = SplitMix(seed: 2026_12_06)
    let ascii = ["May", "may", "might", "could", "reportedly", "2021", "12", "a", "B", " ", ",", ".", "\r\n", "\r", "\n", "-", "“"]
    let asciiLines = (0..<4_000).map { _ in
      (0..<Int.random(in: 0...10, using: &generator)).map { _ in ascii.dropLast().randomElement(using: &generator)! }.joined()
    }
    return asciiLines + ReadingFastPathTests.randomLines(count: 4_000, seed: 2026_12_06)
      + ["", "e\u{301}", "x.\u{301}", "”", "Done.", "Done!\r\n", "\u{600}.", "1999 and 20210", "١٢٣٤ 2021"]
  }

  /// Every run and its character count, as `forEachRun` gives them, stopping after `limit` runs.
  static func runs(
    _ line: String, ascii: (UInt8) -> Bool, character: (Character) -> Bool, limit: Int, plain: Bool
  ) -> [String] {
    var found: [String] = []
    let body = { (run: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool in
      found.append(String(decoding: run, as: UTF8.self) + "/\(characters)")
      return found.count < limit
    }
    if plain {
      var copy = line
      copy.withUTF8 { line.forEachRun($0, ascii: ascii, character: character, body) }
    } else {
      line.forEachRun(ascii: ascii, character: character, body)
    }
    return found
  }

  /// ASCII lines take their own loop: the same runs, counts and stops as the loop for any text.
  @Test func asciiRunsAreTheRunsOfAnyText() {
    var asciiLines = 0
    for line in Self.lines() {
      if line.utf8.allSatisfy({ $0 < 0x80 }) { asciiLines += 1 }
      #expect(line.isASCII == line.utf8.allSatisfy { $0 < 0x80 }, "\(line.debugDescription)")
      for limit in [1, 2, .max] {
        let letters = (ascii: { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 }, character: { (c: Character) in c.isLetter })
        let digits = (ascii: { (byte: UInt8) in byte &- 0x30 < 10 }, character: { (c: Character) in c.isNumber })
        for test in [letters, digits] {
          let fast = Self.runs(line, ascii: test.ascii, character: test.character, limit: limit, plain: false)
          let plain = Self.runs(line, ascii: test.ascii, character: test.character, limit: limit, plain: true)
          #expect(fast == plain, "\(line.debugDescription) \(limit)")
        }
      }
    }
    #expect(asciiLines > 3_000)
  }

  /// Eight bytes are checked at a time, then the rest one by one: a scalar that is not ASCII is
  /// found at every place of texts of every length up to three words of eight bytes.
  @Test func aTextIsASCIIWhenNoByteIsAbove0x7F() {
    for length in 0...24 {
      let ascii = String(repeating: "a", count: length)
      #expect(ascii.isASCII)
      for place in 0...length {
        for scalar in ["é", "\u{80}", "€", "😀"] {
          let text = String(ascii.prefix(place)) + scalar + String(ascii.dropFirst(place))
          #expect(!text.isASCII, "\(text.debugDescription)")
        }
      }
    }
  }

  /// A title ends a sentence when its last character is one of the marks, read by bytes or not.
  @Test func aTitlesEndingIsItsLastCharacter() {
    var ending = 0
    for title in Self.lines() + ["Done.", "Done”", "Done\"", "Done?", "!", "Done.\u{301}", "Done\r\n", "Done\u{1F3FB}."] {
      let expected = title.last.map { ".!?”\"".contains($0) } ?? false
      #expect(ChronologyBuilder.endsSentence(title) == expected, "\(title.debugDescription)")
      if expected { ending += 1 }
    }
    #expect(ending > 100)
  }

  /// The gold articles' readings (English and Spanish).
  static func readings() throws -> [ArticleReading] {
    let builder = try BuildFixtures.builder()
    var gold = "The “vast (majority)” of $5 drugs—and U.S. arms—were seized. "
    for (file, folder) in TemporalMatcherDifferentialTests.sets {
      for document in try TemporalFixtures.gold(file) { gold += (try TemporalFixtures.text(of: document, in: folder)) + "\n" }
    }
    return builder.lexicons.map { lexicon in
      ArticleReading(article: BuildFixtures.article("a", gold), tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
    }
  }

  /// Tokens joined as the strings of their bytes were.
  @Test func joinedTokensAreTheTokensBytesAndSpaces() throws {
    func reference(_ reading: ArticleReading, _ tokens: [Int]) -> String {
      let text = reading.text
      var result: [UInt8] = []
      var previous: Int?
      for t in tokens {
        if let previous {
          if previous + 1 == t {
            if text.tokens[previous].end != text.tokens[t].start { result.append(0x20) }
          } else if text.mark(t).map({ ["(", "“", "$"].contains($0) }) ?? true {
            result.append(0x20)
          }
        }
        result += text.bytes[text.tokens[t].start..<text.tokens[t].end]
        previous = t
      }
      return String(decoding: result, as: UTF8.self)
    }
    var generator = SplitMix(seed: 2026_12_06)
    var joined = 0
    for reading in try Self.readings() {
      for span in reading.spans {
        let whole = Array(span)
        // The whole sentence, every other token, and random choices in order.
        let choices = [whole, whole.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), whole.filter { _ in Bool.random(using: &generator) }, []]
        for tokens in choices {
          #expect(reading.join(tokens).text == reference(reading, tokens), "\(tokens)")
          joined += 1
        }
      }
    }
    #expect(joined > 1_000)
  }

  /// A title rendered as the scalars of its text said: quotes closed, "U.S." keeping its period,
  /// the speaker first; the first letter raised as `Character.uppercased` raises it.
  @Test func renderedTitlesAreTheScalarByScalarTitles() throws {
    func reference(_ reading: ArticleReading, _ tokens: [Int], speaker: [Int]) -> String {
      let text = reading.text
      func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
      }
      var result = ""
      if !speaker.isEmpty { result = capitalized(reading.join(speaker).text) + ": " }
      var body = reading.join(tokens).text
      if let last = tokens.last, text.lower(last).utf8.contains(UInt8(ascii: ".")), last + 1 < text.tokens.count,
        text.lower(last + 1, is: "."), text.tokens[last + 1].start == text.tokens[last].end
      {
        body += "."
      }
      var opened = 0
      var straight = 0
      for scalar in body.unicodeScalars {
        switch scalar {
        case "“": opened += 1
        case "”": opened -= 1
        case "\"": straight += 1
        default: break
        }
      }
      if opened > 0 { body += String(repeating: "”", count: opened) }
      if straight % 2 == 1 { body += "\"" }
      if speaker.isEmpty { body = capitalized(body) }
      return result + body
    }
    var generator = SplitMix(seed: 2026_12_06)
    var closed = 0
    for reading in try Self.readings() {
      for span in reading.spans where span.count > 2 {
        let whole = Array(span)
        let cut = Int.random(in: 1..<whole.count, using: &generator)
        for (tokens, speaker) in [(whole, []), (Array(whole[..<cut]), []), (Array(whole[cut...]), Array(whole[..<min(cut, 3)]))] {
          let rendered = reading.render(tokens, speaker: speaker)
          #expect(rendered == reference(reading, tokens, speaker: speaker), "\(tokens)")
          if rendered.hasSuffix("”") || rendered.hasSuffix("\"") { closed += 1 }
        }
      }
    }
    for text in ["élite", "a", "", "ab", "a\u{301}b", "a\u{345}b", "x”", "ñ", "\u{1F600}a", "A"] {
      let expected = text.first.map { $0.isLowercase ? $0.uppercased() + text.dropFirst() : text } ?? text
      #expect(ArticleReading.capitalized(text) == expected, "\(text.debugDescription)")
    }
    #expect(closed > 20, "\(closed) titles end in a quotation mark")
  }

  /// The lemma path (`-ed` and `-ing` forms of one-word cues) finds what the cues' lemmas say,
  /// though most words are turned away by their last byte.
  @Test func inflectedCuesMatchTheirLemmas() throws {
    let builder = try BuildFixtures.builder()
    let raw = try BuildLexicon.load(from: try #require(CronicaResources.buildURL))
    var matched = 0
    for lexicon in builder.lexicons {
      let source = try #require(raw.first { $0.language == lexicon.language })
      let split = WordPhrases.split(source.cues.map { ($0.phrase, $0.kind) }, abbreviations: builder.tagger.rules.abbreviations)
      var lemmas: [String: String] = [:]
      for (words, value) in split where words.count == 1 && words[0].count > 3 && lexicon.words.index(of: words[0]) != nil {
        if lemmas[WordPhrases.lemma(words[0])] == nil { lemmas[WordPhrases.lemma(words[0])] = value }
      }
      // Endings in capitals ("reportED") are lowered before the shortcut looks at them; the
      // Kelvin sign is not ASCII.
      let endings = ["ed", "d", "ing", "s", "ED", "inG", "e\u{212A}"]
      let forms: [String] = split.filter { $0.words.count == 1 }.flatMap { (entry) -> [String] in
        let word: String = entry.words[0]
        // (And after a letter that is not ASCII: the last byte alone turns most of them away.)
        return endings.map { word + $0 } + ["x" + word] + endings.map { "ñ" + word + $0 } + ["\u{600}" + word, "ñ" + word]
      }
      let reading = ArticleReading(
        article: BuildFixtures.article("a", forms.joined(separator: " ") + ". Señaló, señalaba, apoyó y apoyando."),
        tagger: builder.tagger, languages: ArticleReading.LanguageGuess([lexicon]), mode: .news)
      let text = reading.text
      for t in text.tokens.indices where !(text.tokens[t].isIn(.cues) && text.tokens[t].word >= 0) {
        let lower = text.lower(t)
        var expected: String?
        if text.tokens[t].kind == .word, !text.tokens[t].capitalized, lower.count > 3,
          lower.hasSuffix("ed") || lower.hasSuffix("ing")
        {
          expected = lemmas[WordPhrases.lemma(lower)]
        }
        let found = lexicon.cues.match(in: text, at: t, limit: t + 1)
        #expect(found?.value == expected && (found == nil || found?.count == 1), "\(lexicon.language) \(lower)")
        if found != nil { matched += 1 }
      }
    }
    #expect(matched > 100)
  }

  /// A haystack lowered by bytes is the haystack of the folded text, and finds the same phrases.
  @Test func aHaystackLoweredByBytesIsTheFoldedTextsHaystack() {
    let phrases = ["may", "could", "2021", "b", "señor", "a b", "x"]
    var compiled = ThemeAssigner.Phrases()
    let indices = compiled.append(phrases)
    for line in Self.lines() {
      let fast = ThemeAssigner.Haystack(folding: line)
      let plain = ThemeAssigner.Haystack(TextFolding.fold(line))
      #expect(fast.text == plain.text && fast.bytes == plain.bytes, "\(line.debugDescription)")
      #expect(fast.hasCR == plain.hasCR && fast.pairs == plain.pairs, "\(line.debugDescription)")
      for index in indices { #expect(compiled.occurs(index, in: fast) == compiled.occurs(index, in: plain)) }
    }
  }

  /// A day written by bytes is its year, month and day padded as `TemporalCalendar.pad` pads them.
  @Test func aDayWrittenByBytesIsItsPaddedParts() {
    var days = Array(-800_000...(-700_000)).filter { $0 % 997 == 0 } + Array(-719_600...(-719_400))
    days += Array(-30_000...30_000).filter { $0 % 7 == 0 } + Array(2_900_000...2_933_000).filter { $0 % 101 == 0 }
    for number in days + [0, 2_932_896, 2_932_897, -719_528, -719_529] {
      let day = DayStamp(number: number)
      let (year, month, date) = day.civil
      let expected = "\(TemporalCalendar.pad(year, 4))-\(TemporalCalendar.pad(month, 2))-\(TemporalCalendar.pad(date, 2))"
      #expect(day.iso == expected, "\(number)")
    }
    #expect(DayStamp.distantPast.iso == nil && DayStamp.distantFuture.iso == nil)
  }
}
