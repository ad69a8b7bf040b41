import Testing

@testable import CronicaModel

/// The cleaner's cheap looks against the plain answers they stand for.
@Suite struct CleaningCheapLookTests {
  /// Random lines of the rules' words, hype words, spacing and scalars that change case.
  static let lines = ReadingFastPathTests.randomLines(count: 20_000, seed: 2026_12_06) + [
    "", " ", "  ", "Incredible", " Incredible ", "Incredible  Map", "x Doctors", "Doctors.", "DoctorsX", "Shocking\u{301}",
  ]

  @Test("a line may hold a hype word exactly when one of its runs between spaces has a hype word's first byte and length")
  func hypeWordRuns() {
    for line in Self.lines {
      let runs = line.utf8.split(separator: 0x20, omittingEmptySubsequences: true)
      let plain = runs.contains { run in
        BoilerplateRule.hypeWords.contains { $0.utf8.count == run.count && $0.utf8.first == run.first }
      }
      #expect(TextShape.mayHoldHypeWord(line) == plain, "\(line.debugDescription)")
    }
  }

  @Test("a prefix set's first bytes are its prefixes' first bytes, every byte with an empty prefix")
  func prefixFirstBytes() {
    let sets = [
      BoilerplateRule.syndicationPrefixes, BoilerplateRule.widgetHeadings, BoilerplateRule.photoCreditPrefixes,
      ["skip to "], ["a", "?", "@", "~", "\u{7F}"], ["", "x"], [],
    ]
    for texts in sets {
      let prefixes = LinePrefixes(texts)
      for byte in UInt8(0)..<0x80 {
        let plain = texts.contains { $0.utf8.first == byte || $0.isEmpty }
        #expect(prefixes.mayStart(with: byte) == plain, "\(texts) \(byte)")
      }
    }
  }
}
