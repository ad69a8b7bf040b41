/// An optional that synthesized `Encodable` writes as `null` when it is nil, where a plain
/// optional would leave its key out: the JSON outputs promise every key.
@propertyWrapper
public struct NullWhenNil<Value> {
  public var wrappedValue: Value?
  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
}

extension NullWhenNil: Encodable where Value: Encodable {
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue)
  }
}

extension NullWhenNil: Equatable where Value: Equatable {}
extension NullWhenNil: Hashable where Value: Hashable {}
extension NullWhenNil: Sendable where Value: Sendable {}
