import Glibc

/// Verbatim quote search on UTF-8 bytes: no Foundation, no UTF-16 copies.
///
/// "Verbatim" means: the quote's Unicode scalars appear in the text in the same order, byte for
/// byte in UTF-8 (so the same normalization form: an NFD quote is not verbatim in an NFC article),
/// and the match starts and ends on character (extended grapheme cluster) boundaries of the text
/// (so "cafe" is not verbatim in a decomposed "cafe\u{301}", and one person of a family emoji is not
/// verbatim in the family). This is never looser than the Foundation `String.contains` that it
/// replaces; it is stricter exactly where Foundation matched canonically equivalent text in another
/// normalization form, or matched text that starts or ends inside a character.
extension String {
  /// True when `quote` occurs verbatim in the string (see the extension's notes); false for "".
  func containsVerbatim(_ quote: String) -> Bool { verbatimUTF8Range(of: quote) != nil }

  /// The UTF-8 offsets of the first verbatim occurrence of `quote` (see the extension's notes),
  /// or nil; both ends fall between characters.
  public func verbatimUTF8Range(of quote: String) -> Range<Int>? {
    var haystack = self
    var needle = quote
    return haystack.withUTF8 { text in
      needle.withUTF8 { quoteBytes in
        Self.firstVerbatimOffset(of: quoteBytes, in: text) { self.isCharacterBoundary(utf8Offset: $0) }
          .map { $0..<($0 + quoteBytes.count) }
      }
    }
  }

  /// True when the UTF-8 offset falls between two characters (or at either end) of the string.
  func isCharacterBoundary(utf8Offset: Int) -> Bool {
    if utf8Offset <= 0 || utf8Offset >= utf8.count { return utf8Offset == 0 || utf8Offset == utf8.count }
    let index = utf8.index(utf8.startIndex, offsetBy: utf8Offset)
    return String.Index(index, within: self) != nil
  }

  /// The UTF-8 offset of the first occurrence of `quote` in `text` whose two ends pass `isBoundary`.
  static func firstVerbatimOffset(
    of quote: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, isBoundary: (Int) -> Bool
  ) -> Int? {
    guard !quote.isEmpty, quote.count <= text.count else { return nil }
    var from = 0
    while from + quote.count <= text.count {
      guard let offset = firstOffset(of: quote, in: text, from: from) else { return nil }
      if Self.isPlainBoundary(text, offset) || isBoundary(offset),
        Self.isPlainBoundary(text, offset + quote.count) || isBoundary(offset + quote.count)
      {
        return offset
      }
      from = offset + 1
    }
    return nil
  }

  /// The first byte offset at or after `from` where `quote` (non-empty) occurs in `text`: `memchr`
  /// for the first byte, then the last byte, then `memcmp` (glibc's `memmem` is not visible to Swift).
  static func firstOffset(of quote: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let quoteStart = quote.baseAddress, let textStart = text.baseAddress else { return nil }
    let first = Int32(quote[0])
    let last = quote[quote.count - 1]
    var from = from
    while from + quote.count <= text.count {
      let searchable = text.count - quote.count + 1 - from
      guard let hit = memchr(textStart + from, first, searchable) else { return nil }
      let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(textStart)
      if text[offset + quote.count - 1] == last, memcmp(textStart + offset, quoteStart, quote.count) == 0 {
        return offset
      }
      from = offset + 1
    }
    return nil
  }

  /// True when `offset` is certainly a character boundary: an end of the text, or between two
  /// ASCII bytes other than CR LF (the grapheme rules never join those).
  private static func isPlainBoundary(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
    if offset == 0 || offset == text.count { return true }
    let before = text[offset - 1]
    let after = text[offset]
    return before < 0x80 && after < 0x80 && !(before == 0x0D && after == 0x0A)
  }
}
