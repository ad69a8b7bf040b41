@testable import CronicaModel

/// The tokenizer as it was before it read the bytes through an unsafe buffer (`TemporalText`'s
/// scanner), kept as the plain definition its differential test compares with.
struct ReferenceTokenizer {
  typealias Token = TemporalText.Token
  /// The text's bytes, and what the plain scanner split them into.
  private(set) var bytes: [UInt8]
  private(set) var tokens: [Token] = []
  private(set) var sentences: [Range<Int>] = []
  private(set) var sentenceTokens: [Range<Int>] = []

  init(_ source: String, abbreviations: Set<String>) {
    bytes = Array(source.utf8)
    tokenize(abbreviations: abbreviations)
  }

  /// A token's lower case by its plain definition (which `TemporalText.lower` answers, as its
  /// tests check): its text's `lowercased()`.
  private func lower(_ t: Int) -> String { string(tokens[t].start..<tokens[t].end).lowercased() }

  private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// True when the byte at `i` begins a letter or digit; returns the character's length.
  private func wordCharacter(at i: Int) -> Int? {
    let b = bytes[i]
    if b < 0x80 { return Self.isASCIILetter(b) || Self.isDigit(b) ? 1 : nil }
    let (s, length) = UTF8Bytes.scalar(in: bytes, at: i)
    guard s.properties.isAlphabetic else { return nil }
    return length
  }

  private mutating func tokenize(abbreviations: Set<String>) {
    let n = bytes.count
    tokens.reserveCapacity(n / 5)
    var i = 0
    var sentence = 0
    var sentenceStart: Int?
    var lastEnd = 0
    var newline = false
    var pendingBoundary = false
    // After an abbreviation with inner periods ("U.S."), only a word that usually opens a
    // sentence ("The", "But") starts a new one: "…to the U.S. The task ahead…".
    var afterDottedAbbreviation = false
    func closeSentence(_ s: inout Int, _ start: inout Int?, _ end: Int, _ list: inout [Range<Int>]) {
      if let begin = start {
        list.append(begin..<end)
        s += 1
        start = nil
      }
    }
    while i < n {
      let b = bytes[i]
      // Line feeds, spaces, tabs and carriage returns separate tokens; a line feed also sentences.
      switch b {
      case 0x0A:
        newline = true
        i += 1
        continue
      case 0x20, 0x09, 0x0D:
        i += 1
        continue
      default: break
      }
      let start = i
      var number: Int?
      var digits = 0
      var kind = Token.Kind.punct
      if Self.isDigit(b) {
        kind = .number
        var value = 0
        var separated = false
        var decimal = false
        while i < n, Self.isDigit(bytes[i]) {
          value = value &* 10 &+ Int(bytes[i] - 0x30)
          i += 1
        }
        // Thousands groups and decimals stay in the number.
        while i + 1 < n, bytes[i] == 0x2C || bytes[i] == 0x2E, Self.isDigit(bytes[i + 1]) {
          if bytes[i] == 0x2E { decimal = true } else { separated = true }
          i += 1
          while i < n, Self.isDigit(bytes[i]) {
            value = value &* 10 &+ Int(bytes[i] - 0x30)
            i += 1
          }
        }
        if !decimal, i - start <= 15 { number = value }
        if !decimal, !separated { digits = i - start }
        if i < n, wordCharacter(at: i) != nil { kind = .word }
      } else {
        // A letter starts a word, other whitespace than ASCII is skipped, anything else is a mark.
        let (scalar, length) = b < 0x80 ? (Unicode.Scalar(b), 1) : UTF8Bytes.scalar(in: bytes, at: i)
        if b < 0x80 ? Self.isASCIILetter(b) : scalar.properties.isAlphabetic {
          kind = .word
        } else {
          i += length
          if b >= 0x80, scalar.properties.isWhitespace { continue }
        }
      }
      if kind == .word {
        while i < n {
          let c = bytes[i]
          if c < 0x80 {
            if Self.isASCIILetter(c) || Self.isDigit(c) {
              i += 1
              continue
            }
          } else if let length = wordCharacter(at: i) {
            i += length
            continue
          }
          // Inner periods (U.S, D.C) stay in the word; hyphens split (twenty - first, six - year).
          if c == 0x2E, i + 1 < n, i > start, Self.isASCIILetter(bytes[i - 1]),
            Self.isASCIILetter(bytes[i + 1])
          {
            i += 1
            continue
          }
          break
        }
      }
      if kind == .word {
        number = nil
        digits = 0
      }
      // (Every token has a byte: read where it is, not through a slice, which would hold the array.)
      let first = bytes[start]
      let capitalized = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : UTF8Bytes.scalar(in: bytes, at: start).0.properties.isUppercase
      // Sentence boundaries: line breaks, or a sentence-final mark followed by a capital or a number.
      let opensSentence = afterDottedAbbreviation && kind == .word && capitalized
        && TemporalText.sentenceOpeners.contains(string(start..<i).lowercased())
      if newline || (pendingBoundary && kind != .punct && (capitalized || kind == .number)) || opensSentence {
        closeSentence(&sentence, &sentenceStart, lastEnd, &sentences)
      }
      if kind != .punct {
        pendingBoundary = false
        afterDottedAbbreviation = false
      }
      // A sentence-final mark, by its bytes (`…` is E2 80 A6; none of the four has a canonical twin).
      if kind == .punct,
        i - start == 1 ? b == 0x2E || b == 0x21 || b == 0x3F : i - start == 3 && b == 0xE2 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6
      {
        let last = tokens.count - 1
        let lastLower = last >= 0 ? lower(last) : ""
        let dotted = lastLower.utf8.contains(0x2E)
        // (A period in a word is between two ASCII letters: a byte of its own.)
        let isAbbreviation = last >= 0 && tokens[last].end == start && tokens[last].kind == .word
          && (abbreviations.contains(lastLower) || lastLower.utf8.count == 1 || dotted)
        pendingBoundary = !isAbbreviation
        afterDottedAbbreviation = isAbbreviation && dotted
      }
      newline = false
      if sentenceStart == nil { sentenceStart = start }
      tokens.append(
        Token(
          kind: kind, start: start, end: i, number: number, digits: digits,
          capitalized: capitalized, sentence: sentence))
      lastEnd = i
    }
    closeSentence(&sentence, &sentenceStart, lastEnd, &sentences)
    var begin = 0
    for s in 0..<sentences.count {
      var end = begin
      while end < tokens.count, tokens[end].sentence == s { end += 1 }
      sentenceTokens.append(begin..<end)
      begin = end
    }
  }
}
