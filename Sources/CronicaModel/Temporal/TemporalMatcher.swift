/// The tagger's one matcher, compiled once from the rules: every pattern element and every token
/// as plain data (no references, so the many failing attempts cost no reference counting). One
/// walk says whether a pattern matches at a token and which element took which token; the
/// captures are read off that path afterwards, only for the patterns that matched.
struct TemporalMatcher: Sendable {
  struct Element: Sendable {
    enum Kind: UInt8, Sendable { case words, lexicon, year, day, twoDigits, number, decade, quarter }
    var kind: Kind
    /// For `words`: where the element's word ids are in `wordPool`.
    var words: Range<Int>
    /// For `lexicon`: the class, and whether a plain number or an ordinal also passes.
    var classID: Int
    var digits: TemporalVocabulary.Digits
    var optional: Bool
    var capitalized: Bool
  }

  struct Token: Sendable {
    var id: Int32, sentence: Int
    /// A plain number's value (-1 otherwise) and digit count; the value of `18th`, `21st` (-1 otherwise).
    var number: Int, digits: Int, ordinal: Int
    /// `isAlnum`: a word that begins with a digit (`18th`, `1990s`).
    var isNumber: Bool, isAlnum: Bool, isDecade: Bool, capitalized: Bool
  }

  /// Every pattern's elements, one after the other.
  var elements: [Element] = []
  /// Each pattern's elements in `elements`, and its count of leading lookbehind elements.
  var spans: [Range<Int>] = []
  var behind: [Int] = []
  /// Each pattern's first required element after its lookbehind, and how many optional ones come before it.
  var firstRequired: [(element: Int, skippable: Int)] = []
  var wordPool: [Int32] = []
  /// Bit (word id × `classCount` + class id) set for every word of every lexicon class.
  var membership: [UInt64] = []
  var classCount = 0
  /// The quarter (1–4) of the word ids of `q1`…`q4`.
  var quarters: [Int32: Int] = [:]

  init(vocabulary: TemporalVocabulary, patterns: [TemporalPattern]) {
    classCount = (vocabulary.entries.joined().map(\.classID).max() ?? -1) + 1
    membership = Array(repeating: 0, count: (vocabulary.entries.count * classCount + 63) / 64)
    for (w, list) in vocabulary.entries.enumerated() {
      for entry in list where entry.classID >= 0 {
        let bit = w * classCount + entry.classID
        membership[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    for quarter in 1...4 { vocabulary.ids["q\(quarter)"].map { quarters[$0] = quarter } }
    for (p, pattern) in patterns.enumerated() {
      let start = elements.count
      for (e, element) in pattern.elements.enumerated() {
        var item = Element(
          kind: .year, words: 0..<0, classID: -1, digits: .none, optional: element.optional,
          capitalized: element.capitalized)
        switch vocabulary.tests[p][e] {
        case .words(let words):
          item.kind = .words
          item.words = wordPool.count..<(wordPool.count + words.count)
          wordPool += words
        case .lexicon(let classID, let digits):
          item.kind = .lexicon
          item.classID = classID
          item.digits = digits
        case .year: item.kind = .year
        case .day: item.kind = .day
        case .twoDigits: item.kind = .twoDigits
        case .number: item.kind = .number
        case .decade: item.kind = .decade
        case .quarter: item.kind = .quarter
        }
        elements.append(item)
      }
      spans.append(start..<elements.count)
      behind.append(pattern.behind)
      var required = start + pattern.behind
      while required < elements.count - 1, elements[required].optional { required += 1 }
      firstRequired.append((required, required - start - pattern.behind))
    }
  }

  /// The tokens of a prepared text as plain data (`ids`: each token's word id, -1 when none).
  static func tokens(_ text: TemporalText, ids: UnsafeBufferPointer<Int32>) -> [Token] {
    // (Reserved and appended to, one token after the other: a mapping closure was called for
    // each, and `map` and `Array(unsafeUninitializedCapacity:)` reach the stdlib's unspecialized
    // allocation, which looks up the type. The text is read through buffers: no bounds checks.)
    precondition(ids.count == text.tokens.count, "an id for each token")
    var tokens: [Token] = []
    tokens.reserveCapacity(text.tokens.count)
    text.tokens.withUnsafeBufferPointer { source in
      text.bytes.withUnsafeBufferPointer { bytes in
        for i in source.indices {
          let token = source[i]
          // A word starts with a digit exactly when its first byte in the text is one.
          let firstByte = bytes[token.start]
          let alnum = token.kind == .word && firstByte >= 0x30 && firstByte <= 0x39
          let (ordinal, decade) = alnum ? alnumValues(text, i) : (-1, false)
          tokens.append(
            Token(
              id: ids[i], sentence: token.sentence, number: token.number ?? -1, digits: token.digits, ordinal: ordinal,
              isNumber: token.kind == .number, isAlnum: alnum, isDecade: decade, capitalized: token.capitalized))
        }
      }
    }
    return tokens
  }

  /// The ordinal (`18th`; -1 for none) and whether it is a decade (`1990s`) of a word token that
  /// begins with a digit.
  private static func alnumValues(_ text: TemporalText, _ i: Int) -> (ordinal: Int, decade: Bool) {
    let lower = text.lower(i)
    let bytes = Array(lower.utf8)
    let decade = bytes.count == 5 && bytes[4] == 0x73 && bytes[3] == 0x30 && bytes[0..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    return (TemporalTagger.ordinal(lower) ?? -1, decade)
  }

  /// Where pattern `p` matches at token `t`: `path[k]` is the token its k-th element took (-1 for
  /// an optional one left out; entries past the pattern's elements are left as they were), and
  /// the result the token after the match; nil when it does not match. Elements are greedy; an
  /// optional one is left out only when taking it fails.
  func walk(_ p: Int, _ tokens: [Token], at t: Int, path: inout [Int]) -> Int? {
    let span = spans[p]
    let b = behind[p]
    let sentence = tokens[t].sentence
    guard t >= b else { return nil }
    // Most patterns tried fail early, which is tested before the path is set up: leading required
    // elements can only take the tokens from `t` on, one each; after optional ones ("the?"), the
    // first required element can only take one of the tokens from `t` to `t` + their count.
    let (required, skippable) = firstRequired[p]
    if skippable == 0 {
      var (e, u) = (required, t)
      while e < span.upperBound, !elements[e].optional {
        guard u < tokens.count, tokens[u].sentence == sentence, test(elements[e], tokens[u]) else { return nil }
        (e, u) = (e + 1, u + 1)
      }
    } else {
      var u = t
      while u <= t + skippable, u < tokens.count, tokens[u].sentence == sentence, !test(elements[required], tokens[u]) { u += 1 }
      guard u <= t + skippable, u < tokens.count, tokens[u].sentence == sentence else { return nil }
    }
    // The path is written in place (it is kept between walks, as long as the longest pattern
    // walked so far): a walk that matches sets each of its pattern's elements, taken or not.
    if path.count < span.count { path += repeatElement(-1, count: span.count - path.count) }
    return path.withUnsafeMutableBufferPointer { path in
      for k in 0..<b {
        let token = tokens[t - b + k]
        guard token.sentence == sentence, test(elements[span.lowerBound + k], token) else { return nil }
        path[k] = t - b + k
      }
      return step(span.lowerBound + b, span, tokens, t, sentence, path)
    }
  }

  /// The last token a walk of pattern `p` took outside its lookbehind (`MatchState.last`); -1
  /// when it took none.
  func lastTaken(_ p: Int, path: [Int]) -> Int {
    var e = spans[p].count - 1
    while e >= behind[p] {
      if path[e] >= 0 { return path[e] }
      e -= 1
    }
    return -1
  }

  private func step(
    _ e: Int, _ span: Range<Int>, _ tokens: [Token], _ t: Int, _ sentence: Int, _ path: UnsafeMutableBufferPointer<Int>
  ) -> Int? {
    if e == span.upperBound { return t }
    let element = elements[e]
    if t < tokens.count, tokens[t].sentence == sentence, test(element, tokens[t]),
      let end = step(e + 1, span, tokens, t + 1, sentence, path)
    {
      path[e - span.lowerBound] = t
      return end
    }
    guard element.optional else { return nil }
    path[e - span.lowerBound] = -1
    return step(e + 1, span, tokens, t, sentence, path)
  }

  func test(_ element: Element, _ token: Token) -> Bool {
    if element.capitalized, !token.capitalized { return false }
    switch element.kind {
    case .words:
      for k in element.words where wordPool[k] == token.id { return true }
      return false
    case .lexicon:
      if token.id >= 0, element.classID >= 0, element.classID < classCount {
        let bit = Int(token.id) * classCount + element.classID
        if bit >> 6 < membership.count, membership[bit >> 6] & 1 << UInt64(bit & 63) != 0 { return true }
      }
      switch element.digits {
      case .number: return token.isNumber && token.digits > 0 && token.number >= 0
      case .ordinal: return token.ordinal >= 0
      case .none: return false
      }
    case .year: return token.digits == 4 && (1800...2199).contains(token.number)
    case .day: return dayNumber(token) != nil
    case .twoDigits: return token.digits == 2 && token.number >= 0
    case .number: return token.isNumber
    case .decade: return token.isDecade
    case .quarter: return token.id >= 0 && quarters[token.id] != nil
    }
  }

  /// The day of month a `day` element reads in a token (`5`, `21st`).
  func dayNumber(_ token: Token) -> Int? {
    if token.isNumber, (1...2).contains(token.digits), (1...31).contains(token.number) { return token.number }
    return (1...31).contains(token.ordinal) ? token.ordinal : nil
  }
}
