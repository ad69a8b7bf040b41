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
