/// Lower-case words looked up without `String` hashing: an ASCII word by its bytes among the
/// ASCII words, in an open-addressed table keyed by the bytes read eight at a time, any other
/// through a dictionary of the words (which compares canonical equivalents).
struct WordTable: Sendable {
  let words: [String]
  /// Each word's index in `words`.
  private let indices: [String: Int]
  /// An ASCII word's place in `slots`: its first eight bytes as one number (little-endian, zeros
  /// after a shorter word), its length, where its further bytes start in `tails`, and its index in
  /// `words` (-1 for an empty slot).
  private struct Slot: Sendable {
    var head: UInt64 = 0
    var count: Int32 = 0
    var tail: Int32 = 0
    var index: Int32 = -1
  }

  /// A power of two of slots: each ASCII word at the first free slot from its hash.
  private var slots: [Slot] = []
  /// How far a hash is shifted right to keep the top log2(slots.count) bits that pick its slot.
  private var shift: UInt64 = 61
  /// The bytes of the ASCII words longer than eight bytes after their first eight, in chunks of
  /// eight (zeros after the last byte).
  private var tails: [UInt64] = []

  init(_ words: Set<String>) {
    self.words = words.sorted()
    indices = Dictionary(uniqueKeysWithValues: self.words.enumerated().map { ($1, $0) })
    var size = 8
    var bits: UInt64 = 3
    while size < self.words.count * 2 {
      size *= 2
      bits += 1
    }
    shift = 64 - bits
    slots = Array(repeating: Slot(), count: size)
    for (index, word) in self.words.enumerated() {
      let bytes = Array(word.utf8)
      guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      bytes.withUnsafeBufferPointer { bytes in
        let key = Self.key(bytes, lowering: false)
        var slot = Int(truncatingIfNeeded: key.hash &>> shift)
        while slots[slot].index >= 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = Slot(head: key.head, count: Int32(bytes.count), tail: Int32(tails.count), index: Int32(index))
        for start in stride(from: 8, to: bytes.count, by: 8) { tails.append(Self.chunk(bytes, from: start)) }
      }
    }
  }

  /// A chunk of up to eight bytes with A–Z lowered, when every byte is below 0x80: each byte's
  /// bit 0x20 set when it is from 0x41 to 0x5A (each sum stays in its own byte).
  @inline(__always)
  private static func lowered(_ x: UInt64) -> UInt64 {
    let sevenBits = x & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = sevenBits &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = sevenBits &+ 0x2525_2525_2525_2525
    return x | ((atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
  }

  /// The chunk of a word's bytes from `start`: the next eight, or all that are left (fewer
  /// than eight) read as four, two and one, zeros after them. Each byte has a lane of its own
  /// for a given count of them, so equal chunks of as many bytes are equal bytes.
  @inline(__always)
  private static func chunk(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
    guard let base = word.baseAddress else { return 0 }
    let bytes = UnsafeRawPointer(base + start)
    let count = word.count - start
    if count >= 8 { return bytes.loadUnaligned(as: UInt64.self) }
    var chunk: UInt64 = 0
    var at = 0
    if count & 4 != 0 {
      chunk = UInt64(bytes.loadUnaligned(as: UInt32.self))
      at = 4
    }
    if count & 2 != 0 {
      chunk |= UInt64(bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self)) &<< UInt64(truncatingIfNeeded: at &* 8)
      at += 2
    }
    if count & 1 != 0 { chunk |= UInt64(bytes.load(fromByteOffset: at, as: UInt8.self)) &<< UInt64(truncatingIfNeeded: at &* 8) }
    return chunk
  }

  /// The key of a word's bytes, A–Z lowered when `lowering`: its first eight bytes as a number,
  /// its hash, and whether every byte is ASCII.
  @inline(__always)
  private static func key(_ word: UnsafeBufferPointer<UInt8>, lowering: Bool) -> (head: UInt64, hash: UInt64, ascii: Bool) {
    var head: UInt64 = 0
    var high: UInt64 = 0
    var hash = UInt64(truncatingIfNeeded: word.count) &* 0x9E37_79B9_7F4A_7C15
    var start = 0
    while start < word.count {
      let raw = chunk(word, from: start)
      high |= raw
      let chunk = lowering ? lowered(raw) : raw
      hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash &>> 32
      if start == 0 { head = chunk }
      start += 8
    }
    return (head, hash &* 0x9E37_79B9_7F4A_7C15, high & 0x8080_8080_8080_8080 == 0)
  }

  /// The index in `words` of a word as it is.
  func index(of word: String) -> Int? {
    var copy = word
    return copy.withUTF8 { index(of: $0, lowering: false) }
  }

  /// The index in `words` of a word in lower case (A–Z lowered by bytes, other text by
  /// `lowercased()`), or as it is; nil when it is none of them.
  @inline(__always)
  func index(of word: UnsafeBufferPointer<UInt8>, lowering: Bool = true) -> Int? {
    let key = Self.key(word, lowering: lowering)
    guard !word.isEmpty, key.ascii else { return dictionaryIndex(of: word, lowering: lowering) }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: key.hash &>> shift)
      while slots[slot].index >= 0 {
        let found = slots[slot]
        if found.head == key.head, found.count == word.count, sameTail(word, lowering: lowering, found.tail) {
          return Int(found.index)
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// The index of a word that is empty or not all ASCII, through the dictionary (out of line: the
  /// rare slow path stays out of the inlined lookup's callers).
  @inline(never)
  private func dictionaryIndex(of word: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Int? {
    let text = String(decoding: word, as: UTF8.self)
    return indices[lowering ? text.lowercased() : text]
  }

  /// Whether a word's bytes after its first eight, lowered when `lowering`, are the chunks of
  /// `tails` from `start` (true for a word of at most eight bytes).
  private func sameTail(_ word: UnsafeBufferPointer<UInt8>, lowering: Bool, _ start: Int32) -> Bool {
    var k = Int(start)
    for from in stride(from: 8, to: word.count, by: 8) {
      let chunk = Self.chunk(word, from: from)
      guard tails[k] == (lowering ? Self.lowered(chunk) : chunk) else { return false }
      k += 1
    }
    return true
  }
}
