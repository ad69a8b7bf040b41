/// The allocation-free first pass of matching: plain-data copies of the compiled elements and of
/// the tokens, so that the many failing attempts cost no reference counting.
struct TemporalProbe: Sendable {
  /// One element as plain data.
  struct Element: Sendable {
    enum Kind: UInt8, Sendable { case words, lexicon, year, day, twoDigits, number, decade, quarter }
    var kind: Kind
    /// The class id for `lexicon`; the start of the word ids in `wordPool` for `words`.
    var a: Int32
    /// The digits mode for `lexicon` (0 none, 1 number, 2 ordinal); the word count for `words`.
    var b: Int32
    var optional: Bool
    var capitalized: Bool
  }

  /// One token as plain data.
  struct Token: Sendable {
    var id: Int32
    var sentence: Int32
    /// A plain number's value, -1 otherwise.
    var number: Int
    var digits: Int32
    /// The value of `18th`, `21st`; -1 otherwise.
    var ordinal: Int32
    var isNumber: Bool
    /// A word that begins with a digit (`18th`, `1990s`).
    var isAlnum: Bool
    var isDecade: Bool
    var capitalized: Bool
  }

  var elements: [Element] = []
  /// Each pattern's first element in `elements`, and its element count.
  var starts: [Int] = []
  var counts: [Int] = []
  /// Each pattern's count of leading lookbehind elements.
  var behind: [Int] = []
  var wordPool: [Int32] = []
  /// Word ids by class id: membership bitsets would be overkill; sorted pairs (word, class).
  var membership: Set<Int64> = []
  var quarterIDs: Set<Int32> = []

  init(vocabulary: TemporalVocabulary, patterns: [TemporalPattern]) {
    for (w, list) in vocabulary.entries.enumerated() {
      for entry in list { membership.insert(Int64(w) << 16 | Int64(entry.classID)) }
    }
    quarterIDs = Set(["q1", "q2", "q3", "q4"].compactMap { vocabulary.ids[$0] })
    for (p, pattern) in patterns.enumerated() {
      starts.append(elements.count)
      counts.append(pattern.elements.count)
      behind.append(pattern.behind)
      for (e, element) in pattern.elements.enumerated() {
        var item = Element(kind: .year, a: 0, b: 0, optional: element.optional, capitalized: element.capitalized)
        switch vocabulary.tests[p][e] {
        case .words(let words):
          item.kind = .words
          item.a = Int32(wordPool.count)
          item.b = Int32(words.count)
          wordPool += words
        case .lexicon(let classID, let digits):
          item.kind = .lexicon
          item.a = Int32(classID)
          item.b = digits == .number ? 1 : (digits == .ordinal ? 2 : 0)
        case .year: item.kind = .year
        case .day: item.kind = .day
        case .twoDigits: item.kind = .twoDigits
        case .number: item.kind = .number
        case .decade: item.kind = .decade
        case .quarter: item.kind = .quarter
        }
        elements.append(item)
      }
    }
  }

  /// Plain-data tokens for a prepared text.
  static func tokens(_ text: TemporalText, ids: [Int32]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(text.tokens.count)
    for i in text.tokens.indices {
      var ordinal: Int32 = -1
      var decade = false
      let kind = text.tokens[i].kind
      // A word starts with a digit exactly when its first byte in the text is one.
      let firstByte = text.bytes[text.tokens[i].start]
      let alnum = kind == .word && firstByte >= 0x30 && firstByte <= 0x39
      if alnum {
        let token = text.tokens[i]
        ordinal = Int32(TemporalTagger.ordinal(token) ?? -1)
        let bytes = Array(token.lower.utf8)
        decade = bytes.count == 5 && bytes[4] == 0x73 && bytes[3] == 0x30 && bytes[0..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
      }
      result.append(
        Token(
          id: ids[i], sentence: Int32(text.tokens[i].sentence), number: text.tokens[i].number ?? -1,
          digits: Int32(text.tokens[i].digits), ordinal: ordinal, isNumber: kind == .number, isAlnum: alnum,
          isDecade: decade, capitalized: text.tokens[i].capitalized))
    }
    return result
  }

  /// True when pattern `p` can match at token `t` (same tests as the full match, nothing captured).
  func matches(_ p: Int, _ tokens: [Token], at t: Int) -> Bool {
    let b = behind[p]
    let sentence = tokens[t].sentence
    guard t >= b else { return false }
    for k in 0..<b {
      let token = tokens[t - b + k]
      guard token.sentence == sentence, test(elements[starts[p] + k], token) else { return false }
    }
    return walk(starts[p] + b, starts[p] + counts[p], tokens, t, sentence)
  }

  private func walk(_ e: Int, _ end: Int, _ tokens: [Token], _ t: Int, _ sentence: Int32) -> Bool {
    if e == end { return true }
    let element = elements[e]
    if t < tokens.count, tokens[t].sentence == sentence, test(element, tokens[t]), walk(e + 1, end, tokens, t + 1, sentence) {
      return true
    }
    return element.optional && walk(e + 1, end, tokens, t, sentence)
  }

  private func test(_ element: Element, _ token: Token) -> Bool {
    if element.capitalized, !token.capitalized { return false }
    switch element.kind {
    case .words:
      guard token.id >= 0 else { return false }
      for k in Int(element.a)..<Int(element.a + element.b) where wordPool[k] == token.id { return true }
      return false
    case .lexicon:
      if token.id >= 0, membership.contains(Int64(token.id) << 16 | Int64(element.a)) { return true }
      if element.b == 1 { return token.isNumber && token.digits > 0 && token.number >= 0 }
      if element.b == 2 { return token.ordinal >= 0 }
      return false
    case .year: return token.digits == 4 && (1800...2199).contains(token.number)
    case .day:
      if token.isNumber, (1...2).contains(token.digits), (1...31).contains(token.number) { return true }
      return (1...31).contains(token.ordinal)
    case .twoDigits: return token.digits == 2 && token.number >= 0
    case .number: return token.isNumber
    case .decade: return token.isDecade
    case .quarter: return token.id >= 0 && quarterIDs.contains(token.id)
    }
  }
}
