import CronicaTestSupport
import Testing

@testable import CronicaModel

/// The plain reader's acceptance of `name: value` lines, which reads values eight bytes at a time,
/// against the plain definition of the lines it accepts.
@Suite struct FrontMatterPlainWordsTests {
  /// Whether `line` is a `name: value` line as `PlainLines` defines one, scalar by scalar: a name
  /// of 1 to 64 ASCII letters, digits and `_`, then `: `, then a value that starts with no space,
  /// control character or indicator, holds no `: ` or ` #`, ends with neither `:` nor a space,
  /// and whose characters are ASCII from space to `~` or beyond ASCII from U+00A0 but U+2028,
  /// U+2029, U+FEFF, U+FFFE and U+FFFF.
  static func isDefinedLine(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    let name = scalars.prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    guard (1...FrontMatter.PlainLines.maximumName).contains(name.count), scalars.count > name.count + 2,
      scalars[name.count] == ":", scalars[name.count + 1] == " "
    else { return false }
    let value = String(String.UnicodeScalarView(scalars[(name.count + 2)...]))
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
      first.value >= 0x20, !" -?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first), last != ":", last != " "
    else { return false }
    // By bytes, not characters: a space before a combining mark is a character of its own.
    let bytes = Array(value.utf8)
    let pairs = zip(bytes, bytes.dropFirst())
    guard !pairs.contains(where: { $0 == 0x3A && $1 == 0x20 }), !pairs.contains(where: { $0 == 0x20 && $1 == 0x23 }) else {
      return false
    }
    return value.unicodeScalars.allSatisfy { scalar in
      (0x20...0x7E).contains(scalar.value)
        || (scalar.value >= 0xA0 && ![0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value))
    }
  }

  /// Whether `yaml` is plain lines as `PlainLines` defines them: not empty, no line feed at its end,
  /// every line (split at line feeds) a `name: value` line.
  static func isDefinedPlainLines(_ yaml: String) -> Bool {
    guard !yaml.utf8.isEmpty, yaml.utf8.last != 0x0A else { return false }
    return yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).allSatisfy {
      isDefinedLine(String(decoding: $0, as: UTF8.self))
    }
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

  @Test("front matter is accepted as plain lines exactly when its lines are as defined")
  func sameAcceptance() throws {
    var texts = Self.alignedTexts(count: 20_000, seed: 1_314)
    texts += FrontMatterPlainLinesTests.randomTexts(count: 5_000, seed: 1_315).compactMap(FrontMatterPlainLinesTests.yaml(of:))
    texts += try FrontMatterPlainLinesTests.seedTexts().compactMap(FrontMatterPlainLinesTests.yaml(of:))
    // A `:` then a space that starts eight bytes the reading could take at once (the case the
    // check across a block's start guards): refused, and taken when the space is not there.
    texts += ["title: ab: cdefghijk", "title: ab:cdefghijk"]
    #expect(!FrontMatterPlainLinesTests.accepts("title: ab: cdefghijk"))
    #expect(FrontMatterPlainLinesTests.accepts("title: ab:cdefghijk"))
    var (accepted, refused, colonBeforeBlock) = (0, 0, 0)
    for text in texts {
      let plain = Self.isDefinedPlainLines(text)
      #expect(FrontMatterPlainLinesTests.accepts(text) == plain, "\(text.debugDescription)")
      if plain { accepted += 1 } else { refused += 1 }
      if Self.hasColonBeforeBlock(text) { colonBeforeBlock += 1 }
    }
    #expect(accepted > 3_000)
    #expect(refused > 3_000)
    #expect(colonBeforeBlock > 100)
  }

  /// Whether a line's value holds a `:` followed by a space and seven more bytes from space to `~`
  /// but `:` and `#`: eight bytes the reading could take at once but for the `:` before them.
  static func hasColonBeforeBlock(_ text: String) -> Bool {
    text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).contains { line in
      let bytes = Array(line)
      guard let separator = bytes.indices.first(where: { bytes[$0] == 0x3A }), separator + 2 <= bytes.count else {
        return false
      }
      let value = bytes[(separator + 2)...]
      return value.indices.contains { index in
        bytes[index] == 0x3A && index + 8 < bytes.count && bytes[index + 1] == 0x20
          && bytes[(index + 2)...(index + 8)].allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != 0x3A && $0 != 0x23 }
      }
    }
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
