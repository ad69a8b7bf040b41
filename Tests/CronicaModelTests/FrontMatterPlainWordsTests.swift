import CronicaTestSupport
import Testing

@testable import CronicaModel

/// The plain reader's acceptance of `name: value` lines, which reads values eight bytes at a time,
/// against the byte walk it replaced (kept here as the reference, as it was in main at 64fd29b).
@Suite struct FrontMatterPlainWordsTests {
  static func plainLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
    guard index > start, index - start <= FrontMatter.PlainLines.maximumName, index + 2 < bytes.count, bytes[index] == 0x3A,
      bytes[index + 1] == 0x20, !mayNotStartValue(bytes[index + 2])
    else { return nil }
    index += 2
    var previous: UInt8 = 0x20
    while index < bytes.count, bytes[index] != 0x0A {
      let byte = bytes[index]
      if byte >= 0x24, byte <= 0x7E, byte != 0x3A {
        // Nearly every byte: ASCII above '#' but ':', nothing to check.
        index += 1
      } else if byte < 0x80 {
        // ASCII from space to '~'; no ': ' and no ' #'.
        guard byte >= 0x20, byte <= 0x7E, !(previous == 0x3A && byte == 0x20), !(previous == 0x20 && byte == 0x23)
        else { return nil }
        index += 1
      } else {
        guard let width = printableWidth(bytes, at: index) else { return nil }
        index += width
      }
      previous = byte
    }
    // The value ends neither with ':' nor a space (`previous` is a lead byte beyond ASCII).
    guard previous != 0x3A, previous != 0x20 else { return nil }
    return index
  }


  static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
  }
  static func mayNotStartValue(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25,
      0x40, 0x60:
      true
    default: byte < 0x20
    }
  }
  static func printableWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = bytes[index]
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard width > 0, index + width <= bytes.count else { return nil }
    switch lead {
    case 0xC2: return bytes[index + 1] >= 0xA0 ? width : nil
    case 0xE2: return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? nil : width
    case 0xEF:
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0xBB && third == 0xBF { return nil }
      if second == 0xBF && (third == 0xBE || third == 0xBF) { return nil }
      return width
    default: return width
    }
  }


  /// Whether the byte walk accepts `buffer` as plain lines (`PlainLines.init` as it was).
  static func plainAccepts(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = buffer.last, last != 0x0A else { return false }
    var start = 0
    while start < buffer.count {
      guard let end = plainLineEnd(buffer, from: start) else { return false }
      start = end + 1
    }
    return true
  }

  /// Values with `: `, ` #`, `:` and spaces at every offset of the eight-byte reading, after
  /// names of every length, among bytes the reading takes and those it leaves to the walk.
  static func alignedTexts(count: Int, seed: UInt64) -> [String] {
    var random = SplitMix(seed: seed)
    let pieces = [
      "a", "b", "Z", "0", " ", ": ", " #", ":", "#", "!", "\"", "$", "~", "\u{7F}", "\t", "é", "\u{85}", "\u{A0}", "\u{2028}",
      "\u{FEFF}", "東", "🚨", "a:b", "x#y", "-", "?", ",", "[", "%", "@", "`",
    ]
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...4, using: &random)).map { _ -> String in
        let name = String(repeating: "n", count: Int.random(in: 1...12, using: &random))
        var value = String(repeating: "v", count: Int.random(in: 0...9, using: &random))
        for _ in 0..<Int.random(in: 0...30, using: &random) {
          value += Int.random(in: 0..<3, using: &random) == 0 ? (pieces.randomElement(using: &random) ?? "") : "w"
        }
        return name + ": " + value
      }.joined(separator: "\n")
    }
  }

  @Test("front matter is accepted as plain lines exactly when the byte walk accepts it")
  func sameAcceptance() throws {
    var texts = Self.alignedTexts(count: 20_000, seed: 1_314)
    texts += FrontMatterPlainLinesTests.randomTexts(count: 5_000, seed: 1_315).compactMap(FrontMatterPlainLinesTests.yaml(of:))
    texts += try FrontMatterPlainLinesTests.seedTexts().compactMap(FrontMatterPlainLinesTests.yaml(of:))
    var (accepted, refused) = (0, 0)
    for text in texts {
      var copy = text
      let plain = copy.withUTF8 { Self.plainAccepts($0) }
      #expect(FrontMatterPlainLinesTests.accepts(text) == plain, "\(text.debugDescription)")
      if plain { accepted += 1 } else { refused += 1 }
    }
    #expect(accepted > 3_000)
    #expect(refused > 3_000)
  }

  @Test("eight bytes need no look exactly when each is ASCII from space to ~ but : and #")
  func eightBytesAtOnce() {
    var random = SplitMix(seed: 9)
    let edges: [UInt8] = [0x00, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x39, 0x3A, 0x3B, 0x7E, 0x7F, 0x80, 0xBA, 0xA3, 0xFF]
    var plainWords = 0
    for round in 0..<200_000 {
      let bytes = (0..<8).map { _ in
        round % 2 == 0 ? UInt8.random(in: 0...255, using: &random)
          : (Int.random(in: 0..<12, using: &random) == 0 ? edges.randomElement(using: &random) ?? 0 : 0x61)
      }
      let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
      let plain = bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != 0x3A && $0 != 0x23 }
      #expect(FrontMatter.PlainLines.isPlainValueWord(word) == plain, "\(bytes)")
      if plain { plainWords += 1 }
    }
    #expect(plainWords > 20_000)
  }
}
