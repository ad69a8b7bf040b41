import Foundation

/// `Decodable` over a `JSONNode`: the same values as `JSONDecoder` (a repeated key keeps its first
/// value, a whole number may be written `1.0` or `1e2`), and the same `DecodingError`s with their
/// coding paths, which `JSONReader` locates in the tree. Numbers a type cannot hold are refused
/// with a message that says so.
struct JSONNodeDecoder: Decoder {
  let node: JSONNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node.value else { throw mismatch([String: Any].self) }
    // A small object (an event) is searched in place; a large one (a map) gets a table, so that
    // decoding it stays linear.
    var byKey: [String: JSONNode]?
    if members.count > 16 {
      byKey = Dictionary(members.lazy.map { ($0.key, $0.node) }, uniquingKeysWith: { first, _ in first })
    }
    return KeyedDecodingContainer(Keyed<Key>(members: members, byKey: byKey, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = node.value else { throw mismatch([Any].self) }
    return Unkeyed(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func mismatch(_ type: Any.Type) -> DecodingError {
    if case .null = node.value {
      return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "found null"))
    }
    return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found another type"))
  }

  func corrupted(_ message: String, _ cause: (any Error)? = nil) -> DecodingError {
    .dataCorrupted(.init(codingPath: codingPath, debugDescription: message, underlyingError: cause))
  }

  /// Marks a number no type here can hold; `JSONReader` places it by line and column alone, as
  /// the number itself is the problem, not the field.
  struct OutOfRange: Error {}

  /// A number as `T`, or the reason it cannot be one.
  func number<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard case .number(let text) = node.value else { throw mismatch(type) }
    if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
      if let value = T(text) { return value }
      throw corrupted(Self.outOfRange(text, integer: true), OutOfRange())
    }
    let value = try floatingPoint(Double.self)
    guard value == value.rounded(), let exact = T(exactly: value) else {
      throw corrupted("expected a whole number, found \(Self.quoted(text))")
    }
    return exact
  }

  func floatingPoint<T: LosslessStringConvertible & FloatingPoint>(_ type: T.Type) throws -> T {
    guard case .number(let text) = node.value else { throw mismatch(type) }
    guard let value = T(text), value.isFinite else {
      throw corrupted(Self.outOfRange(text, integer: false), OutOfRange())
    }
    return value
  }

  /// Why the number `text` cannot be read (beyond a `Double`, or a whole number beyond 64 bits).
  static func outOfRange(_ text: String, integer: Bool) -> String {
    if integer, Double(text)?.isFinite == true {
      return "number out of range '\(quoted(text))': a whole number here must fit in 64 bits "
        + "(at most 9223372036854775807)"
    }
    return "number out of range '\(quoted(text))': JSON readers accept at most about ±1.8e308; use a smaller number"
  }

  /// A number as an error message quotes it (long ones cut).
  static func quoted(_ text: String) -> String {
    text.count > 40 ? String(text.prefix(40)) + "…" : text
  }

  struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
  }

  struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, node: JSONNode)]
    let byKey: [String: JSONNode]?
    let codingPath: [any CodingKey]
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    func node(_ key: Key) -> JSONNode? {
      let name = key.stringValue
      if let byKey { return byKey[name] }
      return members.first { $0.key == name }?.node
    }

    func contains(_ key: Key) -> Bool { node(key) != nil }

    func decoder(for key: Key) throws -> JSONNodeDecoder {
      guard let node = node(key) else {
        throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
      }
      return JSONNodeDecoder(node: node, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: decoder(for: key)) }
    func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> { try decoder(for: key).container(keyedBy: type) }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try decoder(for: key).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { try decoder(for: Key(stringValue: "super")!) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }
  }

  struct Unkeyed: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// The next element's decoder; the index moves on only when `read` succeeds.
    mutating func next<T>(_ read: (JSONNodeDecoder) throws -> T) throws -> T {
      let key = IndexKey(intValue: currentIndex)
      guard !isAtEnd else {
        throw DecodingError.valueNotFound(
          T.self, .init(codingPath: codingPath + [key], debugDescription: "the list ended"))
      }
      let value = try read(JSONNodeDecoder(node: items[currentIndex], codingPath: codingPath + [key]))
      currentIndex += 1
      return value
    }

    mutating func decodeNil() throws -> Bool {
      guard !isAtEnd, case .null = items[currentIndex].value else { return false }
      currentIndex += 1
      return true
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try T(from: $0) } }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> { try next { try $0.container(keyedBy: type) } }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
      try next { try $0.unkeyedContainer() }
    }
    mutating func superDecoder() throws -> any Decoder { try next { $0 } }
  }
}

extension JSONNodeDecoder: SingleValueDecodingContainer {
  func decodeNil() -> Bool {
    if case .null = node.value { return true }
    return false
  }
  /// Every `decode` requirement of the protocol, the numbers by their kind.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    switch node.value {
    case .string(let value) where T.self == String.self: return value as! T
    case .bool(let value) where T.self == Bool.self: return value as! T
    default:
      if let integer = T.self as? any FixedWidthInteger.Type { return try number(integer) as! T }
      if let real = T.self as? any (LosslessStringConvertible & BinaryFloatingPoint).Type {
        return try floatingPoint(real) as! T
      }
      if T.self == String.self || T.self == Bool.self { throw mismatch(type) }
      return try T(from: self)
    }
  }
}
