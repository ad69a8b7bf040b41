import Testing

@testable import CronicaModel

/// The names of a user folder are sorted in runs on all cores and merged: the order must be
/// `sorted()`'s to the byte, names that are equal but spelled differently (é composed or not,
/// the Kelvin sign and K) included, which keep the order the folder listed them in.
@Suite struct ArticleNamesOrderTests {
  static let parts = ["a", "B", "b", "\u{E9}", "e\u{301}", "K", "\u{212A}", "z", "10", "9", "-", ".", "日", "_", "A"]

  @Test(arguments: [0, 1, 2, 100, 4_095, 9_001, 30_000])
  func namesAreInSortedOrderToTheByte(count: Int) {
    var generator = SplitMix(seed: UInt64(count))
    let names = (0..<count).map { _ in
      (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.parts.randomElement(using: &generator)! }.joined() + ".md"
    }
    let sorted = Parallel.sorted(names)
    #expect(sorted.map { Array($0.utf8) } == names.sorted().map { Array($0.utf8) })
    // Names equal to another spelled differently are there to be ordered.
    if count >= 4_095 {
      #expect(Set(names).count < Set(names.map { Array($0.utf8) }).count)
      #expect(Parallel.ranges(of: count, minimum: 4_096).count > 1 || Parallel.width == 1 || count < 8_192)
    }
  }
}
