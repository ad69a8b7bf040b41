extension ArticleReading {
  /// The key terms of a stretch of tokens, for merging across articles: names (`n:kelly`),
  /// figures (`#:34500`) and content words (`w:homicide`), case and accents folded.
  func terms(_ tokens: Range<Int>) -> Set<String> {
    // Gathered in a list and hashed once into a set of their number (a set filled one by one is
    // grown and rehashed several times).
    var found: [String] = []
    var previousName = ""
    for t in tokens {
      let token = text.tokens[t]
      switch token.kind {
      case .number:
        previousName = ""
        if !dateTokens[t] { found.append("#:" + Self.without(",", token.lower)) }
      case .word:
        let lower = token.lower
        if token.isIn(.stopwords) {
          previousName = ""
          continue
        }
        var folded = Self.without(".", TextFolding.fold(lower))
        if token.capitalized, t != tokens.lowerBound || !lexicon.connectives.occurs(in: text, range: t..<t + 1) {
          // "United States", "U.S." and "US" are one name.
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
        if folded.hasMoreCharacters(than: 3) { found.append("w:" + Self.stem(folded)) }
      case .punct:
        previousName = ""
      }
    }
    return Set(found)
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
