/// One dated event of a chronology, with the source passages that support it.
public struct Event: Hashable, Sendable, Codable, Identifiable {
  /// A stable, unique identifier (`merida-initiative-2008`).
  public var id: String
  /// When the event began, as tight as the sources allow (EDTF: `2019`, `2019-41`, `2017-05-22/2017-05-28`).
  public var start: EDTFDate
  /// When it ended, for periods ("FY2019–FY2022"); nil for a point in time.
  public var end: EDTFDate?
  /// Where the event goes among events with the same bounds (lower first; none counts as 0),
  /// so that a curator can put a meeting before the commitments it produced.
  public var order: Int?
  /// The date as people should read it, keeping the source's vagueness ("late 2019").
  public var display: String
  public var kind: EventKind
  public var title: String
  /// One to three sentences in our own words.
  public var summary: String
  public var themes: [String]
  /// The verbatim passages behind the event; at least one.
  public var citations: [Citation]
  /// How the date was established when the sources do not state it outright
  /// ("'last week' in an article published late May 2017"); nil when stated.
  public var dateBasis: String?
  /// Where the event came from when not curated by hand: `extracted` for proposals of the
  /// temporal extractor; nil for curated events (and omitted from JSON).
  public var origin: String?
  /// The `origin` of events the builder or the extractor proposed rather than a person curated.
  public static let extractedOrigin = "extracted"
  /// For each theme the builder assigned, the phrase in the cited text that triggered it
  /// (`"arms": "weapons"`); nil for events written by hand.
  public var themeEvidence: [String: String]?
  /// How much the builder trusts its proposal, 0–100; nil for events written by hand.
  public var confidence: Int?
  /// The builder's rules that produced the proposal (`date:absolute`, `cue:agreed`…); nil for
  /// events written by hand.
  public var rules: [String]?

  public init(
    id: String, start: EDTFDate, end: EDTFDate? = nil, order: Int? = nil, display: String, kind: EventKind,
    title: String, summary: String, themes: [String], citations: [Citation], dateBasis: String? = nil,
    origin: String? = nil, themeEvidence: [String: String]? = nil, confidence: Int? = nil, rules: [String]? = nil
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.order = order
    self.display = display
    self.kind = kind
    self.title = title
    self.summary = summary
    self.themes = themes
    self.citations = citations
    self.dateBasis = dateBasis
    self.origin = origin
    self.themeEvidence = themeEvidence
    self.confidence = confidence
    self.rules = rules
  }

  enum CodingKeys: String, CodingKey {
    case id, start, end, order, display, kind, title, summary, themes, citations, origin, confidence, rules
    case dateBasis = "date_basis"
    case themeEvidence = "theme_evidence"
  }

  /// The event's dates as EDTF in one string: the start, `start/end` when both are single dates,
  /// `start to end` otherwise.
  public var dateText: String {
    guard let end else { return start.edtf }
    return start.isInterval || end.isInterval ? "\(start.edtf) to \(end.edtf)" : "\(start.edtf)/\(end.edtf)"
  }

  enum BoundsKeys: String, CodingKey { case earliest, latest }

  /// Encodes the event's own JSON plus `earliest` and `latest`, the days its dates allow
  /// (`YYYY-MM-DD`, null for an open bound), as every JSON output of events gives them.
  public func encodeWithBounds(to encoder: any Encoder) throws {
    try encode(to: encoder)
    var container = encoder.container(keyedBy: BoundsKeys.self)
    try container.encode(earliest.iso, forKey: .earliest)
    try container.encode(latest.iso, forKey: .latest)
  }

  /// The first day the event may cover: its start's earliest.
  public var earliest: DayStamp { start.earliest }
  /// The last day it may cover: its end's latest, or its start's when it has no end.
  public var latest: DayStamp { (end ?? start).latest }
}

/// A verbatim passage of an article that supports an event.
public struct Citation: Hashable, Sendable, Codable {
  public var article: String
  /// Text that appears verbatim in the article's cleaned text.
  public var quote: String

  public init(article: String, quote: String) {
    self.article = article
    self.quote = quote
  }
}

/// The sort of an event: meeting, agreement, policy, statistic, violence, report, legal, statement…
///
/// An open set: user corpora may bring kinds of their own; `known` lists ours.
public struct EventKind: RawRepresentable, Hashable, Sendable, Codable, Comparable {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  public static func < (a: EventKind, b: EventKind) -> Bool { a.rawValue < b.rawValue }

  public static let meeting = EventKind(rawValue: "meeting")
  public static let agreement = EventKind(rawValue: "agreement")
  public static let policy = EventKind(rawValue: "policy")
  public static let statistic = EventKind(rawValue: "statistic")
  /// A development over a period that the sources describe without a figure (an epidemic, cartels splitting).
  public static let trend = EventKind(rawValue: "trend")
  public static let violence = EventKind(rawValue: "violence")
  public static let report = EventKind(rawValue: "report")
  public static let legal = EventKind(rawValue: "legal")
  public static let statement = EventKind(rawValue: "statement")
  public static let appointment = EventKind(rawValue: "appointment")
  public static let publication = EventKind(rawValue: "publication")

  /// The kinds the bundled chronology uses, in display order.
  public static let known: [EventKind] = [
    .meeting, .agreement, .policy, .statistic, .trend, .violence, .report, .legal, .statement,
    .appointment, .publication,
  ]
}
