/// A value written in JSON as its text form and read back through its parser, so that a malformed
/// one fails with the parser's reason and where it is.
public protocol CodableAsText: Codable {
  associatedtype ParseError: Error & CustomStringConvertible
  init(parsing text: String) throws(ParseError)
  /// The form `init(parsing:)` reads back.
  var textForm: String { get }
}

extension CodableAsText {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try Self(parsing: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(textForm)
  }
}
