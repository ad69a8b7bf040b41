/// The key terms one core's candidates hold (`ArticleReading.terms`), numbered in order of first
/// use, and what each word it has seen gives, remembered by the word's bytes: a word met again
/// costs one hash of its bytes, not a lower-cased, folded and stemmed string hashed into a set.
/// `TermTable` merges the cores' vocabularies into one numbering.
struct TermVocabulary: Sendable {
  /// How a word is read for its term (decided by its place, not its bytes).
  enum Role: UInt8 { case name, word }

  /// What a token's bytes give in one role and language (see `ArticleReading.terms`).
  struct Reading: Sendable {
    /// A stop word: no term, and the end of a name.
    var stop = false
    /// The term's number; -1 for none.
    var term: Int32 = -1
    /// The folded word is "united" or "states" ("United States" is one name).
    var united = false
    var states = false
  }

  /// The terms' texts (`n:kelly`, `#:34500`, `w:homicide`) by number.
  private(set) var symbols = SymbolTable()
  /// What each remembered token gives.
  private var readings: [Reading] = []
  /// Each remembered token's key: role, language and bytes, end to end in `keyBytes`.
  private var keyBytes: [UInt8] = []
  private var keyEnds: [Int] = []
  /// Slots of `readings` indices + 1 (0 for an empty slot), a power of two of them.
  private var slots = [Int32](repeating: 0, count: 256)
  /// The languages met, by number (a word's term depends on its language's lists).
  private var languages: [String] = []

  /// The number of a language (its code), added if new.
  mutating func number(ofLanguage code: String) -> Int {
    if let index = languages.firstIndex(of: code) { return index }
    languages.append(code)
    return languages.count - 1
  }

  /// The number of a term's text, added if new.
  mutating func number(of term: String) -> Int32 { Int32(symbols.position(of: term)) }

  /// The number of a term's text when the vocabulary holds it.
  func existingNumber(of term: String) -> Int32? { symbols.positions[term].map(Int32.init) }

  /// What a token's bytes give in a role and language (`number(ofLanguage:)`): remembered, or `make` (given this
  /// vocabulary, to number the term it finds) the first time.
  mutating func reading(
    of bytes: UnsafeBufferPointer<UInt8>, role: Role, language: Int, make: (inout TermVocabulary) -> Reading
  ) -> Reading {
    let head = (role.rawValue, UInt8(truncatingIfNeeded: language))
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    hash = (hash ^ UInt64(head.0)) &* 0x100_0000_01b3
    hash = (hash ^ UInt64(head.1)) &* 0x100_0000_01b3
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot] - 1)
      let start = index == 0 ? 0 : keyEnds[index - 1]
      if keyEnds[index] - start == bytes.count + 2, keyBytes[start] == head.0, keyBytes[start + 1] == head.1,
        keyBytes.withUnsafeBufferPointer({ key in
          var k = 0
          while k < bytes.count, key[start + 2 + k] == bytes[k] { k += 1 }
          return k == bytes.count
        })
      {
        return readings[index]
      }
      slot = (slot + 1) & mask
    }
    let reading = make(&self)
    keyBytes.append(head.0)
    keyBytes.append(head.1)
    keyBytes.append(contentsOf: bytes)
    keyEnds.append(keyBytes.count)
    readings.append(reading)
    if readings.count * 2 > slots.count {
      rehash()
    } else {
      slots[slot] = Int32(readings.count)
    }
    return reading
  }

  /// Doubles the slots and places every remembered token again.
  private mutating func rehash() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    var start = 0
    for index in readings.indices {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in start..<keyEnds[index] { hash = (hash ^ UInt64(keyBytes[k])) &* 0x100_0000_01b3 }
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
      start = keyEnds[index]
    }
  }
}
