/// The key terms one piece of work's candidates hold (`ArticleReading.terms`), numbered in order
/// of first use, and what each word it has seen gives, remembered by the word's number in the
/// lexicon's table or else by its bytes: a word met again costs an array read or one hash of its
/// bytes, not a lower-cased, folded and stemmed string hashed into a set. `TermTable` merges the
/// pieces' vocabularies into one numbering.
struct TermVocabulary: Sendable {
  /// How a word is read for its term (decided before the lookup, by its place and its capital).
  enum Role: UInt8 { case name, word }

  /// What a token gives in one role with one lexicon's lists (see `ArticleReading.terms`).
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
  /// What each token remembered by its bytes gives (a word outside the lexicon's table; words of
  /// the table are in `wordReadings`).
  private var readings: [Reading] = []
  /// Each remembered token's key: role, the lists' number (four bytes) and the token's bytes, end
  /// to end in `keyBytes`.
  private var keyBytes: [UInt8] = []
  private var keyEnds: [Int] = []
  /// Slots of `readings` indices + 1 (0 for an empty slot), a power of two of them.
  private var slots = [Int32](repeating: 0, count: 256)
  /// The word lists met, by number (a word's term depends on the lists it is read with; two
  /// lexicons may name the same language).
  private var lists: [ObjectIdentifier] = []
  /// A word of a lexicon's table (`Token.word`, which its lower case and its lists follow from)
  /// is remembered by its number, not its bytes: for each lists' number, at `2 × word + role`,
  /// its index + 1 in `wordReadings` (0 until it is met; four bytes a slot, few pages touched).
  private var byWord: [[Int32]] = []
  /// What each word remembered by its number gives.
  private var wordReadings: [Reading] = []

  /// The number of a lexicon's lists, added if new.
  ///
  /// A lexicon is known by its identity, so a vocabulary must not outlive the lexicons it has met
  /// (in `build` they outlive every piece's vocabulary): another lexicon at the same address would
  /// be taken for it. The table's size is compared too, so that such a lexicon with a larger
  /// table gets lists of its own rather than reading past the end of `byWord`'s.
  mutating func number(ofLists lexicon: BuildLexicon.Compiled) -> Int {
    let id = ObjectIdentifier(lexicon)
    if let index = lists.lastIndex(of: id), byWord[index].count == 2 * lexicon.words.words.count { return index }
    lists.append(id)
    byWord.append([Int32](repeating: 0, count: 2 * lexicon.words.words.count))
    return lists.count - 1
  }

  /// The number of a term's text, added if new.
  mutating func number(of term: String) -> Int32 { Int32(symbols.position(of: term)) }

  /// The number of a term's text when the vocabulary holds it.
  func existingNumber(of term: String) -> Int32? { symbols.positions[term].map(Int32.init) }

  /// A key's first bytes: the role, then the lists' number in four bytes.
  private static let headCount = 5

  /// FNV-1a over a key's bytes (the same whether they are read from `keyBytes` or as head + token).
  private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  private static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Where a token in a role with a lexicon's lists (`number(ofLists:)`) is remembered: what it
  /// gives, or nil and the empty slot to `remember` it in. A word of the lexicon's table (`word`
  /// ≥ 0) by its number, any other by its bytes. (No closure makes what is missing: a closure
  /// holding the text retained each of its arrays for every token.)
  /// (The number's read is inlined where it is asked; the bytes' lookup is a call.)
  @inline(__always)
  func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, word: Int32, role: Role, lists: Int) -> (reading: Reading?, slot: Int) {
    if word >= 0 {
      let index = Int(byWord[lists][2 * Int(word) + Int(role.rawValue)])
      return (index == 0 ? nil : wordReadings[index - 1], -1)
    }
    return lookUp(bytes, role: role, lists: lists)
  }

  /// `lookUp` by a token's bytes.
  @inline(never)
  private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, role: Role, lists: Int) -> (reading: Reading?, slot: Int) {
    let listsNumber = UInt32(truncatingIfNeeded: lists)  // counts the lexicons met: a handful
    func head(_ k: Int) -> UInt8 { k == 0 ? role.rawValue : UInt8(truncatingIfNeeded: listsNumber >> (8 * (k - 1))) }
    var hash = Self.hashStart
    for k in 0..<Self.headCount { hash = Self.hash(hash, head(k)) }
    for byte in bytes { hash = Self.hash(hash, byte) }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot] - 1)
      let start = index == 0 ? 0 : keyEnds[index - 1]
      if keyEnds[index] - start == bytes.count + Self.headCount,
        keyBytes.withUnsafeBufferPointer({ key in
          for k in 0..<Self.headCount where key[start + k] != head(k) { return false }
          var k = 0
          while k < bytes.count, key[start + Self.headCount + k] == bytes[k] { k += 1 }
          return k == bytes.count
        })
      {
        return (readings[index], slot)
      }
      slot = (slot + 1) & mask
    }
    return (nil, slot)
  }

  /// Remembers what a token gives, by its word number or in the slot `lookUp` found empty for its
  /// bytes (numbering terms in between leaves the slots as they were).
  mutating func remember(_ reading: Reading, for bytes: UnsafeBufferPointer<UInt8>, word: Int32, role: Role, lists: Int, slot: Int) {
    if word >= 0 {
      wordReadings.append(reading)
      byWord[lists][2 * Int(word) + Int(role.rawValue)] = Int32(wordReadings.count)
      return
    }
    let listsNumber = UInt32(truncatingIfNeeded: lists)
    keyBytes.append(role.rawValue)
    for k in 1..<Self.headCount { keyBytes.append(UInt8(truncatingIfNeeded: listsNumber >> (8 * (k - 1)))) }
    keyBytes.append(contentsOf: bytes)
    keyEnds.append(keyBytes.count)
    readings.append(reading)
    if readings.count * 2 > slots.count {
      rehash()
    } else {
      slots[slot] = Int32(readings.count)
    }
  }

  /// Doubles the slots and places every remembered token again.
  private mutating func rehash() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    var start = 0
    for index in readings.indices {
      var hash = Self.hashStart
      for k in start..<keyEnds[index] { hash = Self.hash(hash, keyBytes[k]) }
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
      start = keyEnds[index]
    }
  }
}
