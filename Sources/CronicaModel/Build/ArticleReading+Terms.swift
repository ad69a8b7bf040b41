extension ArticleReading {
  /// The key terms of a stretch of tokens, for merging across articles: names (`n:kelly`),
  /// figures (`#:34500`) and content words (`w:homicide`), case and accents folded.
  func terms(_ tokens: Range<Int>) -> Set<String> {
    var found = Set<String>()
    var previousName = ""
    for t in tokens {
      let token = text.tokens[t]
      switch token.kind {
      case .number:
        previousName = ""
        if !dateTokens[t] { found.insert("#:" + Self.without(",", token.lower)) }
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
            found.remove("n:united")
            folded = "us"
          }
          if folded == "usa" { folded = "us" }
          if !token.isIn(.titleWords) || folded == "us" { found.insert("n:" + folded) }
          previousName = folded
          continue
        }
        previousName = ""
        if folded.count >= 4 { found.insert("w:" + Self.stem(folded)) }
      case .punct:
        previousName = ""
      }
    }
    return found
  }

  /// A text without an ASCII mark (looked for by bytes first: most words have none).
  static func without(_ mark: Character, _ text: String) -> String {
    text.utf8.contains(mark.asciiValue ?? 0) ? text.filter { $0 != mark } : text
  }

  /// A crude stem: plural and past endings removed (`homicides` → `homicide`, `seized` → `seiz`).
  static func stem(_ word: String) -> String {
    // Plain ASCII (nearly every word): each byte is a character.
    if word.isPlainASCII, let stemmed = word.utf8.withContiguousStorageIfAvailable(asciiStem) { return stemmed ?? word }
    if word.hasSuffix("ies"), word.count > 5 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ed"), word.count > 5 { return String(word.dropLast(2)) }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 4 { return String(word.dropLast()) }
    return word
  }

  /// `stem` of plain ASCII bytes; nil when the word stays as it is.
  private static func asciiStem(_ word: UnsafeBufferPointer<UInt8>) -> String? {
    let n = word.count
    func ends(_ suffix: StaticString) -> Bool {
      n >= suffix.utf8CodeUnitCount && word.suffix(suffix.utf8CodeUnitCount).elementsEqual(
        UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
    }
    func prefix(dropping count: Int) -> String { String(decoding: word.prefix(n - count), as: UTF8.self) }
    if ends("ies"), n > 5 { return prefix(dropping: 3) + "y" }
    if ends("ed"), n > 5 { return prefix(dropping: 2) }
    if ends("s"), !ends("ss"), n > 4 { return prefix(dropping: 1) }
    return nil
  }
}
