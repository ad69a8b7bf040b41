/// Lower-case words looked up without hashing: a word of ASCII letters by its bytes, compared
/// with the entries of its length and first letter; any other word through the set (whose
/// comparison is by canonical equivalence).
struct WordTable: Sendable {
  let words: [String]
  private let set: Set<String>
  /// Entry indices by length × 128 + first byte (ASCII entries only).
  private var buckets: [[Int]] = []
  private let bytes: [[UInt8]]

  init(_ words: Set<String>) {
    self.words = words.sorted()
    set = words
    bytes = self.words.map { Array($0.utf8) }
    for (index, entry) in bytes.enumerated() {
      guard let first = entry.first, entry.allSatisfy({ $0 < 0x80 }) else { continue }
      let bucket = entry.count * 128 + Int(first)
      while buckets.count <= bucket { buckets.append([]) }
      buckets[bucket].append(index)
    }
  }

  /// The index in `words` of a word, in lower case (A–Z lowered by bytes, other text by
  /// `lowercased()`); nil when it is none of them.
  func index(ofLowered word: UnsafeBufferPointer<UInt8>) -> Int? {
    guard word.allSatisfy({ $0 < 0x80 }) else { return index(of: String(decoding: word, as: UTF8.self).lowercased()) }
    return lookup(word) { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
  }

  /// The index in `words` of a word as it is.
  func index(ofExactly word: UnsafeBufferPointer<UInt8>) -> Int? {
    guard word.allSatisfy({ $0 < 0x80 }) else { return index(of: String(decoding: word, as: UTF8.self)) }
    return lookup(word) { $0 }
  }

  private func index(of word: String) -> Int? {
    set.contains(word) ? words.firstIndex { $0 == word } : nil
  }

  private func lookup(_ word: UnsafeBufferPointer<UInt8>, _ lower: (UInt8) -> UInt8) -> Int? {
    guard let first = word.first else { return index(of: "") }
    let bucket = word.count * 128 + Int(lower(first))
    guard bucket < buckets.count else { return nil }
    return buckets[bucket].first { entry in
      zip(bytes[entry], word).allSatisfy { $0 == lower($1) }
    }
  }
}
