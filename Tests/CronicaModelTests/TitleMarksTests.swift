import Testing

@testable import CronicaModel

/// A title's quotation marks counted eight bytes at a time, against the byte-by-byte count.
@Suite struct TitleMarksTests {
  /// The plain count: every byte read.
  static func plainMarks(_ bytes: [UInt8]) -> (opened: Int, straight: Int) {
    var (opened, straight) = (0, 0)
    for index in bytes.indices {
      if bytes[index] == 0x22 {
        straight += 1
      } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
        if bytes[index + 2] == 0x9C { opened += 1 }
        if bytes[index + 2] == 0x9D { opened -= 1 }
      }
    }
    return (opened, straight)
  }

  @Test func quotationMarksCountedByWordsAreTheBytesCount() {
    var generator = SplitMix(seed: 2_026_120_614)
    // Marks, their bytes apart and cut short, bytes that differ from 0x22 and 0xE2 by one bit or
    // by the borrow of the word test (0x21, 0x23, 0xE3, 0x62, 0xA2), plain letters and non-ASCII.
    let pieces: [[UInt8]] = [
      [0x22], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80], [0xE2], [0x80, 0x9C], [0xE2, 0x80, 0x94], [0x21], [0x23],
      [0xE3], [0x62], [0xA2], [0x00], [0xFF], [0x01], Array("plain words ".utf8), Array("a".utf8), Array("é".utf8),
      Array("\r\n".utf8), Array("the council of district 499 approved".utf8),
    ]
    var (skipped, marked) = (0, 0)
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...14, using: &generator) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
      let fast = bytes.withUnsafeBufferPointer { ArticleReading.quotationMarks(in: $0) }
      let plain = Self.plainMarks(bytes)
      #expect(fast.opened == plain.opened && fast.straight == plain.straight, "\(bytes)")
      // Texts with eight bytes in a row free of both bytes (skipped whole) and texts with marks.
      if bytes.count >= 8, (0...(bytes.count - 8)).contains(where: { !bytes[$0..<$0 + 8].contains(where: { $0 == 0x22 || $0 == 0xE2 }) }) {
        skipped += 1
      }
      if plain.opened != 0 || plain.straight != 0 { marked += 1 }
    }
    #expect([UInt8]().withUnsafeBufferPointer { ArticleReading.quotationMarks(in: $0) } == (0, 0))
    #expect(skipped > 5_000 && marked > 5_000, "\(skipped) with a word skipped, \(marked) with marks")
  }

  /// Each byte value in each of a word's eight places among fillers: found exactly where it is,
  /// for the bytes around it too (the word test borrows across bytes).
  @Test func aWordHoldsAByteExactlyWhenOneOfItsBytesIsIt() {
    var (mismatches, held, lacking) = (0, 0, 0)
    for byte in 0...255 {
      let value = UInt8(byte)
      for place in 0..<8 {
        for filler: UInt8 in [0x00, 0x01, 0x20, 0x7F, 0x80, 0xFF, value ^ 1, value &+ 1, value &- 1] where filler != value {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = value
          let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
          for probe: UInt8 in [value, value ^ 1, value &+ 1, value &- 1, 0x00, 0x22, 0xE2, 0x80, 0xFF, filler] {
            let expected = bytes.contains(probe)
            if ArticleReading.holdsByte(word, probe) != expected { mismatches += 1 }
            if expected { held += 1 } else { lacking += 1 }
          }
        }
      }
    }
    #expect(mismatches == 0 && held > 10_000 && lacking > 10_000, "\(mismatches) wrong, \(held) held, \(lacking) lacking")
  }
}
