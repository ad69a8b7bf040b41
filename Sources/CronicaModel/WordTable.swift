/// Lower-case words looked up without hashing: an ASCII word by its bytes among the entries of
/// its length and first byte, any other through the set (which compares canonical equivalents).
struct WordTable: Sendable {
  let words: [String]
  private let set: Set<String>
  /// Indices in `words` of the ASCII entries, by length × 128 + first byte.
  private var buckets: [[Int]] = []

  init(_ words: Set<String>) {
    self.words = words.sorted()
    set = words
    for (index, entry) in self.words.enumerated() where entry.utf8.allSatisfy({ $0 < 0x80 }) {
      guard let first = entry.utf8.first else { continue }
      let bucket = entry.utf8.count * 128 + Int(first)
      while buckets.count <= bucket { buckets.append([]) }
      buckets[bucket].append(index)
    }
  }

  /// The index in `words` of a word in lower case (A–Z lowered by bytes, other text by
  /// `lowercased()`), or as it is; nil when it is none of them.
  func index(of word: UnsafeBufferPointer<UInt8>, lowering: Bool = true) -> Int? {
    guard let first = word.first, word.allSatisfy({ $0 < 0x80 }) else {
      let text = String(decoding: word, as: UTF8.self)
      let key = lowering ? text.lowercased() : text
      return set.contains(key) ? words.firstIndex(of: key) : nil
    }
    func lower(_ byte: UInt8) -> UInt8 { lowering && byte &- 0x41 < 26 ? byte | 0x20 : byte }
    let bucket = word.count * 128 + Int(lower(first))
    guard bucket < buckets.count else { return nil }
    return buckets[bucket].first { words[$0].utf8.elementsEqual(word.lazy.map(lower)) }
  }
}
