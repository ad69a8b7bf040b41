extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The text without leading and trailing whitespace and newlines, as a `String`.
  var trimmedText: String {
    // Printable ASCII at both ends (as in nearly every line): nothing to trim. The first
    // character starts with that byte and whitespace is a property of a character's first
    // scalar; the last character ends with it, and only a prepended mark (never whitespace)
    // can join an ASCII character to the one before it.
    if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
      return String(self)
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(self[first...last])
  }
}
