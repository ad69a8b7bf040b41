import Testing

@testable import CronicaModel

/// `ByteWriter` stores values into room it grows ahead of them; these compare its bytes with
/// the plain encoding (each value's little-endian bytes appended to an array).
struct ByteWriterTests {
  /// One value of each kind the writer takes, with its plain encoding.
  enum Value {
    case byte(UInt8), word(UInt32), long(UInt64), signed(Int64), text(String), optional(String?), texts([String])

    func write(to writer: inout ByteWriter) {
      switch self {
      case .byte(let value): writer.append(value)
      case .word(let value): writer.append(value)
      case .long(let value): writer.append(value)
      case .signed(let value): writer.append(value)
      case .text(let value): writer.append(value)
      case .optional(let value): writer.append(optional: value)
      case .texts(let value): writer.append(strings: value)
      }
    }

    func plain(into bytes: inout [UInt8]) {
      func integer<T: FixedWidthInteger>(_ value: T) {
        for shift in stride(from: 0, to: T.bitWidth, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
      }
      func text(_ value: String) {
        integer(UInt32(value.utf8.count))
        bytes += Array(value.utf8)
      }
      switch self {
      case .byte(let value): integer(value)
      case .word(let value): integer(value)
      case .long(let value): integer(value)
      case .signed(let value): integer(value)
      case .text(let value): text(value)
      case .optional(let value):
        integer(UInt8(value == nil ? 0 : 1))
        if let value { text(value) }
      case .texts(let value):
        integer(UInt32(value.count))
        value.forEach(text)
      }
    }
  }

  static func randomText(_ generator: inout SplitMix) -> String {
    let pieces = ["a", "Zz", "é", "中文", "\u{1F600}", " ", "\n", "council", String(repeating: "x", count: 5_000)]
    let count = Int.random(in: 0...6, using: &generator)
    return (0..<count).map { _ in pieces[Int.random(in: 0..<(pieces.count - (Bool.random(using: &generator) ? 1 : 0)), using: &generator)] }
      .joined()
  }

  static func randomValue(_ generator: inout SplitMix) -> Value {
    switch Int.random(in: 0..<7, using: &generator) {
    case 0: .byte(UInt8.random(in: .min ... .max, using: &generator))
    case 1: .word(UInt32.random(in: .min ... .max, using: &generator))
    case 2: .long(UInt64.random(in: .min ... .max, using: &generator))
    case 3: .signed(Int64.random(in: .min ... .max, using: &generator))
    case 4: .text(randomText(&generator))
    case 5: .optional(Bool.random(using: &generator) ? nil : randomText(&generator))
    default: .texts((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomText(&generator) })
    }
  }

  @Test func writesThePlainEncodingOfRandomValues() {
    var generator = SplitMix(seed: 20_261_206)
    for round in 0..<200 {
      var writer = ByteWriter()
      // Some writers start with room made, some without (growing in steps from nothing).
      if round % 3 == 0 { writer.reserveCapacity(Int.random(in: 0...10_000, using: &generator)) }
      var plain: [UInt8] = []
      for _ in 0..<Int.random(in: 0...300, using: &generator) {
        let value = Self.randomValue(&generator)
        value.write(to: &writer)
        value.plain(into: &plain)
        #expect(writer.count == plain.count)
      }
      #expect(Array(writer.bytes) == plain)
      // Rewriting a written word in place changes just those bytes.
      if plain.count >= 4 {
        let offset = Int.random(in: 0...(plain.count - 4), using: &generator)
        let word = UInt32.random(in: .min ... .max, using: &generator)
        #expect(writer.load(UInt32.self, at: offset) == plain.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) })
        writer.store(word, at: offset)
        for shift in 0..<4 { plain[offset + shift] = UInt8(truncatingIfNeeded: word >> (8 * shift)) }
        #expect(Array(writer.bytes) == plain)
      }
    }
  }

  /// A writer given room for exactly what it is then given keeps its storage (no copy to a
  /// larger one near the end), however the values are sized.
  @Test func aWriterReservedExactlyKeepsItsCapacity() {
    var generator = SplitMix(seed: 20_261_207)
    for _ in 0..<200 {
      let reserved = Int.random(in: 0...60_000, using: &generator)
      var writer = ByteWriter()
      writer.reserveCapacity(reserved)
      let capacity = writer.capacity
      var plain: [UInt8] = []
      while plain.count < reserved {
        let left = reserved - plain.count
        let value: Value
        switch Int.random(in: 0..<4, using: &generator) {
        case 0 where left >= 8: value = .long(UInt64.random(in: .min ... .max, using: &generator))
        case 1 where left >= 4: value = .word(UInt32.random(in: .min ... .max, using: &generator))
        case 2 where left >= 4:
          value = .text(String(repeating: "x", count: Int.random(in: 0...Swift.min(left - 4, 6_000), using: &generator)))
        default: value = .byte(UInt8.random(in: .min ... .max, using: &generator))
        }
        value.write(to: &writer)
        value.plain(into: &plain)
      }
      #expect(writer.capacity == capacity)
      #expect(Array(writer.bytes) == plain)
    }
  }
}
