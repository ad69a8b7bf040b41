/// One step of a path into a JSON document: an object key or an array index.
enum JSONPathComponent: Hashable, Sendable {
  case key(String)
  case index(Int)
}

/// A small JSON scanner that finds where a syntax error is, or where a value sits.
///
/// Foundation's decoder does not reliably say where a syntax error is, never where a value with
/// the wrong type is, and not where a number too large for a `Double` (`1e309`) or an `Int`,
/// invalid UTF-8 or half a UTF-16 surrogate pair (`\ud800`) is; this scanner reports them all
/// as line and column.
struct JSONSyntax {
  /// Why scanning stopped early.
  private enum Stop: Error {
    case syntax(offset: Int, message: String)
    /// A number that is valid JSON syntax but too large for a `Double` (Foundation refuses it).
    case outOfRange(offset: Int, message: String)
  }

  /// A problem the scanner found: where it is, what it is, and whether it is a syntax error.
  struct Problem: Sendable {
    /// Where the problem starts.
    var position: TextPosition
    /// What is wrong, for the user (no file name or position).
    var message: String
    /// True for a syntax error; false for valid syntax that JSON readers still refuse (a number
    /// out of range).
    var isSyntax: Bool
  }

  private let bytes: [UInt8]
  private var index = 0
  private let targets: Set<[JSONPathComponent]>
  private var found: [[JSONPathComponent]: Int] = [:]
  /// Which numbers stop the scan as out of range (only when looking for errors).
  private let checksRange: RangeCheck
  /// Numbers out of the range of what.
  private enum RangeCheck { case none, double, integer }
  private static let maxDepth = 512
  /// How much of an out-of-range number an error message quotes.
  private static let maxQuoted = 40

  private init(bytes: [UInt8], targets: Set<[JSONPathComponent]>, checksRange: RangeCheck = .none) {
    self.bytes = bytes
    self.targets = targets
    self.checksRange = checksRange
  }

  /// The first syntax error in `bytes`, or nil when the text is valid JSON syntax.
  static func firstError(in bytes: [UInt8]) -> Problem? {
    scan(bytes, checksRange: .none)
  }

  /// The first number in `bytes` too large for a `Double` (`1e309`, `-1e309`), which Foundation's
  /// decoder refuses without saying where; nil when there is none (or the syntax is broken first).
  static func firstNumberOutOfRange(in bytes: [UInt8]) -> Problem? {
    guard let problem = scan(bytes, checksRange: .double), !problem.isSyntax else { return nil }
    return problem
  }

  /// The first whole number in `bytes` beyond a 64-bit integer (`123456789012345678901234567890`),
  /// which Foundation's decoder refuses without saying where when it wants an integer there.
  static func firstIntegerOutOfRange(in bytes: [UInt8]) -> Problem? {
    guard let problem = scan(bytes, checksRange: .integer), !problem.isSyntax else { return nil }
    return problem
  }

  /// The out-of-range message when the value at `path` is a number too large for a `Double`
  /// (Foundation then reports a type mismatch there, or our own decoders a misleading "expected a
  /// number"); nil when the path is absent or its value is anything else.
  static func outOfRangeMessage(at path: [JSONPathComponent], in bytes: [UInt8]) -> String? {
    var finder = JSONSyntax(bytes: bytes, targets: [path])
    do { try finder.document() } catch {}
    guard let offset = finder.found[path], offset < bytes.count,
      bytes[offset] == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
    else { return nil }
    var scanner = JSONSyntax(bytes: bytes, targets: [], checksRange: .double)
    scanner.index = offset
    do {
      try scanner.number()
    } catch {
      if case .outOfRange(_, let message) = error { return message }
    }
    return nil
  }

  /// Scans the whole document and returns the first problem it stops at.
  private static func scan(_ bytes: [UInt8], checksRange: RangeCheck) -> Problem? {
    var scanner = JSONSyntax(bytes: bytes, targets: [], checksRange: checksRange)
    do {
      try scanner.document()
      return nil
    } catch {
      switch error {
      case .syntax(let offset, let message):
        return Problem(position: TextPosition.of(offset: offset, in: bytes), message: message, isSyntax: true)
      case .outOfRange(let offset, let message):
        return Problem(position: TextPosition.of(offset: offset, in: bytes), message: message, isSyntax: false)
      }
    }
  }

  /// Where the value at `path` begins, or nil when the path is absent.
  static func position(of path: [JSONPathComponent], in bytes: [UInt8]) -> TextPosition? {
    positions(of: [path], in: bytes)[path]
  }

  /// Where the values at `paths` begin, found in one pass (paths that are absent are left out).
  static func positions(of paths: Set<[JSONPathComponent]>, in bytes: [UInt8]) -> [[JSONPathComponent]: TextPosition] {
    var scanner = JSONSyntax(bytes: bytes, targets: paths)
    do { try scanner.document() } catch {}
    let offsets = scanner.found.sorted { $0.value < $1.value }
    var result: [[JSONPathComponent]: TextPosition] = [:]
    var line = 1
    var column = 1
    var index = 0
    for (path, offset) in offsets {
      while index < offset, index < bytes.count {
        if bytes[index] == 0x0A {
          line += 1
          column = 1
        } else if bytes[index] & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      result[path] = TextPosition(line: line, column: column)
    }
    return result
  }

  private mutating func document() throws(Stop) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    skipSpace()
    try value(path: [], depth: 0)
    skipSpace()
    if index < bytes.count { throw fail("unexpected text after the end of the JSON value") }
  }

  private func fail(_ message: String) -> Stop { .syntax(offset: index, message: message) }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private func describeHere() -> String {
    guard index < bytes.count else { return "the end of the file" }
    let byte = bytes[index]
    if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16))"
  }

  private mutating func value(path: [JSONPathComponent], depth: Int) throws(Stop) {
    if !targets.isEmpty, targets.contains(path) { found[path] = index }
    guard depth < JSONSyntax.maxDepth else { throw fail("nested too deeply") }
    guard index < bytes.count else { throw fail("expected a value, found the end of the file") }
    switch bytes[index] {
    case UInt8(ascii: "{"): try object(path: path, depth: depth)
    case UInt8(ascii: "["): try array(path: path, depth: depth)
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw fail("expected a value, found \(describeHere())")
    }
  }

  private mutating func object(path: [JSONPathComponent], depth: Int) throws(Stop) {
    index += 1
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("expected a quoted key, found \(describeHere())")
      }
      let key = try string()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw fail("expected ':' after the key \"\(key)\", found \(describeHere())")
      }
      index += 1
      skipSpace()
      try value(path: path + [.key(key)], depth: depth + 1)
      skipSpace()
      guard index < bytes.count else { throw fail("unterminated object: expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return
      }
      throw fail("expected ',' or '}' in an object, found \(describeHere())")
    }
  }

  private mutating func array(path: [JSONPathComponent], depth: Int) throws(Stop) {
    index += 1
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return
    }
    var position = 0
    while true {
      skipSpace()
      try value(path: path + [.index(position)], depth: depth + 1)
      position += 1
      skipSpace()
      guard index < bytes.count else { throw fail("unterminated array: expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return
      }
      throw fail("expected ',' or ']' in an array, found \(describeHere())")
    }
  }

  private mutating func literal(_ word: String) throws(Stop) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
      throw fail("expected a value, found \(describeHere())")
    }
    index += expected.count
  }

  private mutating func digits() -> Int {
    let start = index
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
    return index - start
  }

  private mutating func number() throws(Stop) {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { throw fail("a number ends early") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      throw fail("expected a digit, found \(describeHere())")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw fail("expected a digit after '.', found \(describeHere())") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 { throw fail("expected a digit in the exponent, found \(describeHere())") }
    }
    switch checksRange {
    case .none: break
    case .double: try checkRange(from: start)
    case .integer: try checkIntegerRange(from: start)
    }
  }

  /// Stops at a number (from `start` to here) whose magnitude a `Double` cannot hold.
  private func checkRange(from start: Int) throws(Stop) {
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isInfinite else { return }
    throw .outOfRange(
      offset: start,
      message: "number out of range '\(Self.quoted(text))': JSON readers accept at most about ±1.8e308; use a smaller number")
  }

  /// Stops at a whole number (from `start` to here) beyond a 64-bit integer.
  private func checkIntegerRange(from start: Int) throws(Stop) {
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), Int64(text) == nil else { return }
    throw .outOfRange(
      offset: start,
      message: "number out of range '\(Self.quoted(text))': a whole number here must fit in 64 bits "
        + "(at most 9223372036854775807)")
  }

  /// A number as an error message quotes it (long ones cut).
  private static func quoted(_ text: String) -> String {
    text.count > maxQuoted ? String(text.prefix(maxQuoted)) + "…" : text
  }

  /// Scans a string literal and returns its value (escapes decoded).
  private mutating func string() throws(Stop) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars) }
      run.removeAll(keepingCapacity: true)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        flush()
        return String(scalars)
      }
      if byte < 0x20 {
        throw fail(byte == 0x0A ? "unterminated string (a line break inside quotes)" : "control character in a string")
      }
      if byte == UInt8(ascii: "\\") {
        flush()
        index += 1
        guard index < bytes.count else { break }
        switch bytes[index] {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          scalars.append(try unicodeEscape())
        default: throw fail("unknown escape '\\\(describeHere())' in a string")
        }
        index += 1
        continue
      }
      if byte >= 0x80 {
        let width = try validUTF8Width()
        run += bytes[index..<(index + width)]
        index += width
        continue
      }
      run.append(byte)
      index += 1
    }
    throw fail("unterminated string: the file ends inside quotes")
  }

  /// The length of the valid UTF-8 character at `index` (its first byte is not ASCII); stops at
  /// invalid UTF-8, which JSON readers refuse.
  private func validUTF8Width() throws(Stop) -> Int {
    var decoder = UTF8()
    var iterator = bytes[index..<min(index + 4, bytes.count)].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      throw fail("invalid UTF-8 (\(describeHere())) in a string; save the file as UTF-8")
    }
    return UTF8.width(scalar)
  }

  /// Decodes `\uXXXX` (with `index` on the `u`; leaves it on the last hex digit), joining a
  /// UTF-16 surrogate pair; stops at half a pair, which JSON readers refuse.
  private mutating func unicodeEscape() throws(Stop) -> Unicode.Scalar {
    func hex(at position: Int) -> UInt32? {
      guard position + 3 < bytes.count else { return nil }
      return UInt32(String(decoding: bytes[position...position + 3], as: UTF8.self), radix: 16)
    }
    let escapeStart = index - 1
    guard let code = hex(at: index + 1) else { throw fail("a \\u escape needs four hex digits") }
    index += 4
    let shown = String(decoding: bytes[escapeStart...index], as: UTF8.self)
    switch code {
    case 0xD800...0xDBFF:
      guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"), bytes[index + 2] == UInt8(ascii: "u"),
        let low = hex(at: index + 3), (0xDC00...0xDFFF).contains(low)
      else {
        throw .syntax(
          offset: escapeStart,
          message: "'\(shown)' is the first half of a UTF-16 surrogate pair without its second half "
            + "(\\udc00-\\udfff); write the whole character")
      }
      index += 6
      return Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    case 0xDC00...0xDFFF:
      throw .syntax(
        offset: escapeStart,
        message: "'\(shown)' is the second half of a UTF-16 surrogate pair without its first half "
          + "(\\ud800-\\udbff); write the whole character")
    default:
      return Unicode.Scalar(code) ?? "\u{FFFD}"
    }
  }
}
