/// One problem found in a corpus, with where it is and what to do. In JSON (`validate`):
/// `file`, `location` (null for the whole file) and `message`.
public struct CorpusProblem: Hashable, Sendable, CustomStringConvertible, Encodable {
  /// The file the problem is in (a path relative to the corpus folder where possible).
  public var file: String
  /// Where in the file: `events[12].citations[0].quote`, or `line 3, column 5`; nil for the whole file.
  public var location: String?
  public var message: String

  public init(file: String, location: String? = nil, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  /// `events.json: events[12].citations[0].quote: not found in article 003-…`
  public var description: String {
    if let location { return "\(file): \(location): \(message)" }
    return "\(file): \(message)"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(location, forKey: .location)
    try container.encode(message, forKey: .message)
  }

  enum CodingKeys: String, CodingKey { case file, location, message }
}

/// Why a corpus could not be loaded. Nothing loads halfway: any problem fails the whole load.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
  /// Every problem found, in file order.
  public var problems: [CorpusProblem]

  public init(_ problems: [CorpusProblem]) { self.problems = problems }

  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
