import Testing

@testable import CronicaModel

/// The names of a user folder must be in `sorted()`'s order to the byte, names that are equal but
/// spelled differently (é composed or not, the Kelvin sign and K) included, which keep the order
/// the folder listed them in. All-ASCII listings are sorted in runs and merged; any other goes
/// to one `sorted()`, since `String`'s `<` is not a strict weak order there: a name ending in a
/// decomposed accent (a folder made on macOS, without an extension) and a composed one a character
/// longer compare neither way, and a merge of runs then differs from one sort.
@Suite struct ArticleNamesOrderTests {
  static let asciiParts = ["a", "B", "b", "K", "z", "10", "9", "-", ".", "_", "A", "Cafe", "Cafes", " ", "~"]
  static let parts =
    asciiParts + [
      "\u{E9}", "e\u{301}", "\u{212A}", "日", "Cafe\u{301}", "Caf\u{E9}", "Caf\u{E9}s", "\u{E9}a", "n\u{303}", "\u{F1}a",
      "Jose\u{301}", "Jos\u{E9}s",
    ]

  /// `0..<count` cut into `runs` ranges of uneven sizes (1, 2, 3… parts), some empty when `count`
  /// is small; no runs given means `Parallel`'s own ranges.
  static func ranges(count: Int, runs: Int) -> [Range<Int>]? {
    guard runs > 0 else { return nil }
    let whole = runs * (runs + 1) / 2
    let cuts = (0...runs).map { count * ($0 * ($0 + 1) / 2) / whole }
    return (0..<runs).map { cuts[$0]..<cuts[$0 + 1] }
  }

  /// One to four parts, then an extension, nothing, or one more letter.
  static func names(count: Int, parts: [String], seed: UInt64) -> [String] {
    var generator = SplitMix(seed: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...4, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
        + ["", ".md", ".md", "s", "a"].randomElement(using: &generator)!
    }
  }

  @Test(arguments: [0, 1, 2, 100, 4_095, 9_001, 30_000], [0, 2, 3, 7])
  func asciiNamesAreMergedInSortedOrder(count: Int, runs: Int) {
    let names = Self.names(count: count, parts: Self.asciiParts, seed: UInt64(count * 10 + runs))
    let ranges = Self.ranges(count: count, runs: runs)
    #expect(Corpus.sortedNames(names, runs: ranges).map { Array($0.utf8) } == names.sorted().map { Array($0.utf8) })
    // The runs are the ones given (the merge is reached on any number of cores), uneven.
    if let ranges, count >= 100 {
      #expect(ranges.count == runs && Set(ranges.map(\.count)).count == runs)
      #expect(names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }
  }

  @Test(arguments: [0, 1, 2, 100, 4_095, 9_001, 30_000], [0, 2, 3, 7])
  func mixedNamesAreInSortedOrderToTheByte(count: Int, runs: Int) {
    let names = Self.names(count: count, parts: Self.parts, seed: UInt64(count * 10 + runs))
    let ranges = Self.ranges(count: count, runs: runs)
    #expect(Corpus.sortedNames(names, runs: ranges).map { Array($0.utf8) } == names.sorted().map { Array($0.utf8) })
    if count >= 4_095 {
      // Names equal to another spelled differently are there to be ordered, and names without an
      // extension that end in a decomposed accent beside composed ones a character longer.
      #expect(Set(names).count < Set(names.map { Array($0.utf8) }).count)
      #expect(names.contains { $0.unicodeScalars.last == "\u{301}" })
      #expect(names.contains { $0.unicodeScalars.contains("\u{E9}") && $0.utf8.last == UInt8(ascii: "s") })
    }
  }
}
