/// A range of ASCII bytes told in eight bytes at once: a word read from eight bytes, the first in
/// its low lane, is answered with the high bit of each lane whose byte is in the range.
///
/// Lane by lane, with `low` the byte without its high bit (at most 127): `low + 128 - lowest` has
/// its high bit set exactly when `low >= lowest`, and `128 + highest - low` exactly when
/// `low <= highest`. Both stay within 0...255 for ASCII ends, so neither carries or borrows into
/// the next lane; the high bit of `~word` then keeps ASCII bytes only.
struct EightBytes: Sendable {
  /// `128 - lowest` and `128 + highest`, in every lane.
  private let fromLowest: UInt64
  private let toHighest: UInt64

  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The bytes from `lowest` to `highest` (both ASCII); none when `lowest > highest`. Made where
  /// it is used: with constant ends, the lanes' constants fold into the caller's code.
  @inline(__always)
  init(_ lowest: UInt8, through highest: UInt8) {
    precondition(lowest < 0x80 && highest < 0x80, "EightBytes takes ASCII ends")
    fromLowest = Self.ones &* UInt64(128 - lowest)
    toHighest = Self.ones &* UInt64(128 + highest)
  }

  /// The high bit of each lane of `word` whose byte is in the range, the other bits clear.
  @inline(__always)
  func lanes(in word: UInt64) -> UInt64 {
    let low = word & ~Self.highBits
    return (low &+ fromLowest) & (toHighest &- low) & ~word & Self.highBits
  }

  /// The eight bytes at `bytes` as a word, the first in its low lane (no alignment needed).
  @inline(__always)
  static func load(_ bytes: UnsafeRawPointer) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
  }
}
