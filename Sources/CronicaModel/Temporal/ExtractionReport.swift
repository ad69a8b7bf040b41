/// An event proposed from an article's text, kept apart from curated events.
public struct ProposedEvent: Hashable, Sendable, Encodable {
  /// The proposed event, citing its sentence verbatim.
  public var event: Event
  /// Where the event came from: always `extracted` for proposals.
  public var origin: String
  /// The temporal expression that dated it.
  public var expression: TemporalExpression

  /// Creates a proposal marked as extracted.
  public init(event: Event, expression: TemporalExpression, origin: String = "extracted") {
    self.event = event
    self.expression = expression
    self.origin = origin
  }

  enum OriginKey: String, CodingKey { case origin }

  /// Encodes as the event's own JSON with its days (`Event.encodeWithBounds`) plus `"origin"`.
  public func encode(to encoder: any Encoder) throws {
    try event.encodeWithBounds(to: encoder)
    var container = encoder.container(keyedBy: OriginKey.self)
    try container.encode(origin, forKey: .origin)
  }
}

extension TemporalExpression: Encodable {
  enum CodingKeys: String, CodingKey { case text, value, type, mod, sentence }

  /// Encodes as `{"text", "value", "type", "mod", "sentence"}`; an unresolved value and a missing mod are null.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(value, forKey: .value)
    try container.encode(type, forKey: .type)
    try container.encode(mod, forKey: .mod)
    try container.encode(sentence, forKey: .sentence)
  }
}

/// The result of extracting one article: its expressions and the events proposed from them.
///
/// JSON: `{"published", "anchor", "expressions": [{"text", "value", "type", "mod", "sentence"}],
/// "events": [event + "origin"]}`.
public struct ExtractionReport: Hashable, Sendable, Encodable {
  /// The publication date used, nil when unknown.
  public var published: EDTFDate?
  /// What relative expressions were anchored on: `published`, `last-mentioned`, or `none`
  /// (news mode without a publication date: relative expressions stay unresolved).
  public var anchor: String
  /// Every temporal expression, in text order.
  public var expressions: [TemporalExpression]
  /// The proposed events, in text order.
  public var events: [ProposedEvent]

  /// Creates a report.
  public init(published: EDTFDate?, anchor: String, expressions: [TemporalExpression], events: [ProposedEvent]) {
    self.published = published
    self.anchor = anchor
    self.expressions = expressions
    self.events = events
  }

  enum CodingKeys: String, CodingKey { case published, anchor, expressions, events }

  /// Encodes with `published` as an EDTF date or null.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(published, forKey: .published)
    try container.encode(anchor, forKey: .anchor)
    try container.encode(expressions, forKey: .expressions)
    try container.encode(events, forKey: .events)
  }
}
