import CronicaSystem

/// XXH64, the 64-bit xxHash (https://github.com/Cyan4973/xxHash, spec in doc/xxhash_spec.md), of
/// a byte stream fed in pieces of any size: the snapshot's checksum. No mirrored package provides
/// it; the reference's sanity vectors pin this one (`XXHash64Tests`). It guards against damage,
/// not against forgery.
struct XXHash64 {
  private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

  private let seed: UInt64
  private var lanes: (UInt64, UInt64, UInt64, UInt64)
  /// Bytes of an unfinished 32-byte stripe.
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  init(seed: UInt64 = 0) {
    self.seed = seed
    lanes = (seed &+ Self.p1 &+ Self.p2, seed &+ Self.p2, seed, seed &- Self.p1)
  }

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var start = 0
    if !pending.isEmpty {
      start = min(32 - pending.count, bytes.count)
      pending += bytes[0..<start]
      guard pending.count == 32 else { return }
      let stripe = pending
      stripe.withUnsafeBytes { consume($0) }
      pending = []
    }
    let whole = start + (bytes.count - start) / 32 * 32
    consume(UnsafeRawBufferPointer(rebasing: bytes[start..<whole]))
    pending += bytes[whole...]
  }

  func finish() -> UInt64 {
    var hash: UInt64
    if length >= 32 {
      let (v1, v2, v3, v4) = lanes
      hash = Self.rotate(v1, 1) &+ Self.rotate(v2, 7) &+ Self.rotate(v3, 12) &+ Self.rotate(v4, 18)
      for lane in [v1, v2, v3, v4] { hash = (hash ^ Self.round(0, lane)) &* Self.p1 &+ Self.p4 }
    } else {
      hash = seed &+ Self.p5
    }
    hash &+= length
    pending.withUnsafeBytes { rest in
      var offset = 0
      while offset + 8 <= rest.count {
        let word = UInt64(littleEndian: rest.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        hash = Self.rotate(hash ^ Self.round(0, word), 27) &* Self.p1 &+ Self.p4
        offset += 8
      }
      if offset + 4 <= rest.count {
        let word = UInt64(UInt32(littleEndian: rest.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        hash = Self.rotate(hash ^ (word &* Self.p1), 23) &* Self.p2 &+ Self.p3
        offset += 4
      }
      for byte in rest[offset...] { hash = Self.rotate(hash ^ (UInt64(byte) &* Self.p5), 11) &* Self.p1 }
    }
    hash ^= hash >> 33
    hash &*= Self.p2
    hash ^= hash >> 29
    hash &*= Self.p3
    return hash ^ (hash >> 32)
  }

  /// Mixes whole stripes (a multiple of 32 bytes) into the lanes.
  private mutating func consume(_ stripes: UnsafeRawBufferPointer) {
    var (v1, v2, v3, v4) = lanes
    var offset = 0
    while offset < stripes.count {
      func word(_ at: Int) -> UInt64 {
        UInt64(littleEndian: stripes.loadUnaligned(fromByteOffset: offset + at, as: UInt64.self))
      }
      v1 = Self.round(v1, word(0))
      v2 = Self.round(v2, word(8))
      v3 = Self.round(v3, word(16))
      v4 = Self.round(v4, word(24))
      offset += 32
    }
    lanes = (v1, v2, v3, v4)
  }

  private static func round(_ lane: UInt64, _ input: UInt64) -> UInt64 {
    rotate(lane &+ input &* p2, 31) &* p1
  }

  private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
    value << bits | value >> (64 - bits)
  }
}

extension MappedFile {
  /// The `XXHash64` of the file's first `end` bytes, read with `pread` in 4 MB pieces rather
  /// than through the mapping (so checking it does not keep the whole file in memory, and a
  /// file truncated meanwhile gives a short read rather than a fault); nil when reading fails.
  func contentHash(upTo end: Int) -> UInt64? {
    var hash = XXHash64()
    let piece = 4 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 8)
    defer { buffer.deallocate() }
    var offset = 0
    while offset < end {
      guard let count = read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(piece, end - offset)]), at: offset),
        count > 0
      else { return nil }
      hash.add(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      offset += count
    }
    return hash.finish()
  }
}
