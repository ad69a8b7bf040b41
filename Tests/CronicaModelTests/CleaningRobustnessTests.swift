import Foundation
import Testing

@testable import CronicaModel

/// The cleaner is total: random mixtures of text, mojibake, chrome and odd spacing never trap and
/// always come out in the paragraph shape.
@Suite struct CleaningRobustnessTests {
  /// Pieces random inputs are built from.
  static let pieces = [
    "word", "Read more", "\n", "\r\n", "\r", "\n\n\n", " ", "\t", "\u{00A0}", "\u{FEFF}", "\u{0007}", "\u{1B}",
    "鈥", "渇", "︹", "聽", "脕", "茅", "北京", "東京", "\u{201C}", "\u{201D}", "\u{2014}", "\u{1F600}", "e\u{0301}",
    "Authors", "About the Author", "Explore More", "Getty Images", "Tags a b", "See all", "Mexico Institute",
    "The Mexico Institute seeks", "Jane Roe is a fellow.", ".", ",", "-- ", "\u{2028}", "\u{85}", "Ω", "ж",
  ]

  /// A small deterministic generator (SplitMix64).
  struct Generator {
    var state: UInt64
    mutating func next(below bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      value ^= value >> 31
      return Int(value % UInt64(bound))
    }
  }

  @Test func randomInputsComeOutAsParagraphs() {
    var generator = Generator(state: 2026)
    for _ in 0..<400 {
      let count = generator.next(below: 60)
      let raw = (0..<count).map { _ in Self.pieces[generator.next(below: Self.pieces.count)] }.joined()
      let text = ArticleCleaner.clean(raw).text
      #expect(!text.contains("\r") && !text.contains("\n\n\n") && !text.contains("  "), "\(raw.debugDescription)")
      #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(raw.debugDescription)")
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(raw.debugDescription)")
      #expect(!text.components(separatedBy: "\n\n").contains { $0.contains("\n") })
    }
  }
}
