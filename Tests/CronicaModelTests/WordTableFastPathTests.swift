import Testing

@testable import CronicaModel

/// `WordTable` reads an ASCII word eight bytes at a time (lowered all at once, hashed by chunk,
/// compared by chunk); it must find what the byte-by-byte table (`ReferenceWordTable`) found,
/// lowering or not, for random words around the chunk's edges (7, 8, 9, 16, 17 bytes), the bytes
/// at the edges of A–Z (`@`, `[`, `` ` ``, `{`), NUL and DEL, non-ASCII letters, a Kelvin sign,
/// combining marks and bytes that are no UTF-8.
@Suite struct WordTableFastPathTests {
  static let pieces: [[UInt8]] = {
    var pieces = (0x00...0x7F).map { [UInt8($0)] }
    pieces += ["é", "É", "\u{212A}", "e\u{301}", "ß", "ǆ", "ñ"].map { Array($0.utf8) }
    pieces += [[0xFF], [0xC3], [0x80], [0xE2, 0x80]]
    return pieces
  }()

  /// A random word: mostly letters of either case, sometimes any piece.
  static func word(_ generator: inout SplitMix) -> [UInt8] {
    let lengths = [0, 1, 2, 3, 5, 7, 8, 9, 12, 15, 16, 17, 24, 25, 40]
    let length = lengths[Int(generator.next() % UInt64(lengths.count))]
    var bytes: [UInt8] = []
    while bytes.count < length {
      let roll = generator.next() % 20
      if roll < 15 {
        let letter = UInt8(0x61 + generator.next() % 26)
        bytes.append(roll < 10 ? letter : letter & ~0x20)
      } else if roll < 17 {
        bytes.append([0x40, 0x5B, 0x60, 0x7B, 0x2E, 0x2D, 0x27, 0x30, 0x39, 0x00, 0x7F][Int(generator.next() % 11)])
      } else {
        bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
    }
    return bytes
  }

  /// What the tests reached: ASCII words found, found after more than eight bytes, turned away
  /// by their bytes after the eighth, and words not ASCII.
  struct Reach {
    var found = 0
    var foundLong = 0
    var differentTail = 0
    var notASCII = 0
  }

  static func check(_ query: [UInt8], _ table: WordTable, _ reference: ReferenceWordTable, _ reach: inout Reach) {
    query.withUnsafeBufferPointer { bytes in
      for lowering in [true, false] {
        let index = table.index(of: bytes, lowering: lowering)
        #expect(index == reference.index(of: bytes, lowering: lowering), "\(query) lowering \(lowering)")
        guard !query.isEmpty, query.allSatisfy({ $0 < 0x80 }) else {
          reach.notASCII += 1
          continue
        }
        if index != nil { reach.found += 1 }
        if index != nil, query.count > 8 { reach.foundLong += 1 }
      }
    }
  }

  @Test func aWordIsFoundAsTheByteByByteTableFindsIt() {
    var generator = SplitMix(seed: 20_261_206)
    var reach = Reach()
    for round in 0..<40 {
      var words = Set<String>()
      let count = [0, 1, 5, 50, 400][round % 5]
      var stored: [[UInt8]] = []
      while words.count < count {
        let bytes = Self.word(&generator)
        let text = String(decoding: bytes, as: UTF8.self)
        // (Stored in lower case mostly, as every table of the builder is; some not.)
        let word = generator.next() % 4 == 0 ? text : text.lowercased()
        if words.insert(word).inserted { stored.append(Array(word.utf8)) }
      }
      let table = WordTable(words)
      let reference = ReferenceWordTable(words)
      #expect(table.words == reference.words)
      for word in stored {
        Self.check(word, table, reference, &reach)
        // The same word with its letters' case flipped at random.
        let flipped = word.map { byte in
          (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A && generator.next() % 2 == 0 ? byte ^ 0x20 : byte
        }
        Self.check(flipped, table, reference, &reach)
        // The same word with one byte changed after its eighth: the same first chunk, another word.
        if word.count > 8, word.allSatisfy({ $0 < 0x80 }) {
          var changed = word
          let at = 8 + Int(generator.next() % UInt64(word.count - 8))
          changed[at] = changed[at] == 0x71 ? 0x72 : 0x71
          if !words.contains(String(decoding: changed, as: UTF8.self)) { reach.differentTail += 1 }
          Self.check(changed, table, reference, &reach)
        }
      }
      for _ in 0..<400 { Self.check(Self.word(&generator), table, reference, &reach) }
    }
    #expect(reach.found > 5_000)
    #expect(reach.foundLong > 1_000)
    #expect(reach.differentTail > 500)
    #expect(reach.notASCII > 1_000)
  }
}

/// `WordTable` as it was before its keys were read eight bytes at a time (the tests' reference):
/// lower-case words looked up without `String` hashing: an ASCII word by its bytes among the
/// ASCII words, in an open-addressed table (FNV-1a of the bytes), any other through a dictionary of
/// the words (which compares canonical equivalents).
struct ReferenceWordTable: Sendable {
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
