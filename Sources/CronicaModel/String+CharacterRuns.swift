extension String {
  /// True for ASCII text without a carriage return: each byte is then a character of its own.
  public var isPlainASCII: Bool {
    // (Over the contiguous bytes: the UTF-8 view of a small string is read an index at a time.)
    var copy = self
    return copy.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
  }

  /// Whether the string ends with one of `endings` that passes `condition` (its bytes read once).
  func endsWithAny(of endings: [WordEnding], where condition: (WordEnding) -> Bool = { _ in true }) -> Bool {
    var copy = self
    return copy.withUTF8 { utf8 in endings.contains { $0.ends(self, utf8) && condition($0) } }
  }

  /// `count > n`, counted by bytes when they are the characters (plain ASCII).
  func hasMoreCharacters(than n: Int) -> Bool { utf8.count > n && (isPlainASCII || count > n) }

  /// Calls `body` with the UTF-8 bytes and the character count of each run of characters that
  /// pass a test, in order, until it returns false. A byte between two ASCII bytes is taken as a
  /// character of its own and answers `ascii` (so CR LF counts two; neither test passes CR or
  /// LF); where a scalar is not ASCII or touches one that is not, the string's own character
  /// there answers `character` (it may join its neighbours). The tests must agree on ASCII
  /// characters.
  ///
  /// Inlined, so that each caller's tests are too (they are asked once a byte).
  @inline(__always)
  func forEachRun(ascii: (UInt8) -> Bool, character: (Character) -> Bool, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
    var copy = self
    copy.withUTF8 { bytes in
      // Nearly every text is ASCII: each byte is then a character (CR LF passes neither test).
      if String.isASCII(bytes) {
        String.forEachASCIIRun(bytes, ascii: ascii, body)
      } else {
        forEachRun(bytes, ascii: ascii, character: character, body)
      }
    }
  }

  /// True when every byte is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    // Eight bytes at a time: a byte that is not ASCII has its high bit set.
    while index + 8 <= bytes.count {
      guard UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { return false }
      index += 8
    }
    while index < bytes.count {
      guard bytes[index] < 0x80 else { return false }
      index += 1
    }
    return true
  }

  /// True when the string is all ASCII (CR included, unlike `isPlainASCII`).
  var isASCII: Bool {
    var copy = self
    return copy.withUTF8 { String.isASCII($0) }
  }

  /// `forEachRun` over ASCII bytes: runs of bytes that pass `ascii`, each byte a character.
  @inline(__always)
  static func forEachASCIIRun(_ bytes: UnsafeBufferPointer<UInt8>, ascii: (UInt8) -> Bool, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
    // A loop over the bytes between runs, then one over a run's (each byte asks one test, with no
    // state of the run to keep; SupportText.hedge 33.8M → 28.6M instructions on 10k tiny articles).
    let count = bytes.count
    var index = 0
    while index < count {
      while index < count, !ascii(bytes[index]) { index &+= 1 }
      guard index < count else { return }
      let start = index
      repeat { index &+= 1 } while index < count && ascii(bytes[index])
      guard body(UnsafeBufferPointer(rebasing: bytes[start..<index]), index &- start) else { return }
    }
  }

  /// `forEachRun` over the string's bytes (`bytes`), whatever they hold.
  func forEachRun(
    _ bytes: UnsafeBufferPointer<UInt8>, ascii: (UInt8) -> Bool, character: (Character) -> Bool,
    _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) {
    let n = bytes.count
    var (start, characters, index) = (-1, 0, 0)
    while index < n {
      var (passes, length) = (false, 1)
      if bytes[index] < 0x80, index == 0 || bytes[index - 1] < 0x80, index + 1 == n || bytes[index + 1] < 0x80 {
        passes = ascii(bytes[index])
      } else if bytes[index] == 0x0A, index > 0, bytes[index - 1] == 0x0D {
        (passes, characters) = (start >= 0, characters - 1)  // the LF of a CR LF whose CR was read alone
      } else {
        // Every other index here starts a character (a character read whole is skipped whole), so
        // the subscript reads it forward from there; `String.Index(_:within:)` would search back
        // for its start, which is quadratic in a run of flags.
        let found = self[utf8.index(utf8.startIndex, offsetBy: index)]
        (passes, length) = (character(found), found.utf8.count)
      }
      if passes {
        if start < 0 { (start, characters) = (index, 0) }
        characters += 1
      } else if start >= 0 {
        guard body(UnsafeBufferPointer(rebasing: bytes[start..<index]), characters) else { return }
        start = -1
      }
      index += length
    }
    if start >= 0 { _ = body(UnsafeBufferPointer(rebasing: bytes[start..<n]), characters) }
  }

  /// True when a run of exactly four characters that are numbers (a year) is in the text.
  var hasFourDigitNumber: Bool {
    var found = false
    forEachRun(ascii: { $0 &- 0x30 < 10 }, character: \.isNumber) { _, characters in
      found = characters == 4
      return !found
    }
    return found
  }
}
