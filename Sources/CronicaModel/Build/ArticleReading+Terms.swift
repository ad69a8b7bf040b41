extension ArticleReading {
  /// The key terms of a stretch of tokens, for merging across articles: names (`n:kelly`),
  /// figures (`#:34500`) and content words (`w:homicide`), case and accents folded; as their
  /// numbers in the vocabulary of the piece of work reading the article, ascending, each once.
  func terms(_ tokens: Range<Int>, in vocabulary: inout TermVocabulary) -> [Int32] {
    var found: [Int32] = []
    found.reserveCapacity(tokens.count)
    // The last token was the name "United".
    var afterUnited = false
    let lists = vocabulary.number(ofLists: lexicon)
    // (What the loop reads is taken out first: a closure holding `self` copies the whole reading.)
    let (text, dateTokens, connectives) = (self.text, self.dateTokens, lexicon.connectives)
    text.bytes.withUnsafeBufferPointer { bytes in
      for t in tokens {
        let token = text.tokens[t]
        let word = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        switch token.kind {
        case .number:
          afterUnited = false
          guard !dateTokens[t] else { continue }
          // (Not remembered: a figure is rarely met again, and its term is its digits.)
          found.append(vocabulary.number(of: Self.figureTerm(t, in: text)))
        case .word:
          let name = token.capitalized && (t != tokens.lowerBound || !connectives.occurs(in: text, range: t..<t + 1))
          let role: TermVocabulary.Role = name ? .name : .word
          let (remembered, slot) = vocabulary.lookUp(word, word: token.word, role: role, lists: lists)
          let reading = remembered ?? Self.termReading(of: token, text.lower(t), name: name, in: &vocabulary)
          if remembered == nil { vocabulary.remember(reading, for: word, word: token.word, role: role, lists: lists, slot: slot) }
          if reading.stop {
            afterUnited = false
          } else if name, reading.states, afterUnited {
            // "United States", "U.S." and "US" are one name.
            if let united = vocabulary.existingNumber(of: "n:united") { found.removeAll { $0 == united } }
            found.append(vocabulary.number(of: "n:us"))
            afterUnited = false
          } else {
            if reading.term >= 0 { found.append(reading.term) }
            afterUnited = name && reading.united
          }
        case .punct:
          afterUnited = false
        }
      }
    }
    found.sort()
    var kept = 0
    for index in found.indices where index == 0 || found[index] != found[kept - 1] {
      found[kept] = found[index]
      kept += 1
    }
    found.removeLast(found.count - kept)
    return found
  }

  /// What a word gives as a name or a content word, the first time it is met in that role with
  /// that lexicon: by its word number for a word of the lexicon's table, by its bytes for any
  /// other (`TermVocabulary.lookUp`). (Static: a closure holding `self` would copy the reading.)
  private static func termReading(of token: TemporalText.Token, _ lower: String, name: Bool, in vocabulary: inout TermVocabulary) -> TermVocabulary.Reading {
    guard !token.isIn(.stopwords) else { return TermVocabulary.Reading(stop: true) }
    var folded = Self.without(".", TextFolding.fold(lower))
    var reading = TermVocabulary.Reading(united: folded == "united", states: folded == "states")
    if name {
      if folded == "usa" { folded = "us" }
      if !token.isIn(.titleWords) || folded == "us" { reading.term = vocabulary.number(of: "n:" + folded) }
    } else if folded.hasMoreCharacters(than: 3) {
      reading.term = vocabulary.number(of: "w:" + Self.stem(folded))
    }
    return reading
  }

  /// A figure's term: `#:` and its lower-case text without commas (`#:34500`), written by bytes
  /// into the term's own storage (one string, not three). A number token is ASCII by construction
  /// (`TemporalText.tokenize`); the non-ASCII fallback is only a guard against a tokenizer that
  /// one day makes other number tokens.
  static func figureTerm(_ t: Int, in text: TemporalText) -> String {
    let (start, end) = (text.tokens[t].start, text.tokens[t].end)
    let plain = text.bytes.withUnsafeBufferPointer { bytes in
      String.isASCII(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
    guard plain else { return "#:" + Self.without(",", text.lower(t)) }
    return String(unsafeUninitializedCapacity: end - start + 2) { term in
      term[0] = UInt8(ascii: "#")
      term[1] = UInt8(ascii: ":")
      var count = 2
      for k in start..<end where text.bytes[k] != UInt8(ascii: ",") {
        term[count] = TemporalText.lowered(text.bytes[k])
        count += 1
      }
      return count
    }
  }

  /// Two ascending lists of term numbers as one, each number once.
  static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(a.count + b.count)
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        result.append(a[i])
        i += 1
      } else {
        if i < a.count, a[i] == b[j] { i += 1 }
        result.append(b[j])
        j += 1
      }
    }
    return result
  }

  /// A text without an ASCII mark (looked for by bytes first: most words have none).
  static func without(_ mark: Character, _ text: String) -> String {
    text.utf8.contains(mark.asciiValue ?? 0) ? text.filter { $0 != mark } : text
  }

  /// A crude stem: plural and past endings removed (`homicides` → `homicide`, `seized` → `seiz`).
  static func stem(_ word: String) -> String {
    let (ies, ed, s, ss) = stemEndings
    var copy = word
    // The characters to drop and what replaces them.
    let cut: (count: Int, ending: String)? = copy.withUTF8 { utf8 in
      if ies.ends(word, utf8), word.hasMoreCharacters(than: 5) { return (3, "y") }
      if ed.ends(word, utf8), word.hasMoreCharacters(than: 5) { return (2, "") }
      if s.ends(word, utf8), !ss.ends(word, utf8), word.hasMoreCharacters(than: 4) { return (1, "") }
      return nil
    }
    return cut.map { String(word.dropLast($0.count)) + $0.ending } ?? word
  }

  private static let stemEndings = (WordEnding("ies"), WordEnding("ed"), WordEnding("s"), WordEnding("ss"))
}
