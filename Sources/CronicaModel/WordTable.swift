/// Lower-case words looked up without `String` hashing: an ASCII word by its bytes among the
/// ASCII words, in an open-addressed table (FNV-1a of the bytes), any other through a dictionary of
/// the words (which compares canonical equivalents).
struct WordTable: Sendable {
  let words: [String]
  /// Each word's index in `words`.
  private let indices: [String: Int]
  /// Slots of `words` indices + 1 (0 for an empty slot), a power of two of them: each ASCII word
  /// at the first free slot from its hash.
  private var slots: [Int32] = []
  /// Each word's bytes when it is ASCII (empty when not).
  private var keys: [[UInt8]] = []

  init(_ words: Set<String>) {
    self.words = words.sorted()
    indices = Dictionary(uniqueKeysWithValues: self.words.enumerated().map { ($1, $0) })
    var size = 8
    while size < self.words.count * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    for (index, word) in self.words.enumerated() {
      let bytes = Array(word.utf8)
      let key = bytes.allSatisfy { $0 < 0x80 } ? bytes : []
      keys.append(key)
      guard !key.isEmpty else { continue }
      var slot = key.withUnsafeBufferPointer { Self.hash($0, lowering: false) } & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(index + 1)
    }
  }

  /// FNV-1a of the bytes, A–Z lowered when `lowering`.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(lowering && byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  /// The index in `words` of a word as it is.
  func index(of word: String) -> Int? {
    var copy = word
    return copy.withUTF8 { index(of: $0, lowering: false) }
  }

  /// The index in `words` of a word in lower case (A–Z lowered by bytes, other text by
  /// `lowercased()`), or as it is; nil when it is none of them.
  func index(of word: UnsafeBufferPointer<UInt8>, lowering: Bool = true) -> Int? {
    guard !word.isEmpty, word.allSatisfy({ $0 < 0x80 }) else {
      let text = String(decoding: word, as: UTF8.self)
      return indices[lowering ? text.lowercased() : text]
    }
    var slot = Self.hash(word, lowering: lowering) & (slots.count - 1)
    while slots[slot] != 0 {
      let index = Int(slots[slot] - 1)
      if keys[index].count == word.count,
        keys[index].withUnsafeBufferPointer({ key in
          var k = 0
          while k < word.count, key[k] == (lowering && word[k] &- 0x41 < 26 ? word[k] | 0x20 : word[k]) { k += 1 }
          return k == word.count
        })
      {
        return index
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }
}
