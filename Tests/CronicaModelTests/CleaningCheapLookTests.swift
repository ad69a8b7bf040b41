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

  /// Lines built to meet the eight-byte reading at every offset: hype words (and runs one byte
  /// longer or shorter) after 0 to 16 bytes of ASCII, spaces, letters beyond ASCII or capitals
  /// that start no hype word, at a line's end, glued to what comes before.
  static var alignedLines: [String] {
    var random = SplitMix(seed: 88)
    let fillers = ["a", " ", "é", "日", "Z", "C", "X", "\u{301}", "-", "\t", "DD", "W"]
    let words = Array(BoilerplateRule.hypeWords) + ["Incredibl", "Incrediblee", "Doctor", "Weir", "Weirdo", "I", "S"]
    return (0..<6_000).map { _ in
      var line = ""
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        for _ in 0..<Int.random(in: 0...16, using: &random) { line += fillers.randomElement(using: &random) ?? "" }
        // Half the words start a run (after a space or at the line's start), half are glued on.
        if Bool.random(using: &random) { line += " " }
        line += words.randomElement(using: &random) ?? ""
        if Bool.random(using: &random) { line += fillers.randomElement(using: &random) ?? "" }
      }
      return line
    }
  }

  @Test("hype word runs at every offset of the eight-byte reading, next to bytes beyond ASCII")
  func hypeWordRunsAtEveryOffset() {
    var found = 0
    var offsets = Set<Int>()
    for line in Self.alignedLines {
      let runs = line.utf8.split(separator: 0x20, omittingEmptySubsequences: true)
      let plain = runs.contains { run in
        BoilerplateRule.hypeWords.contains { $0.utf8.count == run.count && $0.utf8.first == run.first }
      }
      #expect(TextShape.mayHoldHypeWord(line) == plain, "\(line.debugDescription)")
      if plain {
        found += 1
        if let run = runs.first(where: { run in BoilerplateRule.hypeWords.contains { Array($0.utf8) == Array(run) } }) {
          offsets.insert(line.utf8.distance(from: line.utf8.startIndex, to: run.startIndex) % 8)
        }
      }
    }
    #expect(found > 300)
    #expect(offsets.count == 8)
  }

  @Test("eight bytes may hold one of a set exactly when one is in the set's range (or beyond ASCII, when it has such)")
  func eightBytesAtOnce() {
    var random = SplitMix(seed: 7)
    let sets: [[UInt8]] = [
      BoilerplateRule.hypeWordLengths.indices.filter { BoilerplateRule.hypeWordLengths[$0] != 0 }.map(UInt8.init),
      [], [0], [0x7F], [0, 0x7F], [0x41], [0x44, 0x57], [0x80], [0xFF, 0x41], [0x20, 0x21, 0x7E],
    ]
    for set in sets {
      let first = HypeFirstBytes(set)
      let ascii = set.filter { $0 < 0x80 }
      func inRange(_ byte: UInt8) -> Bool {
        byte < 0x80 ? (ascii.min().map { byte >= $0 } ?? false) && (ascii.max().map { byte <= $0 } ?? false) : set.contains { $0 >= 0x80 }
      }
      for round in 0..<20_000 {
        var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &random) }
        // Most words near the range's ends, the rest anywhere.
        if round % 2 == 0, let edge = ascii.randomElement(using: &random) {
          bytes = bytes.map { _ in UInt8(truncatingIfNeeded: Int(edge) + Int.random(in: -2...2, using: &random)) }
        }
        let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
        #expect(first.mayHold(word) == bytes.contains(where: inRange), "\(set) \(bytes)")
        // Never false for a byte of the set.
        if bytes.contains(where: set.contains) { #expect(first.mayHold(word)) }
      }
    }
    // Hype words start with ASCII capitals: the range is what the eight-byte reading relies on.
    #expect(BoilerplateRule.hypeWords.allSatisfy { ($0.utf8.first ?? 0) < 0x80 })
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
