import CronicaTestSupport
import Testing

@testable import CronicaModel

/// The eight-byte range test and load against their byte-wise definitions.
@Suite struct EightBytesTests {
  @Test("a range's lanes are the high bits of the lanes whose byte is in it, for every byte in every lane")
  func lanesAsDefined() {
    var random = SplitMix(seed: 88)
    // The ranges the readings use, empty ones, single bytes and the ASCII ends.
    let ranges: [(UInt8, UInt8)] = [
      (0x20, 0x7E), (0x20, 0x20), (0x3A, 0x3A), (0x23, 0x23), (0x44, 0x57), (1, 0), (0x7F, 0), (0x41, 0x40),
      (0, 0), (0, 0x7F), (0x7F, 0x7F), (0, 0x20), (0x7E, 0x7F),
    ]
    let fills: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x3A, 0x61, 0x7E, 0x7F, 0x80, 0xA0, 0xFF]
    var inRangeLanes = 0
    for (lowest, highest) in ranges {
      let range = EightBytes(lowest, through: highest)
      for lane in 0..<8 {
        for byte in UInt8.min...UInt8.max {
          // The other lanes near the tested byte, a fill byte, or anything.
          var bytes = (0..<8).map { _ -> UInt8 in
            switch Int.random(in: 0..<3, using: &random) {
            case 0: UInt8(truncatingIfNeeded: Int(byte) + Int.random(in: -1...1, using: &random))
            case 1: fills.randomElement(using: &random) ?? 0
            default: UInt8.random(in: 0...255, using: &random)
            }
          }
          bytes[lane] = byte
          let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
          let defined = bytes.enumerated().reduce(UInt64(0)) { mask, next in
            lowest <= next.element && next.element <= highest ? mask | 0x80 << (8 * next.offset) : mask
          }
          #expect(range.lanes(in: word) == defined, "\(lowest)...\(highest) \(bytes)")
          inRangeLanes += defined.nonzeroBitCount
        }
      }
    }
    #expect(inRangeLanes > 15_000)
  }

  @Test("eight bytes load as a word with the first byte in its low lane, at every alignment")
  func loadAsDefined() {
    var random = SplitMix(seed: 89)
    let bytes = (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) }
    bytes.withUnsafeBytes { raw in
      for offset in 0...(bytes.count - 8) {
        let defined = bytes[offset..<(offset + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
        #expect(EightBytes.load(raw.baseAddress! + offset) == defined)
      }
    }
  }
}
