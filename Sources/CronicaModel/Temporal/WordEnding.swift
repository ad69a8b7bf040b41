import Foundation

/// A word ending (a tense suffix `ed`, `rá`; a plural `ies`) compiled for matching words: `ends`
/// gives `hasSuffix`'s answer, by bytes when the word's end is plain ASCII (nearly every word).
struct WordEnding: Sendable {
  var text: String
  /// Its length in characters.
  var characters: Int
  private var bytes: [UInt8]
  /// True when it is plain ASCII (each byte a character).
  private var plain: Bool
  /// False when no ASCII word can end with it: its canonical decomposition is not ASCII (`rá`).
  private var fitsASCII: Bool

  init(_ text: String) {
    self.text = text
    characters = text.count
    bytes = Array(text.utf8)
    plain = text.isPlainASCII
    fitsASCII = text.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy(\.isASCII)
  }

  /// The ASCII bytes that end some ending's canonical decomposition (a bit each): a word whose
  /// last byte is another ASCII byte ends with none of them. (Its last character's
  /// decomposition ends with that byte, and must end as the ending's does.)
  struct LastBytes: Sendable {
    private var bits: (UInt64, UInt64) = (0, 0)

    init(_ endings: [WordEnding]) {
      for ending in endings {
        // An empty ending ends every word.
        guard let last = ending.text.decomposedStringWithCanonicalMapping.unicodeScalars.last else {
          bits = (.max, .max)
          continue
        }
        guard last.isASCII else { continue }
        if last.value < 64 { bits.0 |= 1 << UInt64(last.value) } else { bits.1 |= 1 << UInt64(last.value - 64) }
      }
    }

    /// False when the word cannot end with any of the endings.
    func mayEnd(_ word: String) -> Bool {
      guard let last = word.utf8.last else { return true }
      return mayEnd(lastByte: last)
    }

    /// False when a word whose last byte this is cannot end with any of the endings.
    func mayEnd(lastByte last: UInt8) -> Bool {
      guard last < 0x80 else { return true }
      return (last < 64 ? bits.0 >> UInt64(last) : bits.1 >> UInt64(last - 64)) & 1 != 0
    }
  }

  /// `word.hasSuffix(text)` for a word of ASCII bytes (`lowered` lowers each): by bytes for an
  /// ASCII ending; false for one no ASCII word can end with (`rá`); nil when only the word's
  /// string can answer.
  func endsASCII(_ word: ArraySlice<UInt8>, lowered: (UInt8) -> UInt8) -> Bool? {
    guard plain else { return fitsASCII ? nil : false }
    guard word.count >= bytes.count else { return false }
    var k = word.endIndex - bytes.count
    for byte in bytes {
      guard lowered(word[k]) == byte else { return false }
      k += 1
    }
    return true
  }

  /// `word.hasSuffix(text)`, given the word's bytes. When its last bytes (one more than the
  /// ending has) are plain ASCII, its last characters are those bytes and no scalar before them
  /// can join them, so the bytes answer; otherwise the characters are compared.
  func ends(_ word: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard utf8.suffix(bytes.count + 1).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return word.hasSuffix(text) }
    if plain { return utf8.count >= bytes.count && utf8.suffix(bytes.count).elementsEqual(bytes) }
    return fitsASCII && word.hasSuffix(text)
  }
}
