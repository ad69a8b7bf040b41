import CronicaTestSupport
import Testing

@testable import CronicaModel

/// `LineNormalizer.lines`, which takes printable ASCII eight bytes at a time, against the lines'
/// plain definition.
@Suite struct LineNormalizerRunsTests {
  /// The lines as `LineNormalizer.lines` defines them, scalar by scalar: CR LF, CR, LF, NEL, LS
  /// and PS end a line; spacing ends a word; control and invisible characters (a byte-order mark
  /// among them) are dropped, gluing what is on either side; a line is its words joined by one
  /// space.
  static func definedLines(_ text: String) -> [String] {
    var lines: [String] = []
    var words: [String] = []
    var word = ""
    var afterCR = false
    func endWord() {
      if !word.isEmpty { words.append(word) }
      word = ""
    }
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      if afterCR && scalar == "\n" { continue }
      if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        endWord()
        lines.append(words.joined(separator: " "))
        words = []
      } else if LineNormalizer.isSpacing(scalar) {
        endWord()
      } else if !LineNormalizer.isControl(scalar) {
        word.unicodeScalars.append(scalar)
      }
    }
    endWord()
    lines.append(words.joined(separator: " "))
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

  @Test("lines are the lines their definition gives, over random and hostile text at every alignment")
  func linesAsDefined() throws {
    var texts = Self.randomTexts(count: 6_000, seed: 1_313)
    texts += ["", " ", "\n", String(repeating: "y", count: 100_000), String(repeating: "ab ", count: 10_000),
      String(repeating: "ab  ", count: 1_000), String(repeating: "\r\n", count: 100), Fixtures.hostileText]
    var longRuns = 0
    for text in texts {
      var copy = text
      let lines = copy.withUTF8(LineNormalizer.lines(ofUTF8:))
      #expect(lines == Self.definedLines(text), "\(text.debugDescription)")
      // Texts in which the eight-byte reading is taken: nine printable bytes in a row.
      if text.utf8.split(whereSeparator: { $0 <= 0x20 || $0 >= 0x7F }).contains(where: { $0.count >= 9 }) { longRuns += 1 }
    }
    #expect(longRuns > 1_000)
    // The cleaned text of the fixtures, by bytes: what `ArticleCleaner` reads.
    for text in try FrontMatterParserTests.fixedTexts() {
      var copy = text
      let lines = copy.withUTF8(LineNormalizer.lines(ofUTF8:))
      #expect(lines == Self.definedLines(text))
    }
  }

  @Test("the bytes of eight taken at once are those before the first that is not printable or a space before one")
  func eightBytesAtOnce() {
    var random = SplitMix(seed: 8)
    let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xC3, 0xFF]
    var prefixes = [Int](repeating: 0, count: 9)
    for round in 0..<200_000 {
      let bytes = (0..<8).map { _ in
        round % 3 == 0 ? UInt8.random(in: 0...255, using: &random)
          : round % 3 == 1 ? (Bool.random(using: &random) ? 0x20 : UInt8.random(in: 0x21...0x7E, using: &random))
          : (Int.random(in: 0..<10, using: &random) == 0 ? edges.randomElement(using: &random) ?? 0 : 0x61)
      }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
      let printable = { (byte: UInt8) in byte > 0x20 && byte < 0x7F }
      let plain = bytes.indices.prefix { index in
        printable(bytes[index]) || (bytes[index] == 0x20 && index + 1 < bytes.count && printable(bytes[index + 1]))
      }.count
      #expect(LineNormalizer.printableRunPrefix(word) == plain, "\(bytes)")
      prefixes[plain] += 1
    }
    // Every length is met, all eight bytes among them.
    #expect(prefixes.allSatisfy { $0 > 1_000 }, "\(prefixes)")
    #expect(prefixes[8] > 40_000)
  }
}
