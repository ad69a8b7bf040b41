import Foundation

/// The JSON grammar under `EventsFileScanner`: objects, arrays, strings, numbers, literals.
///
/// Strict RFC 8259 JSON; anything else makes the scanner give up (the slow path reports it).
extension EventsFileScanner {
  /// The object keys the scanner acts on; everything else is `other` and its value is skipped.
  enum Key {
    case formatVersion, events, rejected, id, start, end, order, display, kind, title, summary, themes, citations
    case dateBasis, origin, article, quote, themeEvidence, confidence, rules
    // manifest.json and themes.json
    case articles, titleSupplied, outlet, authors, published, publishedDisplay, key, label, description, phrases
    case other
  }

  /// Each known key's spelling in UTF-8.
  private static let keyTable: [(spelling: [UInt8], key: Key)] = ([
    ("id", .id), ("start", .start), ("end", .end), ("order", .order), ("display", .display), ("kind", .kind),
    ("title", .title), ("summary", .summary), ("themes", .themes), ("citations", .citations),
    ("date_basis", .dateBasis), ("origin", .origin), ("article", .article), ("quote", .quote),
    ("theme_evidence", .themeEvidence), ("confidence", .confidence), ("rules", .rules),
    ("format_version", .formatVersion), ("events", .events), ("rejected", .rejected),
    ("articles", .articles), ("title_supplied", .titleSupplied), ("outlet", .outlet), ("authors", .authors),
    ("published", .published), ("published_display", .publishedDisplay), ("key", .key), ("label", .label),
    ("description", .description), ("phrases", .phrases),
  ] as [(String, Key)]).map { (Array($0.0.utf8), $0.1) }

  /// The byte at the current position, or 0 at the end.
  var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

  /// Steps over JSON whitespace (space, tab, line feed, carriage return).
  mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  /// Steps over `byte` after optional whitespace, or gives up.
  mutating func expect(_ byte: UInt8) throws(GiveUp) {
    skipSpace()
    guard current == byte else { throw GiveUp() }
    position += 1
  }

  /// Reads an object, calling `member` with the scanner placed at each value.
  mutating func object(_ member: (inout EventsFileScanner, Key) throws(GiveUp) -> Void) throws(GiveUp) {
    skipSpace()
    guard current == 0x7B else { throw GiveUp() }
    try elements(close: 0x7D, "object") { (scanner: inout EventsFileScanner) throws(GiveUp) in
      let key = try scanner.keyName()
      try scanner.expect(0x3A)  // :
      scanner.skipSpace()
      try member(&scanner, key)
    }
  }

  /// Reads an array, calling `element` with the scanner placed at each element.
  mutating func array(_ element: (inout EventsFileScanner) throws(GiveUp) -> Void) throws(GiveUp) {
    skipSpace()
    guard current == 0x5B else { throw GiveUp() }
    try elements(close: 0x5D, "array", element)
  }

  /// After an opening bracket: elements separated by commas until `close`, each read by `element`.
  mutating func elements(
    close: UInt8, _ name: String, _ element: (inout EventsFileScanner) throws(GiveUp) -> Void
  ) throws(GiveUp) {
    position += 1
    skipSpace()
    if current == close {
      position += 1
      return
    }
    while true {
      skipSpace()
      try element(&self)
      skipSpace()
      guard position < bytes.count else {
        throw fail("unterminated \(name): expected ',' or '\(Character(Unicode.Scalar(close)))'")
      }
      switch current {
      case 0x2C:
        // A comma before the closing bracket is accepted, as `JSONDecoder` accepts it.
        position += 1
        skipSpace()
        if current == close {
          position += 1
          return
        }
      case close:
        position += 1
        return
      default: throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))' in an \(name), found \(describeHere())")
      }
    }
  }

  /// `null` as nil, anything else read by `value`.
  mutating func nullable<T>(_ value: (inout EventsFileScanner) throws(GiveUp) -> T) throws(GiveUp) -> T? {
    skipSpace()
    if literal("null") { return nil }
    return try value(&self)
  }

  mutating func boolean() throws(GiveUp) -> Bool {
    skipSpace()
    if literal("true") { return true }
    if literal("false") { return false }
    throw GiveUp()
  }

  /// Steps over `word` when it is next; false (and no move) otherwise.
  mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
    position += count
    return true
  }

  /// A plain integer that fits a 64-bit `Int` exactly (`-?(0|[1-9][0-9]{0,17})`).
  mutating func integer() throws(GiveUp) {
    if current == 0x2D { position += 1 }
    let start = position
    while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
    let count = position - start
    guard (1...18).contains(count), count == 1 || bytes[start] != 0x30 else { throw GiveUp() }
    switch current {
    case 0x2E, 0x65, 0x45: throw GiveUp()  // . e E: not an exact integer
    default: return
    }
  }

  /// An object of string values under any keys (`{"arms": "weapons"}`); a repeated key gives up.
  mutating func stringMap() throws(GiveUp) -> [String: String] {
    var result: [String: String] = [:]
    skipSpace()
    guard current == 0x7B else { throw GiveUp() }
    try elements(close: 0x7D, "object") { (scanner: inout EventsFileScanner) throws(GiveUp) in
      let key = try scanner.string()
      try scanner.expect(0x3A)  // :
      guard result.updateValue(try scanner.string(), forKey: key) == nil else { throw GiveUp() }
    }
    return result
  }

  /// Steps over any value; gives up on numbers with an exponent or more than 15 digits, whose
  /// reading could differ, and on nesting deeper than `maxDepth`.
  mutating func skipValue(depth: Int) throws(GiveUp) {
    guard depth < Self.maxDepth else { throw GiveUp() }
    skipSpace()
    switch current {
    case 0x7B: try object { (scanner: inout EventsFileScanner, _: Key) throws(GiveUp) in try scanner.skipValue(depth: depth + 1) }
    case 0x5B: try array { (scanner: inout EventsFileScanner) throws(GiveUp) in try scanner.skipValue(depth: depth + 1) }
    case 0x22: _ = try string()
    case 0x74: guard literal("true") else { throw GiveUp() }
    case 0x66: guard literal("false") else { throw GiveUp() }
    case 0x6E: guard literal("null") else { throw GiveUp() }
    case 0x2D, 0x30...0x39: try shortNumber()
    default: throw GiveUp()
    }
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at most 15 digits in all.
  private mutating func shortNumber() throws(GiveUp) {
    let shape = try number()
    guard shape.digits <= 15, !shape.exponent else { throw GiveUp() }
  }

  /// Steps over an RFC 8259 number: how many digits it has, and whether it has an exponent.
  mutating func number() throws(GiveUp) -> (digits: Int, exponent: Bool) {
    if current == 0x2D { position += 1 }
    guard position < bytes.count else { throw fail("a number ends early") }
    var digits = 1
    if current == 0x30 {
      position += 1
    } else {
      digits = skipDigits()
      guard digits > 0 else { throw fail("expected a digit, found \(describeHere())") }
    }
    if current == 0x2E {
      position += 1
      let fraction = skipDigits()
      guard fraction > 0 else { throw fail("expected a digit after '.', found \(describeHere())") }
      digits += fraction
    }
    guard current == 0x65 || current == 0x45 else { return (digits, false) }
    position += 1
    if current == 0x2B || current == 0x2D { position += 1 }
    guard skipDigits() > 0 else { throw fail("expected a digit in the exponent, found \(describeHere())") }
    return (digits, true)
  }

  private mutating func skipDigits() -> Int {
    let start = position
    while (0x30...0x39).contains(current) { position += 1 }
    return position - start
  }

  func fail(_ message: String) -> GiveUp { GiveUp(offset: position, message: message) }

  /// The current byte as a message names it.
  func describeHere() -> String {
    guard position < bytes.count else { return "the end of the file" }
    let byte = bytes[position]
    if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    // NUL bytes between the characters, or a UTF-16 byte-order mark: the file is not UTF-8.
    let utf16 = byte == 0 || (position == 0 && (bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])))
    return "byte 0x\(String(byte, radix: 16))" + (utf16 ? " (is it UTF-16? save the file as UTF-8)" : "")
  }

  // MARK: Strings

  mutating func keyName() throws(GiveUp) -> Key {
    guard current == 0x22 else { throw GiveUp() }
    let start = position + 1
    var end = start
    while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C, bytes[end] >= 0x20 { end += 1 }
    guard end < bytes.count, bytes[end] == 0x22 else {
      // Escapes in a key: decode the whole string, then match it.
      let text = try string()
      return Self.key(matching: UnsafeBufferPointer(start: nil, count: 0), orText: text)
    }
    position = end + 1
    let spelling = UnsafeBufferPointer(rebasing: bytes[start..<end])
    // A key is text too: invalid UTF-8 in it makes the file invalid (found by the fuzzer).
    if spelling.contains(where: { $0 >= 0x80 }), Self.validatedUTF8(spelling) == nil { throw GiveUp() }
    return Self.key(matching: spelling, orText: nil)
  }

  /// The key spelled by `spelling` (or by `text`, when given).
  private static func key(matching spelling: UnsafeBufferPointer<UInt8>, orText text: String?) -> Key {
    if let text {
      return keyTable.first { $0.spelling.elementsEqual(text.utf8) }?.key ?? .other
    }
    for entry in keyTable where entry.spelling.count == spelling.count {
      if entry.spelling.withUnsafeBufferPointer({ $0.elementsEqual(spelling) }) { return entry.key }
    }
    return .other
  }

  /// A string value; gives up on invalid UTF-8, raw control characters and lone surrogates.
  ///
  /// - Parameter interned: reuse the string read earlier from the same bytes (article ids, theme keys).
  mutating func string(interned: Bool = false) throws(GiveUp) -> String {
    skipSpace()
    guard current == 0x22 else { throw GiveUp() }
    position += 1
    let start = position
    // The closing quote by memchr, then one branch-free pass for escapes and control characters.
    guard let base = bytes.baseAddress, start < bytes.count,
      let found = memchr(base + start, 0x22, bytes.count - start)
    else { return try escapedString(from: start) }
    let end = start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
    let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
    var special = false
    var high: UInt8 = 0
    for byte in run {
      if byte == 0x5C || byte < 0x20 {
        special = true
        break
      }
      high |= byte
    }
    if special { return try escapedString(from: start) }
    position = end + 1
    var key = 0
    if interned {
      var hasher = Hasher()
      hasher.combine(bytes: UnsafeRawBufferPointer(run))
      key = hasher.finalize()
      if let known = names[key], known.utf8.elementsEqual(run) { return known }
    }
    // ASCII needs no validation; anything else must survive decoding byte for byte.
    let text: String
    if high < 0x80 {
      text = String(decoding: run, as: UTF8.self)
    } else {
      guard let valid = Self.validatedUTF8(run) else { throw invalidUTF8(from: start) }
      text = valid
    }
    if interned { names[key] = text }
    return text
  }

  /// The text of `bytes` when they are valid UTF-8, else nil.
  ///
  /// `String(decoding:)` takes the standard library's fast validating path and replaces what is
  /// invalid; the bytes were valid exactly when the result holds the same bytes. (The generic
  /// `String(validating:as:)` measured several times slower here: 11% of a 100k-event load.)
  static func validatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var text = String(decoding: bytes, as: UTF8.self)
    let same = text.withUTF8 { decoded in
      decoded.count == bytes.count
        && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
    }
    return same ? text : nil
  }

  /// A string that holds escapes (or control characters), from its first byte `start`.
  private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
    scratch.removeAll(keepingCapacity: true)
    position = start
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case 0x22:
        guard let text = scratch.withUnsafeBufferPointer(Self.validatedUTF8) else { throw invalidUTF8(from: start) }
        return text
      case 0x5C:
        let escape = current
        position += 1
        switch escape {
        case 0x22, 0x5C, 0x2F: scratch.append(escape)
        case 0x62: scratch.append(0x08)
        case 0x66: scratch.append(0x0C)
        case 0x6E: scratch.append(0x0A)
        case 0x72: scratch.append(0x0D)
        case 0x74: scratch.append(0x09)
        case 0x75: try appendUnicodeEscape()
        default:
          position -= 1
          throw fail("unknown escape '\\\(describeHere())' in a string")
        }
      case 0..<0x20:
        position -= 1
        throw fail(byte == 0x0A ? "unterminated string (a line break inside quotes)" : "control character in a string")
      default: scratch.append(byte)
      }
    }
    throw fail("unterminated string: the file ends inside quotes")
  }

  /// Where the first invalid UTF-8 after `start` is, said for people.
  private mutating func invalidUTF8(from start: Int) -> GiveUp {
    var decoder = UTF8()
    position = start
    var iterator = bytes[start...].makeIterator()
    while case .scalarValue(let scalar) = decoder.decode(&iterator) { position += UTF8.width(scalar) }
    return fail("invalid UTF-8 (\(describeHere())) in a string; save the file as UTF-8")
  }

  /// After `\u`: four hex digits (a surrogate pair takes two escapes), appended as UTF-8.
  private mutating func appendUnicodeEscape() throws(GiveUp) {
    let escapeStart = position - 2
    var value = try hex4()
    let shown = String(decoding: bytes[escapeStart..<position], as: UTF8.self)
    if (0xD800...0xDBFF).contains(value) {
      guard literal("\\u"), let low = try? hex4(), (0xDC00...0xDFFF).contains(low) else {
        position = escapeStart
        throw fail(
          "'\(shown)' is the first half of a UTF-16 surrogate pair without its second half "
            + "(\\udc00-\\udfff); write the whole character")
      }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(value) {
      position = escapeStart
      throw fail(
        "'\(shown)' is the second half of a UTF-16 surrogate pair without its first half "
          + "(\\ud800-\\udbff); write the whole character")
    }
    guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { throw GiveUp() }
    scratch.append(contentsOf: encoded)
  }

  private mutating func hex4() throws(GiveUp) -> UInt32 {
    let start = position
    guard position + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default:
        position = start
        throw fail("a \\u escape needs four hex digits")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}
