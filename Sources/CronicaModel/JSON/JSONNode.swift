import Foundation

/// One step of a path into a JSON document: an object key or an array index.
enum JSONPathComponent: Hashable, Sendable {
  case key(String)
  case index(Int)
}

/// A JSON value with the byte offset where it starts, read by `EventsFileScanner` when a file is
/// not on its fast path: decoding it (`JSONNodeDecoder`) and locating any problem take the same tree.
struct JSONNode: Sendable {
  enum Value: Sendable {
    /// Members in file order; a repeated key keeps its first value, as `JSONDecoder` does.
    case object([(key: String, node: JSONNode)])
    case array([JSONNode])
    case string(String)
    /// A number as written, read only when a value of some type is wanted there.
    case number(String)
    case bool(Bool)
    case null
  }

  var offset: Int
  var value: Value

  /// The value of `key` (the first one when it repeats).
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }

  /// The value at `path`, or nil when it is absent.
  func node(at path: some Collection<JSONPathComponent>) -> JSONNode? {
    guard let first = path.first else { return self }
    switch (first, value) {
    case (.key(let key), _): return self[key]?.node(at: path.dropFirst())
    case (.index(let index), .array(let items)) where items.indices.contains(index):
      return items[index].node(at: path.dropFirst())
    default: return nil
    }
  }
}

extension EventsFileScanner {
  /// How deep a tree may nest before it is refused.
  static let maxTreeDepth = 512

  /// The whole of `data` as a tree (a leading byte-order mark allowed), or the first syntax error.
  static func tree(in data: Data) -> Result<JSONNode, GiveUp> {
    reading(data) { scanner in
      do throws(GiveUp) {
        scanner.skipSpace()
        let root = try scanner.node(depth: 0)
        scanner.skipSpace()
        guard scanner.position == scanner.bytes.count else {
          throw scanner.fail("unexpected text after the end of the JSON value")
        }
        return .success(root)
      } catch {
        return .failure(error)
      }
    }
  }

  /// The value at the current position (after any whitespace was skipped).
  private mutating func node(depth: Int) throws(GiveUp) -> JSONNode {
    guard depth < Self.maxTreeDepth else { throw fail("nested too deeply") }
    let start = position
    switch current {
    case 0x7B: return JSONNode(offset: start, value: .object(try members(depth: depth)))
    case 0x5B:
      var items: [JSONNode] = []
      try elements(close: 0x5D, "array") { (scanner: inout EventsFileScanner) throws(GiveUp) in
        items.append(try scanner.node(depth: depth + 1))
      }
      return JSONNode(offset: start, value: .array(items))
    case 0x22: return JSONNode(offset: start, value: .string(try string()))
    case 0x2D, 0x30...0x39:
      _ = try number()
      return JSONNode(offset: start, value: .number(String(decoding: bytes[start..<position], as: UTF8.self)))
    default:
      if literal("true") { return JSONNode(offset: start, value: .bool(true)) }
      if literal("false") { return JSONNode(offset: start, value: .bool(false)) }
      if literal("null") { return JSONNode(offset: start, value: .null) }
      guard position < bytes.count else { throw fail("expected a value, found the end of the file") }
      throw fail("expected a value, found \(describeHere())")
    }
  }

  private mutating func members(depth: Int) throws(GiveUp) -> [(key: String, node: JSONNode)] {
    var members: [(key: String, node: JSONNode)] = []
    try elements(close: 0x7D, "object") { (scanner: inout EventsFileScanner) throws(GiveUp) in
      guard scanner.current == 0x22 else { throw scanner.fail("expected a quoted key, found \(scanner.describeHere())") }
      let key = try scanner.string()
      scanner.skipSpace()
      guard scanner.current == 0x3A else {
        throw scanner.fail("expected ':' after the key \"\(key)\", found \(scanner.describeHere())")
      }
      scanner.position += 1
      scanner.skipSpace()
      members.append((key, try scanner.node(depth: depth + 1)))
    }
    return members
  }
}
