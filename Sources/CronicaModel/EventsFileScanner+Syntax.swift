import Foundation

/// The JSON grammar under `EventsFileScanner`: objects, arrays, strings, numbers, literals.
///
/// Strict RFC 8259 JSON; anything else makes the scanner give up (the slow path reports it).
extension EventsFileScanner {
  /// The object keys the scanner acts on; everything else is `other` and its value is skipped.
  enum Key {
    case formatVersion, events, id, start, end, order, display, kind, title, summary, themes, citations
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
    ("format_version", .formatVersion), ("events", .events),
    ("articles", .articles), ("title_supplied", .titleSupplied), ("outlet", .outlet), ("authors", .authors),
    ("published", .published), ("published_display", .publishedDisplay), ("key", .key), ("label", .label),
    ("description", .description), ("phrases", .phrases),
  ] as [(String, Key)]).map { (Array($0.0.utf8), $0.1) }

  /// The byte at the current position, or 0 at the end.
  private var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

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
  private mutating func expect(_ byte: UInt8) throws(GiveUp) {
    skipSpace()
    guard current == byte else { throw GiveUp() }
    position += 1
  }

  /// Reads an object, calling `member` with the scanner placed at each value.
  mutating func object(_ member: (inout EventsFileScanner, Key) throws(GiveUp) -> Void) throws(GiveUp) {
    try expect(0x7B)  // {
    skipSpace()
    if current == 0x7D {
      position += 1
      return
    }
    while true {
      skipSpace()
      let key = try keyName()
      try expect(0x3A)  // :
      skipSpace()
      try member(&self, key)
      skipSpace()
      switch current {
      case 0x2C: position += 1  // ,
      case 0x7D: position += 1; return  // }
      default: throw GiveUp()
      }
    }
  }

  /// Reads an array, calling `element` with the scanner placed at each element.
  mutating func array(_ element: (inout EventsFileScanner) throws(GiveUp) -> Void) throws(GiveUp) {
    try expect(0x5B)  // [
    skipSpace()
    if current == 0x5D {
      position += 1
      return
    }
    while true {
      skipSpace()
      try element(&self)
      skipSpace()
      switch current {
      case 0x2C: position += 1
      case 0x5D: position += 1; return
      default: throw GiveUp()
      }
    }
  }

  /// `null` as nil, anything else read by `value`.
  mutating func nullable<T>(_ value: (inout EventsFileScanner) throws(GiveUp) -> T) throws(GiveUp) -> T? {
    skipSpace()
    if literal("null") { return nil }
    return try value(&self)
  }

  /// `true` or `false`.
  mutating func boolean() throws(GiveUp) -> Bool {
    skipSpace()
    if literal("true") { return true }
    if literal("false") { return false }
    throw GiveUp()
  }

  /// Steps over `word` when it is next; false (and no move) otherwise.
  private mutating func literal(_ word: StaticString) -> Bool {
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
    try expect(0x7B)  // {
    skipSpace()
    if current == 0x7D {
      position += 1
      return result
    }
    while true {
      skipSpace()
      let key = try string()
      try expect(0x3A)  // :
      skipSpace()
      guard result.updateValue(try string(), forKey: key) == nil else { throw GiveUp() }
      skipSpace()
      switch current {
      case 0x2C: position += 1
      case 0x7D: position += 1; return result
      default: throw GiveUp()
      }
    }
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
    if current == 0x2D { position += 1 }
    var digits = 0
    let first = current
    while (0x30...0x39).contains(current) {
      position += 1
      digits += 1
    }
    guard digits >= 1, digits == 1 || first != 0x30 else { throw GiveUp() }
    if current == 0x2E {
      position += 1
      var fraction = 0
      while (0x30...0x39).contains(current) {
        position += 1
        fraction += 1
      }
      guard fraction >= 1 else { throw GiveUp() }
      digits += fraction
    }
    guard digits <= 15, current != 0x65, current != 0x45 else { throw GiveUp() }
  }

  // MARK: Strings

  /// An object key, matched against the known spellings.
  private mutating func keyName() throws(GiveUp) -> Key {
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
    else { throw GiveUp() }
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
    if special {
      return try escapedString(from: start)
    }
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
      guard let valid = Self.validatedUTF8(run) else { throw GiveUp() }
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
        guard let text = scratch.withUnsafeBufferPointer(Self.validatedUTF8) else { throw GiveUp() }
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
        default: throw GiveUp()
        }
      case 0..<0x20: throw GiveUp()
      default: scratch.append(byte)
      }
    }
    throw GiveUp()
  }

  /// After `\u`: four hex digits (a surrogate pair takes two escapes), appended as UTF-8.
  private mutating func appendUnicodeEscape() throws(GiveUp) {
    var value = try hex4()
    if (0xD800...0xDBFF).contains(value) {
      guard literal("\\u") else { throw GiveUp() }
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(value) {
      throw GiveUp()
    }
    guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { throw GiveUp() }
    scratch.append(contentsOf: encoded)
  }

  /// Four hexadecimal digits as a number.
  private mutating func hex4() throws(GiveUp) -> UInt32 {
    guard position + 4 <= bytes.count else { throw GiveUp() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw GiveUp()
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}
