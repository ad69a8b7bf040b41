import Testing

@testable import CronicaModel

/// A haystack's pair test against the plain answer: the phrase's pairs masked by the text's are
/// the phrase's.
@Suite struct ThemePairsTests {
  @Test func aTextHoldsAPhrasesPairsWhenMaskingThemChangesNothing() {
    var generator = SplitMix(seed: 2_026_120_616)
    var (held, lacking) = (0, 0)
    for _ in 0..<20_000 {
      // Texts and phrases of a few bytes, so that both answers occur often.
      let alphabet = Array("abcde fgh".utf8)
      let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let phrase = (0..<Int.random(in: 0...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let haystack = ThemeAssigner.Haystack(String(decoding: text, as: UTF8.self))
      let pairs = ThemeAssigner.Haystack.pairs(of: phrase)
      let plain = haystack.pairs & pairs == pairs
      #expect(haystack.holds(pairs) == plain, "\(text) \(phrase)")
      if plain { held += 1 } else { lacking += 1 }
    }
    // Every single bit held, by a text of the two ASCII bytes `a b` with (37 a + b) & 511 == bit,
    // and a neighbouring bit (which that text lacks) not held.
    let empty = ThemeAssigner.Haystack("")
    #expect(empty.holds(SIMD8<UInt64>()))
    for bit in 0..<512 {
      var one = SIMD8<UInt64>()
      one[bit >> 6] = 1 << UInt64(bit & 63)
      var neighbour = SIMD8<UInt64>()
      neighbour[(bit ^ 1) >> 6] = 1 << UInt64((bit ^ 1) & 63)
      let a = (0..<128).first { (bit - 37 * $0) & 511 < 128 }!
      let text = String(decoding: [UInt8(a), UInt8((bit - 37 * a) & 511)], as: UTF8.self)
      let haystack = ThemeAssigner.Haystack(text)
      #expect(haystack.holds(one), "bit \(bit)")
      #expect(!haystack.holds(neighbour), "bit \(bit ^ 1)")
      #expect(!empty.holds(one))
    }
    #expect(held > 1000 && lacking > 1000)
  }
}
