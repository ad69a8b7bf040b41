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
        if !dateTokens[t] { found.insert("#:" + token.lower.filter { $0 != "," }) }
      case .word:
        let lower = token.lower
        if lexicon.stopwords.contains(lower) {
          previousName = ""
          continue
        }
        var folded = TextFolding.fold(lower).filter { $0 != "." }
        if token.capitalized, t != tokens.lowerBound || !lexicon.connectives.occurs(in: text, range: t..<t + 1) {
          // "United States", "U.S." and "US" are one name.
          if folded == "states", previousName == "united" {
            found.remove("n:united")
            folded = "us"
          }
          if folded == "usa" { folded = "us" }
          if !lexicon.titleWords.contains(lower) || folded == "us" { found.insert("n:" + folded) }
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

  /// A crude stem: plural and past endings removed (`homicides` → `homicide`, `seized` → `seiz`).
  static func stem(_ word: String) -> String {
    if word.hasSuffix("ies"), word.count > 5 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("ed"), word.count > 5 { return String(word.dropLast(2)) }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 4 { return String(word.dropLast()) }
    return word
  }
}
