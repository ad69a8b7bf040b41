/// Finds folded phrases on word boundaries in folded text, on UTF-8 bytes (no Foundation search).
///
/// Text and phrases are folded with `TextFolding.fold` first; a match must not touch a letter or
/// digit on either side (as `Character.isLetter`/`isNumber` decide for the neighbouring character).
struct PhraseMatcher: Sendable {
  /// The folded phrases as bytes, each with the value it stands for.
  let phrases: [(bytes: [UInt8], value: String)]

  /// Folds the phrases once.
  init(_ phrases: [(phrase: String, value: String)]) {
    self.phrases = phrases.compactMap { item in
      let bytes = Array(TextFolding.fold(item.phrase).utf8)
      return bytes.isEmpty ? nil : (bytes, item.value)
    }
  }

  /// The folded bytes of a text, to match many phrases against.
  static func prepare(_ text: String) -> [UInt8] { Array(TextFolding.fold(text).utf8) }

  /// The values of the phrases found, with the byte offset of each one's first occurrence.
  func matches(in text: [UInt8]) -> [(offset: Int, value: String)] {
    phrases.compactMap { phrase in Self.firstWordOffset(of: phrase.bytes, in: text).map { ($0, phrase.value) } }
  }

  /// True when any phrase occurs on word boundaries.
  func matchesAny(in text: [UInt8]) -> Bool {
    phrases.contains { Self.firstWordOffset(of: $0.bytes, in: text) != nil }
  }

  /// True when any phrase occurs anywhere, word boundaries or not (`%` after a digit).
  func containsAny(in text: [UInt8]) -> Bool {
    phrases.contains { text.firstRange(of: $0.bytes) != nil }
  }

  /// The offset of the first occurrence of `needle` on word boundaries, or nil.
  static func firstWordOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    let last = haystack.count - needle.count
    var start = 0
    while start <= last {
      guard let hit = haystack[start...last].firstIndex(of: first) else { return nil }
      if haystack[hit..<hit + needle.count].elementsEqual(needle),
        !isWordCharacter(endingAt: hit, in: haystack),
        !isWordCharacter(startingAt: hit + needle.count, in: haystack)
      {
        return hit
      }
      start = hit + 1
    }
    return nil
  }

  /// True when the character that ends just before `offset` is a letter or a digit.
  static func isWordCharacter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
    guard offset > 0 else { return false }
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80, offset - start < 4 { start -= 1 }
    return isWordCharacter(startingAt: start, in: bytes)
  }

  /// True when the character that starts at `offset` is a letter or a digit.
  static func isWordCharacter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
    guard offset < bytes.count else { return false }
    let byte = bytes[offset]
    if byte < 0x80 {
      return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    var decoder = UTF8()
    var iterator = bytes[offset...].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    let character = Character(scalar)
    return character.isLetter || character.isNumber
  }
}
