/// Article text split into tokens and sentences for temporal tagging, in one pass over UTF-8.
struct TemporalText: Sendable {
  /// One word, number or punctuation mark, located by UTF-8 offsets.
  struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    var kind: Kind
    var start: Int
    var end: Int
    /// The value of a plain number (digits only, or digits with thousands commas).
    var number: Int?
    /// The digit count of a number written without separators; 0 otherwise.
    var digits: Int
    var capitalized: Bool
    var sentence: Int
    /// The builder's word lists the word is in (bits of `WordList`), set by `ArticleReading`.
    var lists: UInt32 = 0
    /// The index of the token's lower-case text (`TemporalText.lower(_:)`) in the builder
    /// lexicon's words (`BuildLexicon.Compiled.words`), set by `ArticleReading`; -1 when it is
    /// none of them.
    var word: Int32 = -1
  }

  var bytes: [UInt8]
  var tokens: [Token] = []
  /// Each sentence's UTF-8 range.
  var sentences: [Range<Int>] = []
  /// Each sentence's token indices.
  var sentenceTokens: [Range<Int>] = []

  init(_ text: String, abbreviations: Set<String>) {
    var spare = TemporalText()
    self.init(text, abbreviations: abbreviations, reusing: &spare)
  }

  /// - Parameter spare: a text read before and no longer needed: its arrays are emptied and
  ///   filled again, their room kept (read afresh, a tiny article allocated four of them). It is
  ///   left empty.
  init(_ text: String, abbreviations: Set<String>, reusing spare: inout TemporalText) {
    bytes = []
    swap(&bytes, &spare.bytes)
    swap(&tokens, &spare.tokens)
    swap(&sentences, &spare.sentences)
    swap(&sentenceTokens, &spare.sentenceTokens)
    bytes.removeAll(keepingCapacity: true)
    bytes.append(contentsOf: text.utf8)
    tokenize(abbreviations: abbreviations)
  }

  /// No text: room to be reused (`init(_:abbreviations:reusing:)`).
  init() { bytes = [] }

  /// The text of a UTF-8 range.
  func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// A token's text in lower case: an ASCII token's A–Z lowered byte by byte, any other's
  /// `lowercased()`. (Made when asked: a string kept in every token cost a string per token
  /// and reference counting on every copy of one.)
  func lower(_ t: Int) -> String {
    let range = tokens[t].start..<tokens[t].end
    return bytes.withUnsafeBufferPointer { Self.lower($0, range) }
  }

  /// `lower(t) == word`: compared by bytes when both are ASCII (an ASCII text equals no text
  /// that is not canonically ASCII), else as strings.
  func lower(_ t: Int, is word: String) -> Bool {
    let (start, end) = (tokens[t].start, tokens[t].end)
    guard isASCII(start..<end), word.utf8.allSatisfy({ $0 < 0x80 }) else { return lower(t) == word }
    guard end - start == word.utf8.count else { return false }
    var k = start
    for byte in word.utf8 {
      guard Self.lowered(bytes[k]) == byte else { return false }
      k += 1
    }
    return true
  }

  /// `lower(t)` has more than `count` characters and ends with `ending`: by bytes when both are
  /// ASCII (each byte a character), else as strings. (The ending is a literal: whether it is
  /// ASCII was known when it was compiled, not found on every call.)
  func lower(_ t: Int, endsWith ending: StaticString, longerThan count: Int) -> Bool {
    let (start, end) = (tokens[t].start, tokens[t].end)
    guard ending.isASCII, isASCII(start..<end) else {
      let lower = lower(t)
      return lower.hasMoreCharacters(than: count) && lower.hasSuffix(ending.description)
    }
    return ending.withUTF8Buffer { tail in
      guard end - start > count, end - start >= tail.count else { return false }
      var k = end - tail.count
      for byte in tail {
        guard Self.lowered(bytes[k]) == byte else { return false }
        k += 1
      }
      return true
    }
  }

  /// The last byte of `lower(t)` when the token is ASCII; nil otherwise.
  func lastLowerByte(_ t: Int) -> UInt8? {
    let (start, end) = (tokens[t].start, tokens[t].end)
    return isASCII(start..<end) ? Self.lowered(bytes[end - 1]) : nil
  }

  private func isASCII(_ range: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { String.isASCII(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// A byte with A–Z lowered.
  static func lowered(_ b: UInt8) -> UInt8 { isASCIILetter(b) ? b | 0x20 : b }

  /// Every token's lower-case text (a phrase of the rules split as text is).
  var lowerWords: [String] { tokens.indices.map(lower) }

  /// The mark a punctuation token is, as a comparison of its text with a string sees it; nil for a
  /// word or a number. A punctuation token is one scalar: its first byte when ASCII, else the
  /// scalar, or for the few that are canonically another one (Greek `;` and `·`), that one.
  func mark(_ t: Int) -> Unicode.Scalar? {
    guard tokens[t].kind == .punct else { return nil }
    let first = bytes[tokens[t].start]
    if first < 0x80 { return Unicode.Scalar(first) }
    let scalar = UTF8Bytes.scalar(in: bytes, at: tokens[t].start).0
    switch scalar.value {
    case 0x037E: return ";"
    case 0x0387: return "\u{00B7}"
    case 0x1FEF: return "`"
    case 0x1FFD: return "\u{00B4}"
    case 0x2329: return "\u{3008}"
    case 0x232A: return "\u{3009}"
    case 0x0340: return "\u{0300}"
    case 0x0341: return "\u{0301}"
    case 0x0343: return "\u{0313}"
    case 0x0374: return "\u{02B9}"
    default: return scalar
    }
  }

  /// Words that open a sentence after an abbreviation such as "U.S." (English and Spanish).
  static let sentenceOpeners: Set<String> = [
    "the", "this", "these", "that", "those", "it", "its", "they", "their", "he", "she", "we", "but", "however",
    "in", "on", "at", "as", "after", "since", "while", "el", "la", "los", "las", "en", "pero", "sin",
  ]

  private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// True when the byte at `i` begins a letter or digit; returns the character's length.
  private static func wordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let b = bytes[i]
    if b < 0x80 { return isASCIILetter(b) || isDigit(b) ? 1 : nil }
    let (s, length) = UTF8Bytes.scalar(in: bytes, at: i)
    guard s.properties.isAlphabetic else { return nil }
    return length
  }

  /// The lower-case text of the bytes `range` (`lower(_:)` of a token there): ASCII bytes with
  /// A–Z lowered one by one, any other text `lowercased()`.
  private static func lower(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let word = UnsafeBufferPointer(rebasing: bytes[range])
    guard String.isASCII(word) else { return String(decoding: word, as: UTF8.self).lowercased() }
    return String(unsafeUninitializedCapacity: word.count) { buffer in
      for k in word.indices { buffer[k] = lowered(word[k]) }
      return word.count
    }
  }

  /// What a word token right before a sentence-final mark says about that mark.
  private enum AbbreviationAnswer {
    /// Not an abbreviation: the mark may end the sentence.
    case no
    /// An abbreviation (one letter, a dotted one such as "u.s", or a listed word that is not
    /// ASCII): the mark ends no sentence; a dotted one makes only an opener start the next.
    case yes(dotted: Bool)
    /// An ASCII word of more letters without a period: only `abbreviations` can say, and it is
    /// asked (`isListed`) only when the answer counts, at a capital or a number after the mark.
    case askList
  }

  /// Whether a word token right before a sentence-final mark is an abbreviation (one letter, a
  /// dotted one, or one of `abbreviations` in lower case), or whether the list must be asked.
  private static func abbreviation(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in abbreviations: Set<String>
  ) -> AbbreviationAnswer {
    // An ASCII word's lower case has its bytes' count and periods; any other's is made.
    let word = UnsafeBufferPointer(rebasing: bytes[range])
    guard String.isASCII(word) else {
      let lower = lower(bytes, range)
      let dotted = lower.utf8.contains(0x2E)
      return abbreviations.contains(lower) || lower.utf8.count == 1 || dotted ? .yes(dotted: dotted) : .no
    }
    let dotted = word.contains(0x2E)
    return range.count == 1 || dotted ? .yes(dotted: dotted) : .askList
  }

  /// Whether an ASCII word's lower case is one of `abbreviations`.
  private static func isListed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in abbreviations: Set<String>) -> Bool {
    abbreviations.contains(lower(bytes, range))
  }

  /// Splits the text into tokens and sentences, reading its bytes through an unsafe buffer (an
  /// array read byte by byte checked every index; the plain definition is the tests'
  /// `ReferenceTokenizer`).
  private mutating func tokenize(abbreviations: Set<String>) {
    // The arrays are taken out while the bytes are read (their room kept), and put back.
    var (tokens, sentences, sentenceTokens) = ([Token](), [Range<Int>](), [Range<Int>]())
    swap(&tokens, &self.tokens)
    swap(&sentences, &self.sentences)
    swap(&sentenceTokens, &self.sentenceTokens)
    tokens.removeAll(keepingCapacity: true)
    sentences.removeAll(keepingCapacity: true)
    sentenceTokens.removeAll(keepingCapacity: true)
    // (Prose runs about five to six bytes a token (the temporal fixture articles 4.9–6.1): a
    // quarter of the bytes is room for those without regrowth; denser text grows the array.)
    tokens.reserveCapacity(bytes.count / 4 + 1)
    bytes.withUnsafeBufferPointer { bytes in
      Self.scan(bytes, abbreviations: abbreviations, tokens: &tokens, sentences: &sentences, sentenceTokens: &sentenceTokens)
    }
    self.tokens = tokens
    self.sentences = sentences
    self.sentenceTokens = sentenceTokens
  }

  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>, tokens: inout [Token], sentences: inout [Range<Int>],
    sentenceTokens: inout [Range<Int>]
  ) {
    let n = bytes.count
    var i = 0
    var sentence = 0
    var sentenceStart: Int?
    // The first token of the open sentence: a sentence's tokens run from it to the next one's.
    var sentenceFirstToken = 0
    var lastEnd = 0
    var newline = false
    var pendingBoundary = false
    // The ASCII word before the sentence-final mark of `pendingBoundary` when only the list of
    // abbreviations can say whether it is one: not yet looked up, asked when a boundary there is
    // in question.
    var wordToLookUp: Range<Int>?
    // After an abbreviation with inner periods ("U.S."), only a word that usually opens a
    // sentence ("The", "But") starts a new one: "…to the U.S. The task ahead…".
    var afterDottedAbbreviation = false
    while i < n {
      let b = bytes[i]
      if b == 0x0A { newline = true; i += 1; continue }
      if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
      let start = i
      var kind = Token.Kind.punct
      var number: Int?
      var digits = 0
      if isDigit(b) {
        kind = .number
        var value = 0
        var separated = false
        var decimal = false
        while i < n, isDigit(bytes[i]) {
          value = value &* 10 &+ Int(bytes[i] - 0x30)
          i += 1
        }
        // Thousands groups and decimals stay in the number.
        while i + 1 < n, bytes[i] == 0x2C || bytes[i] == 0x2E, isDigit(bytes[i + 1]) {
          if bytes[i] == 0x2E { decimal = true } else { separated = true }
          i += 1
          while i < n, isDigit(bytes[i]) {
            value = value &* 10 &+ Int(bytes[i] - 0x30)
            i += 1
          }
        }
        if !decimal, i - start <= 15 { number = value }
        if !decimal, !separated { digits = i - start }
        if i < n, wordCharacter(bytes, at: i) != nil { kind = .word }
      } else if b < 0x80 ? isASCIILetter(b) : wordCharacter(bytes, at: i) != nil {
        kind = .word
      } else if b >= 0x80, case let (s, length) = UTF8Bytes.scalar(in: bytes, at: i), s.properties.isWhitespace {
        i += length
        continue
      } else {
        i += b < 0x80 ? 1 : UTF8Bytes.scalar(in: bytes, at: i).1
      }
      if kind == .word {
        while i < n {
          // The run of ASCII letters and digits at once (no byte of 0x80 or more is one).
          while i < n, isASCIILetter(bytes[i]) || isDigit(bytes[i]) { i += 1 }
          guard i < n else { break }
          let c = bytes[i]
          if c >= 0x80, let length = wordCharacter(bytes, at: i) {
            i += length
            continue
          }
          // Inner periods (U.S, D.C) stay in the word; hyphens split (twenty - first, six - year).
          if c == 0x2E, i + 1 < n, i > start, isASCIILetter(bytes[i - 1]), isASCIILetter(bytes[i + 1]) {
            i += 1
            continue
          }
          break
        }
        number = nil
        digits = 0
      }
      let capitalized = b < 0x80 ? (b >= 0x41 && b <= 0x5A) : UTF8Bytes.scalar(in: bytes, at: start).0.properties.isUppercase
      // Sentence boundaries: line breaks, or a sentence-final mark followed by a capital or a number.
      let opensSentence = afterDottedAbbreviation && kind == .word && capitalized
        && sentenceOpeners.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).lowercased())
      if newline || opensSentence
        || (pendingBoundary && kind != .punct && (capitalized || kind == .number)
          && !(wordToLookUp.map { isListed(bytes, $0, in: abbreviations) } ?? false)),
        let begin = sentenceStart
      {
        sentences.append(begin..<lastEnd)
        sentenceTokens.append(sentenceFirstToken..<tokens.count)
        sentence += 1
        sentenceStart = nil
      }
      if kind != .punct {
        pendingBoundary = false
        afterDottedAbbreviation = false
      }
      // A sentence-final mark, by its bytes (`…` is E2 80 A6; none of the four has a canonical twin).
      if kind == .punct,
        i - start == 1 ? b == 0x2E || b == 0x21 || b == 0x3F : i - start == 3 && b == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6
      {
        // (A period in a word is between two ASCII letters: a byte of its own.)
        pendingBoundary = true
        wordToLookUp = nil
        afterDottedAbbreviation = false
        if let last = tokens.last, last.end == start, last.kind == .word {
          switch abbreviation(bytes, last.start..<last.end, in: abbreviations) {
          case .no: break
          case .yes(let dotted):
            pendingBoundary = false
            afterDottedAbbreviation = dotted
          // (A word left to the list is not dotted: whatever the list says, no opener is looked for.)
          case .askList: wordToLookUp = last.start..<last.end
          }
        }
      }
      newline = false
      if sentenceStart == nil {
        sentenceStart = start
        sentenceFirstToken = tokens.count
      }
      tokens.append(
        Token(
          kind: kind, start: start, end: i, number: number, digits: digits,
          capitalized: capitalized, sentence: sentence))
      lastEnd = i
    }
    if let begin = sentenceStart {
      sentences.append(begin..<lastEnd)
      sentenceTokens.append(sentenceFirstToken..<tokens.count)
    }
  }
}
