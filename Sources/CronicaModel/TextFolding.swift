import Foundation

/// Case- and diacritic-insensitive text matching: "merida" finds "Mérida".
public enum TextFolding {
  /// Folds text for matching: lower case, accents removed, compatibility forms unified.
  ///
  /// The same result as Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive,
  /// .widthInsensitive], locale: nil)`, computed without Foundation when it can be: ASCII text is
  /// lowercased byte by byte, and text whose other scalars all lie in U+0080–U+024F (Latin-1 and
  /// Latin Extended-A/B, which fold one scalar at a time) uses a table of Foundation's own folding
  /// of each of those scalars. Anything else (combining marks, Greek, CJK, emoji, …) goes to Foundation.
  public static func fold(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      if let ascii = foldASCII(bytes) { return ascii }
      if let latin = foldLatin(bytes) { return latin }
      return foundationFold(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Foundation's folding: the reference that the fast paths reproduce.
  static func foundationFold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// The last scalar of the per-scalar table.
  static let tableEnd: UInt32 = 0x24F

  /// Foundation's folding of each scalar U+0080 … `tableEnd`, as UTF-8 (index = scalar − 0x80).
  static let latinTable: [[UInt8]] = (UInt32(0x80)...tableEnd).map { value in
    guard let scalar = Unicode.Scalar(value) else { return [] }
    return Array(foundationFold(String(Character(scalar))).utf8)
  }

  /// The text lowercased byte by byte when it is all ASCII; nil otherwise.
  static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var allASCII = true
    var hasUpper = false
    for byte in bytes {
      if byte >= 0x80 { allASCII = false; break }
      if byte &- 0x41 < 26 { hasUpper = true }
    }
    guard allASCII else { return nil }
    guard hasUpper else { return String(decoding: bytes, as: UTF8.self) }
    return String(unsafeUninitializedCapacity: bytes.count) { output in
      lowerASCII(bytes, into: output)
      return bytes.count
    }
  }

  /// `bytes` into `output` (as many bytes), ASCII capitals lowered: what folding does to ASCII.
  static func lowerASCII(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) {
    precondition(output.count >= bytes.count, "no room for the lowered bytes")
    for index in bytes.indices { output[index] = bytes[index] &- 0x41 < 26 ? bytes[index] | 0x20 : bytes[index] }
  }

  /// The text folded scalar by scalar when every non-ASCII scalar is in the table; nil otherwise.
  static func foldLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    let table = latinTable
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        output.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        index += 1
        continue
      }
      // Two-byte sequences cover U+0080–U+07FF; the table stops at `tableEnd`.
      guard byte & 0xE0 == 0xC0, index + 1 < bytes.count else { return nil }
      let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      guard value >= 0x80, value <= tableEnd else { return nil }
      output.append(contentsOf: table[Int(value - 0x80)])
      index += 2
    }
    return String(decoding: output, as: UTF8.self)
  }
}
