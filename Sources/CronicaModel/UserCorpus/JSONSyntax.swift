/// One step of a path into a JSON document: an object key or an array index.
enum JSONPathComponent: Hashable, Sendable {
  case key(String)
  case index(Int)
}

/// A small JSON scanner that finds where a syntax error is, or where a value sits.
///
/// Foundation's decoder does not reliably say where a syntax error is, and never where a
/// value with the wrong type is; this scanner reports both as line and column.
struct JSONSyntax {
  /// Why scanning stopped early.
  private enum Stop: Error {
    case syntax(offset: Int, message: String)
  }

  private let bytes: [UInt8]
  private var index = 0
  private let targets: Set<[JSONPathComponent]>
  private var found: [[JSONPathComponent]: Int] = [:]
  private static let maxDepth = 512

  private init(bytes: [UInt8], targets: Set<[JSONPathComponent]>) {
    self.bytes = bytes
    self.targets = targets
  }

  /// The first syntax error in `bytes`, or nil when the text is valid JSON.
  static func firstError(in bytes: [UInt8]) -> (position: TextPosition, message: String)? {
    var scanner = JSONSyntax(bytes: bytes, targets: [])
    do {
      try scanner.document()
      return nil
    } catch {
      switch error {
      case .syntax(let offset, let message): return (TextPosition.of(offset: offset, in: bytes), message)
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
          guard index + 4 < bytes.count,
            let code = UInt32(String(decoding: bytes[index + 1...index + 4], as: UTF8.self), radix: 16)
          else { throw fail("a \\u escape needs four hex digits") }
          index += 4
          scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default: throw fail("unknown escape '\\\(describeHere())' in a string")
        }
        index += 1
        continue
      }
      run.append(byte)
      index += 1
    }
    throw fail("unterminated string: the file ends inside quotes")
  }
}
