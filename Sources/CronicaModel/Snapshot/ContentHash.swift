import CronicaSystem

/// A fast 64-bit hash of a byte stream, fed in pieces of any size (a snapshot's checksum).
///
/// Four independent lanes take 8 bytes each per 32-byte block (multiply, rotate), so the work
/// is not one long chain of multiplications; any change of a byte or of the length changes it
/// with overwhelming likelihood. It guards against damage, not against forgery.
struct ContentHash {
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
    0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63
  )
  /// Bytes of an unfinished block (fewer than 32).
  private var pending: [UInt8] = []
  /// How many bytes were added.
  private var length = 0

  private static let prime: UInt64 = 0x9FB2_1C65_1E98_DF25

  /// Adds the bytes.
  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    length += bytes.count
    var start = 0
    if !pending.isEmpty {
      let take = min(32 - pending.count, bytes.count)
      pending += bytes[0..<take]
      start = take
      if pending.count == 32 {
        let block = pending
        pending = []
        block.withUnsafeBytes { mix($0, at: 0) }
      }
    }
    while bytes.count - start >= 32 {
      mix(bytes, at: start)
      start += 32
    }
    if start < bytes.count { pending += bytes[start...] }
  }

  /// The hash of everything added.
  func finish() -> UInt64 {
    var copy = self
    if !copy.pending.isEmpty {
      var block = copy.pending
      block += repeatElement(0, count: 32 - block.count)
      block.withUnsafeBytes { copy.mix($0, at: 0) }
    }
    var hash = UInt64(truncatingIfNeeded: length) &* Self.prime
    for lane in [copy.lanes.0, copy.lanes.1, copy.lanes.2, copy.lanes.3] {
      hash = (hash ^ lane) &* Self.prime
      hash ^= hash >> 29
    }
    return hash
  }

  /// Mixes the 32 bytes at `offset` into the lanes.
  private mutating func mix(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
    func step(_ lane: UInt64, _ at: Int) -> UInt64 {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + at, as: UInt64.self))
      let mixed = (lane ^ word) &* Self.prime
      return (mixed << 31) | (mixed >> 33)
    }
    lanes = (step(lanes.0, 0), step(lanes.1, 8), step(lanes.2, 16), step(lanes.3, 24))
  }
}

extension MappedFile {
  /// The `ContentHash` of the file's first `end` bytes, read with `pread` in 4 MB pieces rather
  /// than through the mapping (so checking it does not keep the whole file in memory, and a
  /// file truncated meanwhile gives a short read rather than a fault); nil when reading fails.
  func contentHash(upTo end: Int) -> UInt64? {
    var hash = ContentHash()
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
