import CronicaTestSupport
import Testing

@testable import CronicaModel

/// `LineNormalizer.lines`, which takes printable ASCII eight bytes at a time, against the byte
/// walk it replaced (kept here as the reference, as it was in main at 64fd29b).
@Suite struct LineNormalizerRunsTests {
  static func plainLines(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var lines: [String] = []
    // A line is kept as the span of `bytes` it equals while it is one (nearly every line: its
    // words and the single spaces between them as the text has them), and is copied into
    // `line` only once it differs. A line kept as a span has its `String` made from the text's
    // bytes directly, with no line buffer.
    var span: Range<Int>?
    var line: [UInt8] = []
    var pendingSpace = false
    var lineIsEmpty: Bool { span == nil && line.isEmpty }
    func finishLine() {
      if let whole = span {
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[whole]), as: UTF8.self))
      } else {
        lines.append(String(decoding: line, as: UTF8.self))
      }
      span = nil
      line.removeAll(keepingCapacity: true)
      pendingSpace = false
    }
    func appendWord(_ range: Range<Int>) {
      if lineIsEmpty {
        span = range
      } else if let whole = span {
        let gap = pendingSpace ? 1 : 0
        if range.lowerBound == whole.upperBound + gap && (gap == 0 || bytes[whole.upperBound] == 0x20) {
          span = whole.lowerBound..<range.upperBound
        } else {
          line.append(contentsOf: bytes[whole])
          span = nil
          if pendingSpace { line.append(0x20) }
          line.append(contentsOf: bytes[range])
        }
      } else {
        if pendingSpace { line.append(0x20) }
        line.append(contentsOf: bytes[range])
      }
      pendingSpace = false
    }
    let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var index = hasByteOrderMark ? 3 : 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte > 0x20 && byte < 0x7F {
        // A run of printable ASCII, taken whole with the single spaces inside it: such a space
        // between two words is what the line gets between them anyway.
        func printable(_ at: Int) -> Bool { at < bytes.count && bytes[at] > 0x20 && bytes[at] < 0x7F }
        var end = index + 1
        while printable(end) || (end < bytes.count && bytes[end] == 0x20 && printable(end + 1)) { end += 1 }
        appendWord(index..<end)
        index = end
        continue
      }
      if byte < 0x80 {
        if byte == 0x0A || byte == 0x0D {
          finishLine()
          if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        } else if LineNormalizer.isSpacing(Unicode.Scalar(byte)) {
          pendingSpace = !lineIsEmpty
        }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
      if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        finishLine()
      } else if LineNormalizer.isSpacing(scalar) {
        pendingSpace = !lineIsEmpty
      } else if !LineNormalizer.isControl(scalar) {
        appendWord(index..<(index + length))
      }
      index += length
    }
    finishLine()
    return lines
  }


  /// Pieces of text: words, single and double spaces at every alignment, tabs and other spacing,
  /// every line break (CR, LF, CRLF, NEL, LS, PS), a byte-order mark, control and invisible
  /// characters, DEL, letters beyond ASCII, long printable runs.
  static let pieces = [
    "a", "word", "Council", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}",
    "\u{FEFF}", "\u{200B}", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "é", "e\u{301}", "日本", "🚨", ".", ",", "~", "!",
    "0123456789", String(repeating: "x", count: 17), "a b c d e f g h i", "ab  cd", " x ", "\u{0B}", "\u{0C}",
  ]

  static func randomTexts(count: Int, seed: UInt64) -> [String] {
    var random = SplitMix(seed: seed)
    return (0..<count).map { round in
      let length = Int.random(in: 0...(round % 10 == 0 ? 400 : 40), using: &random)
      // Leading bytes shift the rest to every alignment of the eight-byte reading.
      return String(repeating: "q", count: round % 8)
        + (0..<length).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }
  }

  @Test("lines are the byte walk's lines, over random and hostile text at every alignment")
  func sameLinesAsTheByteWalk() throws {
    var texts = Self.randomTexts(count: 6_000, seed: 1_313)
    texts += ["", " ", "\n", String(repeating: "y", count: 100_000), String(repeating: "ab ", count: 10_000),
      String(repeating: "ab  ", count: 1_000), String(repeating: "\r\n", count: 100), Fixtures.hostileText]
    var longRuns = 0
    for text in texts {
      var copy = text
      let (plain, fast) = copy.withUTF8 { (Self.plainLines(ofUTF8: $0), LineNormalizer.lines(ofUTF8: $0)) }
      #expect(fast == plain, "\(text.debugDescription)")
      // Texts in which the eight-byte reading is taken: nine printable bytes in a row.
      if text.utf8.split(whereSeparator: { $0 <= 0x20 || $0 >= 0x7F }).contains(where: { $0.count >= 9 }) { longRuns += 1 }
    }
    #expect(longRuns > 1_000)
    // The cleaned text of the fixtures, by bytes: what `ArticleCleaner` reads.
    for text in try FrontMatterParserTests.fixedTexts() {
      var copy = text
      #expect(copy.withUTF8 { Self.plainLines(ofUTF8: $0) == LineNormalizer.lines(ofUTF8: $0) })
    }
  }

  @Test("eight bytes are a run exactly when each is printable or a single space before one, the last not a space")
  func eightBytesAtOnce() {
    var random = SplitMix(seed: 8)
    let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xC3, 0xFF]
    var runs = 0
    for round in 0..<200_000 {
      let bytes = (0..<8).map { _ in
        round % 3 == 0 ? UInt8.random(in: 0...255, using: &random)
          : round % 3 == 1 ? (Bool.random(using: &random) ? 0x20 : UInt8.random(in: 0x21...0x7E, using: &random))
          : (Int.random(in: 0..<10, using: &random) == 0 ? edges.randomElement(using: &random) ?? 0 : 0x61)
      }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
      let printable = { (byte: UInt8) in byte > 0x20 && byte < 0x7F }
      let plain = bytes.indices.allSatisfy { index in
        printable(bytes[index]) || (bytes[index] == 0x20 && index + 1 < bytes.count && printable(bytes[index + 1]))
      }
      #expect(LineNormalizer.isPrintableRun(word) == plain, "\(bytes)")
      if plain { runs += 1 }
    }
    #expect(runs > 40_000)
  }
}
