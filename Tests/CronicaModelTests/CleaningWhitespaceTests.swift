import Foundation
import Testing

@testable import CronicaModel

/// Line endings, spacing and paragraph joining.
@Suite struct CleaningWhitespaceTests {
  static let cases: [(raw: String, expected: String)] = [
    ("One\r\nTwo\rThree\nFour", "One\n\nTwo\n\nThree\n\nFour"),
    ("\u{FEFF}Title\n\nBody", "Title\n\nBody"),
    ("  a\tb \u{00A0}\u{00A0} c  \n\n\n\n  d  ", "a b c\n\nd"),
    ("\n\n\nFirst\n\n\n\nSecond\n\n\n", "First\n\nSecond"),
    ("Line with trailing newline\n", "Line with trailing newline"),
    (
      "effectivecooperation stays, as do \u{201C}quotes\u{201D}, dashes\u{2014}and\u{2026}",
      "effectivecooperation stays, as do \u{201C}quotes\u{201D}, dashes\u{2014}and\u{2026}"
    ),
    ("- bullet one\n- bullet two", "- bullet one\n\n- bullet two"),
    ("bell\u{0007} and escape\u{001B}[31m removed", "bell and escape[31m removed"),
    ("NEL\u{85}line\u{2028}separator\u{2029}paragraph", "NEL\n\nline\n\nseparator\n\nparagraph"),
    ("", ""),
    ("\r\n \t \r\n", ""),
  ]

  @Test(arguments: cases.indices)
  func whitespaceIsNormalized(index: Int) {
    let (raw, expected) = Self.cases[index]
    #expect(ArticleCleaner.clean(raw).text == expected)
  }

  @Test("the line feeds counted by memchr (the lines' room made once) are those a byte walk counts")
  func lineFeedsCounted() {
    var random = SplitMix(seed: 1_3)
    let pieces: [[UInt8]] = [
      [0x0A], [0x0D], [0x0D, 0x0A], [0x20], Array("word".utf8), Array("é".utf8), [0xE2, 0x80, 0xA8], [0xC2, 0x85], [0xFF],
      [0x00], Array(repeating: 0x0A, count: 300), Array(repeating: 0x61, count: 5_000),
    ]
    var feedsSeen = 0
    for round in 0..<500 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...(round % 7 == 0 ? 400 : 20), using: &random) {
        bytes += pieces.randomElement(using: &random) ?? []
      }
      let expected = bytes.count { $0 == 0x0A }
      #expect(bytes.withUnsafeBufferPointer { LineNormalizer.lineFeeds(in: $0) } == expected)
      // Counted from inside a buffer too (the body after a front matter starts mid-text).
      if bytes.count > 2 {
        let inside = bytes.withUnsafeBufferPointer { LineNormalizer.lineFeeds(in: UnsafeBufferPointer(rebasing: $0[1..<($0.count - 1)])) }
        #expect(inside == bytes[1..<(bytes.count - 1)].count { $0 == 0x0A })
      }
      feedsSeen += expected
      // The lines themselves are what they were: the text split at its breaks, whatever the room.
      let text = String(decoding: bytes, as: UTF8.self)
      let lines = LineNormalizer.lines(of: text)
      #expect(lines.count >= 1)
      #expect(lines.count >= text.utf8.count { $0 == 0x0A } + 1 - text.utf8.count { $0 == 0x0D })
    }
    #expect(feedsSeen > 1_000)
    #expect(LineNormalizer.lineFeeds(in: UnsafeBufferPointer(start: nil, count: 0)) == 0)
  }

  @Test func windowsSeedCleansLikeUnixSeed() throws {
    let raw = try CleaningFixtures.raw("003_518b4b54a8ce94fb.txt")
    let windows = "\u{FEFF}" + raw.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(ArticleCleaner.clean(windows) == ArticleCleaner.clean(raw))
  }
}

/// Throughput on a large generated input (measured and reported, not asserted).
@Suite struct CleaningPerformanceTests {
  @Test func fiveMegabytesCleanQuickly() throws {
    var seeds = try CleaningFixtures.origins.map(CleaningFixtures.raw)
    seeds.append(String(repeating: "word ", count: 20_000))
    var big = ""
    var index = 0
    while big.utf8.count < 5_000_000 {
      big += seeds[index % seeds.count] + "\n\n"
      index += 1
    }
    let clock = ContinuousClock()
    var cleaned = CleanedArticle(text: "")
    let elapsed = clock.measure { cleaned = ArticleCleaner.clean(big) }
    print("cleaned \(big.utf8.count) bytes in \(elapsed)")
    #expect(cleaned.repairedMojibake)
    #expect(!CleaningFixtures.containsCJK(cleaned.text))
    #expect(cleaned.text.utf8.count > big.utf8.count / 2)
  }
}
