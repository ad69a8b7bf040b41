extension Event {
  /// Where this event may say more than its quotes, or a quote is not a whole clause of the
  /// article's text: the five `SupportWarning.Rule`s, in rule order. Builders of chronologies
  /// (curated or extracted) call it on each event; `Corpus.supportWarnings` locates them.
  public func supportWarnings() -> [SupportWarning] {
    var warnings: [SupportWarning] = []
    let quotes = citations.map(\.quote)
    let fields = [("title", title), ("summary", summary)]

    // 1. Numbers the quotes do not give (years within the event's own interval excepted).
    let quotedNumbers = Set(quotes.flatMap { SupportText.numbers(in: $0).map(\.value) })
    let firstYear = earliest.isBounded ? earliest.year : Int.min
    let lastYear = latest.isBounded ? latest.year : Int.max
    for (field, text) in fields {
      var reported: Set<String> = []
      for number in SupportText.numbers(in: text)
      where !quotedNumbers.contains(number.value) && reported.insert(number.value).inserted {
        if number.value.count == 4, let year = Int(number.value), (firstYear...lastYear).contains(year) { continue }
        warnings.append(
          SupportWarning(
            rule: .unquotedNumber, field: field, words: number.text,
            message:
              "'\(id)' \(field) says \"\(number.text)\", a number no cited quote gives; say only what the "
              + "quotes say, or cite the passage that gives it"))
      }
    }

    // 2. Quoted phrases that are not verbatim in a quote.
    for (field, text) in fields {
      for phrase in SupportText.quotedPhrases(in: text) where !quotes.contains(where: { $0.contains(phrase) }) {
        warnings.append(
          SupportWarning(
            rule: .unquotedPhrase, field: field, words: phrase,
            message:
              "'\(id)' \(field) puts \u{201C}\(phrase)\u{201D} in quotation marks, but no cited quote has "
              + "those words verbatim; quote the source exactly or drop the quotation marks"))
      }
    }

    // 3. Quotes cut inside a clause or a quotation.
    for (number, quote) in quotes.enumerated() {
      let field = "citations[\(number)].quote"
      for cut in SupportText.cuts(of: quote) {
        warnings.append(
          SupportWarning(
            rule: .cutQuote, field: field, words: cut.words,
            message: "'\(id)' \(field) \(cut.problem) (\"\(cut.words)\"); \(cut.advice)"))
      }
    }

    // 4. A hedged quote behind a summary that states the claim outright.
    if !SupportText.isHedged(summary, words: .summaryHedges) {
      for (number, quote) in quotes.enumerated() {
        guard let hedge = SupportText.hedge(in: quote) else { continue }
        warnings.append(
          SupportWarning(
            rule: .droppedHedge, field: "summary", words: hedge,
            message:
              "'\(id)' summary states without a hedge what citations[\(number)].quote hedges (\"\(hedge)\"); "
              + "keep the hedge (a forecast stays a forecast, an argument an argument) or cite a firmer passage"))
        break
      }
    }

    // 5. Captions and source lines.
    for (number, quote) in quotes.enumerated() where SupportText.isCaption(quote) {
      let field = "citations[\(number)].quote"
      warnings.append(
        SupportWarning(
          rule: .captionQuote, field: field, words: String(quote.prefix(40)),
          message:
            "'\(id)' \(field) is a figure caption or a source line (\"\(quote.prefix(40))\"), not the "
            + "article's text; cite the passage that states the fact"))
    }
    return warnings
  }
}

/// The text scans behind the support checks.
enum SupportText {
  /// The numbers of a text, as written and normalized: digit runs (`46,800` → `46800`, `2.6`,
  /// `FY2019` → `2019`) and number words (`twelve` → `12`, `fivefold` → `5`).
  static func numbers(in text: String) -> [(text: String, value: String)] {
    var result: [(String, String)] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isASCII, character.isNumber {
        var end = index
        while end < characters.count {
          if characters[end].isASCII, characters[end].isNumber {
            end += 1
          } else if characters[end] == "," || characters[end] == ".", end + 1 < characters.count,
            characters[end + 1].isASCII, characters[end + 1].isNumber
          {
            end += 1
          } else {
            break
          }
        }
        let written = String(characters[index..<end])
        result.append((written, written.replacingOccurrences(of: ",", with: "")))
        index = end
      } else if character.isLetter {
        var end = index
        while end < characters.count, characters[end].isLetter { end += 1 }
        let word = String(characters[index..<end])
        if let value = SupportWords.numbers[word.lowercased()] { result.append((word, value)) }
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  /// The phrases of a text between double quotation marks (“…”, "…", «…»), without the marks
  /// and without punctuation closing them (`“the market.”` → `the market`).
  static func quotedPhrases(in text: String) -> [String] {
    var phrases: [String] = []
    var open: String.Index?
    var closer: Character = "\u{201D}"
    for index in text.indices {
      let character = text[index]
      if let start = open {
        guard character == closer else { continue }
        var phrase = String(text[text.index(after: start)..<index]).trimmingWhitespace()
        while let last = phrase.last, ".,;:".contains(last) { phrase = phrase.dropLast() }
        if !phrase.isEmpty { phrases.append(String(phrase)) }
        open = nil
      } else if let pair = Self.closingMarks[character] {
        open = index
        closer = pair
      }
    }
    return phrases
  }

  /// Opening double quotation marks and their closing ones.
  static let closingMarks: [Character: Character] = ["\u{201C}": "\u{201D}", "\"": "\"", "\u{00AB}": "\u{00BB}"]

  /// How a quote is cut: inside a clause at either end, or through a quotation.
  static func cuts(of quote: String) -> [(problem: String, words: String, advice: String)] {
    var cuts: [(String, String, String)] = []
    let trimmed = quote.trimmingWhitespace()
    let words = trimmed.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }
    if let last = trimmed.last, last.isLetter || last.isNumber, let word = words.last,
      SupportWords.clauseOpeners.contains(word.lowercased())
    {
      let shown = trimmed.split(separator: " ").suffix(4).joined(separator: " ")
      cuts.append(("ends inside a clause", "…" + shown, "quote to the end of the clause"))
    }
    if let first = trimmed.first, first.isLowercase, let word = words.first,
      SupportWords.clauseContinuers.contains(word.lowercased())
    {
      let shown = trimmed.split(separator: " ").prefix(4).joined(separator: " ")
      cuts.append(("starts inside a clause", shown + "…", "quote from the start of the clause"))
    }
    let opening = trimmed.filter { $0 == "\u{201C}" }.count
    let closing = trimmed.filter { $0 == "\u{201D}" }.count
    if opening != closing {
      cuts.append(
        ("cuts a quotation in two", "\(opening) \u{201C} and \(closing) \u{201D}",
          "quote the whole quotation, opening and closing marks included"))
    }
    return cuts
  }

  /// True when a text carries one of `words` (`may` only in lower case) or a hedge phrase.
  static func isHedged(_ text: String, words: HedgeWords) -> Bool {
    hedge(in: text, words: words) != nil
  }

  /// The first hedge of a text, as written: a word of `words` (runs of letters, compared in
  /// lower case), else a hedge phrase (words in a row of the folded text).
  static func hedge(in text: String, words: HedgeWords = .hedges) -> String? {
    var found: String?
    // Which words of the phrases occur, in a plain ASCII text: a phrase that lacks one is not there.
    var phraseWords = UInt64(0)
    text.forEachRun(ascii: isLetter, character: \.isLetter) { word, _ in
      guard words.mayHold(word), let index = words.table.index(of: word) else { return true }
      phraseWords |= words.phraseBits[index]
      guard words.isHedge[index] else { return true }
      let written = String(decoding: word, as: UTF8.self)
      if written.lowercased() == "may", written != "may" { return true }  // May, the month
      found = written
      return false
    }
    if let found { return found }
    let plain = text.isASCII
    let possible = SupportWords.hedgePhraseMasks.indices.filter { !plain || SupportWords.hedgePhraseMasks[$0] & ~phraseWords == 0 }
    guard !possible.isEmpty else { return nil }
    // Phrase word ids of the folded text, in order (-1 for other words).
    var ids: [Int] = []
    TextFolding.fold(text).forEachRun(ascii: isLetter, character: \.isLetter) { word, _ in
      ids.append(SupportWords.hedgePhraseTable.index(of: word, lowering: false) ?? -1)
      return true
    }
    return possible.first { phrase in
      let parts = SupportWords.hedgePhraseIDs[phrase]
      return ids.indices.contains { ids[$0...].starts(with: parts) }
    }.map { SupportWords.hedgePhrases[$0] }
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// True for a figure caption or a source line (`Figure 1. …`, `Source: …`, `Photo: …`).
  static func isCaption(_ quote: String) -> Bool {
    let lower = quote.trimmingWhitespace().lowercased()
    if SupportWords.captionOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
    for label in SupportWords.numberedLabels where lower.hasPrefix(label) {
      let rest = lower.dropFirst(label.count).drop { $0 == " " }
      if let next = rest.first, next.isNumber { return true }
    }
    return false
  }
}

extension SupportWords {
  /// The hedge phrases' words, and each phrase as their ids and as a mask of them.
  static let hedgePhraseTable = WordTable(Set(hedgePhraseWords.joined()))
  static let hedgePhraseIDs = hedgePhraseWords.map { $0.map { hedgePhraseTable.words.firstIndex(of: $0) ?? -1 } }
  static let hedgePhraseMasks = hedgePhraseIDs.map { $0.reduce(UInt64(0)) { $0 | 1 << $1 } }
}

/// Hedge words and the hedge phrases' words in one table, so that each word of a text is looked
/// up once (a summary's check looks at every word of its title and of its quotes).
struct HedgeWords: Sendable {
  let table: WordTable
  /// Whether each word of the table is a hedge.
  let isHedge: [Bool]
  /// Each word's bit in `SupportWords.hedgePhraseMasks` (0 for a word of no phrase).
  let phraseBits: [UInt64]
  /// The ASCII words' lengths (at most 31) and first and last letters, case ignored: bit
  /// `last & 31` of entry `length * 32 + first & 31` is set for each.
  private let shapes: [UInt32]

  init(_ hedges: Set<String>) {
    table = WordTable(hedges.union(SupportWords.hedgePhraseTable.words))
    isHedge = table.words.map(hedges.contains)
    phraseBits = table.words.map { word in
      SupportWords.hedgePhraseTable.words.firstIndex(of: word).map { 1 << UInt64($0) } ?? 0
    }
    var shapes = [UInt32](repeating: 0, count: 32 * 32)
    for word in table.words {
      let utf8 = Array(word.utf8)
      guard let first = utf8.first, let last = utf8.last, utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      shapes[min(utf8.count, 31) * 32 + Int(first & 31)] |= 1 << UInt32(last & 31)
    }
    self.shapes = shapes
  }

  /// False for a word of ASCII letters that no word of the table has the length and first and
  /// last letters of (nearly every word of a text: the table is not searched for it); true for
  /// any other word. An ASCII word matches only ASCII words of the table (`WordTable`).
  @inline(__always)
  func mayHold(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first, let last = word.last else { return false }
    for byte in word where byte >= 0x80 { return true }
    return shapes[min(word.count, 31) * 32 + Int(first & 31)] & 1 << UInt32(last & 31) != 0
  }

  static let hedges = HedgeWords(SupportWords.hedges)
  static let summaryHedges = HedgeWords(SupportWords.summaryHedges)
}
