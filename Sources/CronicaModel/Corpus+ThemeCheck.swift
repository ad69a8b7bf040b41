import Foundation

extension Corpus {
  /// Warns where a citation clearly speaks of a theme that its event does not carry.
  ///
  /// For every event and every theme the event lacks, the citations' quotes are folded
  /// (case and accents ignored) and searched for the theme's phrases. A phrase matches only
  /// where it starts a word, so `arms` finds "arms flows" but not "firearms" or "harms";
  /// its end is free, so a stem such as `extradit` finds "extradition". Each missing theme
  /// is reported once per event, naming the first phrase found and the citation it is in.
  /// These are warnings, not load errors: `Corpus.load(from:)` does not run this check.
  ///
  /// - Parameter fileEvents: the events in file order, so that locations (`events[12].themes`)
  ///   match the file; defaults to the corpus's chronological order.
  /// - Returns: one problem per event and missing theme, in event order, then taxonomy order.
  public func themeWarnings(fileEvents: [Event]? = nil) -> [CorpusProblem] {
    let phrasesByTheme: [(theme: Theme, phrases: [String])] = themes.map { theme in
      (theme, theme.phrases.map { TextFolding.fold($0) }.filter { !$0.isEmpty })
    }
    let list = fileEvents ?? Array(events)
    let ranges = Parallel.ranges(of: list.count, minimum: 2_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var warnings: [CorpusProblem] = []
      for index in ranges[piece] {
        let event = list[index]
        let present = Set(event.themes)
        let foldedQuotes = event.citations.map { TextFolding.fold($0.quote) }
        for entry in phrasesByTheme where !present.contains(entry.theme.key) {
          guard let hit = Corpus.firstPhraseHit(entry.phrases, in: foldedQuotes) else { continue }
          warnings.append(
            CorpusProblem(
              file: CorpusFiles.events, location: "events[\(index)].themes",
              message:
                "'\(event.id)' citations[\(hit.citation)] mentions \"\(hit.phrase)\", a phrase of theme "
                + "'\(entry.theme.key)' (\(entry.theme.label)), but the event lacks that theme; "
                + "add it or sharpen the phrase"))
        }
      }
      return warnings
    }
    return Array(pieces.joined())
  }

  /// The first phrase (in phrase order) that starts a word in one of the texts, with that text's index.
  static func firstPhraseHit(_ phrases: [String], in texts: [String]) -> (phrase: String, citation: Int)? {
    for phrase in phrases {
      for (position, text) in texts.enumerated() where containsAtWordStart(phrase, in: text) {
        return (phrase, position)
      }
    }
    return nil
  }

  /// True when `phrase` occurs in `text` at a position not preceded by a letter or digit.
  static func containsAtWordStart(_ phrase: String, in text: String) -> Bool {
    guard !phrase.isEmpty else { return false }
    if let answer = utf8ContainsAtWordStart(phrase, in: text) { return answer }
    return foundationContainsAtWordStart(phrase, in: text)
  }

  /// `containsAtWordStart` by Foundation's search: the reference the byte searches reproduce.
  static func foundationContainsAtWordStart(_ phrase: String, in text: String) -> Bool {
    guard !phrase.isEmpty else { return false }
    var searchStart = text.startIndex
    while searchStart < text.endIndex, let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
      if found.lowerBound == text.startIndex { return true }
      let before = text[text.index(before: found.lowerBound)]
      if !(before.isLetter || before.isNumber) { return true }
      searchStart = text.index(after: found.lowerBound)
    }
    return false
  }

  /// `containsAtWordStart` by bytes for an ASCII phrase in any text without CR (nil otherwise, or
  /// when a match touches a character of several scalars): an ASCII letter starts a character of
  /// its own, so a byte match is a character match unless a combining mark, joiner or modifier
  /// follows it or precedes it; then Foundation decides. The character before a match is the
  /// scalar before it. About a hundred times faster than Foundation's search (`cronica validate`
  /// of 100,000 events spent 20 s in it; `cronica build` of 10 MB, with its curly quotes and
  /// dashes, half its theme time).
  static func utf8ContainsAtWordStart(_ phrase: String, in text: String) -> Bool? {
    var phrase = phrase
    var text = text
    return phrase.withUTF8 { needle -> Bool? in
      text.withUTF8 { haystack -> Bool? in
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), !haystack.contains(0x0D) else { return nil }
        return utf8ContainsAtWordStart(needle, in: haystack)
      }
    }
  }

  /// `utf8ContainsAtWordStart` for bytes already checked: a non-empty ASCII phrase without CR, a
  /// text without CR.
  static func utf8ContainsAtWordStart(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool? {
    // A scalar that joins the character before it (or after it, a prefix).
    func joins(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
      default: return scalar.properties.isEmojiModifier || scalar.properties.isGraphemeExtend
      }
    }
    var from = 0
    while let found = String.firstOffset(of: needle, in: haystack, from: from) {
      let end = found + needle.count
      if end < haystack.count, haystack[end] >= 0x80, joins(Self.scalar(at: end, in: haystack)) { return nil }
      if found == 0 { return true }
      let byte = haystack[found - 1]
      if byte < 0x80 {
        let isWordByte = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        if !isWordByte { return true }
        from = found + 1
        continue
      }
      var start = found - 1
      while start > 0, haystack[start] & 0xC0 == 0x80 { start -= 1 }
      let before = Self.scalar(at: start, in: haystack)
      if before.value >= 0x80, joins(before) { return nil }
      let character = Character(before)
      if !(character.isLetter || character.isNumber) { return true }
      from = found + 1
    }
    return false
  }

  /// The scalar whose UTF-8 starts at `offset` of valid UTF-8 bytes.
  private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return "\u{FFFD}"
  }
}
