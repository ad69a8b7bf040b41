/// An event proposed from an article's text, kept apart from curated events.
public struct ProposedEvent: Hashable, Sendable, Encodable {
  /// The proposed event, citing its sentence verbatim.
  public var event: Event
  /// Where the event came from: always `extracted` for proposals.
  public var origin: String
  /// The temporal expression that dated it.
  public var expression: TemporalExpression

  /// Creates a proposal marked as extracted.
  public init(event: Event, expression: TemporalExpression, origin: String = Event.extractedOrigin) {
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

/// The result of extracting one article: its expressions and the events proposed from them.
///
/// JSON: `{"published", "anchor", "expressions": [{"text", "value", "type", "mod", "sentence"}],
/// "events": [event + "origin"]}`.
public struct ExtractionReport: Hashable, Sendable, Encodable {
  /// The publication date used, nil when unknown.
  @NullWhenNil public var published: EDTFDate?
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
}
