import Foundation

/// A tense suffix (`ed`, `rá`) compiled for matching the words of a text: most words are plain
/// ASCII, and for them a byte comparison gives `hasSuffix`'s answer without comparing characters.
struct TenseSuffix: Sendable {
  var text: String
  /// Its length in characters.
  var characters: Int
  /// Its bytes when it is plain ASCII.
  var bytes: [UInt8]?
  /// False when no ASCII word can end with it: its canonical decomposition is not ASCII (`rá`).
  var fitsASCII: Bool

  init(_ text: String) {
    self.text = text
    characters = text.count
    bytes = text.isPlainASCII ? Array(text.utf8) : nil
    fitsASCII = text.decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy(\.isASCII)
  }

  /// `word.hasSuffix(text)`; `ascii` says whether the word is plain ASCII.
  func ends(_ word: String, ascii: Bool) -> Bool {
    guard ascii else { return word.hasSuffix(text) }
    guard fitsASCII else { return false }
    guard let bytes else { return word.hasSuffix(text) }
    let utf8 = word.utf8
    guard utf8.count >= bytes.count else { return false }
    return utf8.withContiguousStorageIfAvailable { $0.suffix(bytes.count).elementsEqual(bytes) }
      ?? word.hasSuffix(text)
  }
}

extension String {
  /// True for ASCII text without a carriage return: each byte is then a character of its own.
  var isPlainASCII: Bool { utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
}
