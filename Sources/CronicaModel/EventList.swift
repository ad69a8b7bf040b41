/// The events of a corpus in chronological order: an array in memory, or a corpus snapshot
/// whose events are built one at a time when read.
///
/// Code that needs one field of many events reads it with the `…(at:)` accessors, which never
/// build whole events (for a snapshot they read fixed-size records or one string).
public struct EventList: RandomAccessCollection, Sendable {
  /// The events, when they live in memory (empty for a snapshot).
  let array: [Event]
  /// The mapped events, when they come from a snapshot.
  let snapshot: SnapshotEvents?

  /// Events held in memory, in the given order.
  public init(_ events: [Event] = []) {
    array = events
    snapshot = nil
  }

  /// Events read from a snapshot.
  init(snapshot: SnapshotEvents) {
    array = []
    self.snapshot = snapshot
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { snapshot?.count ?? array.count }

  /// The whole event at `position` (built from the snapshot's bytes when mapped).
  public subscript(position: Int) -> Event {
    if let snapshot { return snapshot.event(at: position) }
    return array[position]
  }

  /// True when the events come from a memory-mapped snapshot (built on demand).
  public var isMapped: Bool { snapshot != nil }

  /// The events as an array when they live in memory (empty when mapped).
  public var inMemory: [Event] { array }

  /// A snapshot's year of every event's earliest day (nil when the events live in memory).
  public var mappedYears: Column<Int>? { snapshot?.years }

  /// A snapshot's ready search index (nil when the events live in memory).
  public var mappedIndex: EventIndex? { snapshot?.index }

  /// Whether a snapshot's bytes still match the checksum written with them (reads the whole
  /// file; a damaged snapshot is removed so that the next run loads the files); nil when the
  /// events live in memory.
  public func snapshotContentIntact() -> Bool? {
    snapshot.map(CorpusSnapshot.contentIntact)
  }

  /// True when the snapshot the events are read from was written, truncated or replaced in
  /// place since it was opened (what is read from it can no longer be trusted); false for events
  /// in memory.
  public func snapshotChangedOnDisk() -> Bool {
    snapshot?.file.changedOnDisk() ?? false
  }

  /// A snapshot's citations of the article at `position` of the corpus's articles, as (event
  /// position, citation number) in event order; nil when the events live in memory.
  public func mappedCitations(ofArticleAt position: Int) -> [(event: Int, citation: Int)]? {
    snapshot?.citations(ofArticleAt: position)
  }

  /// The id of the event at `position`.
  public func id(at position: Int) -> String {
    if let snapshot { return snapshot.id(at: position) }
    return array[position].id
  }

  /// The first day the event at `position` may cover (`Event.earliest`).
  public func earliest(at position: Int) -> DayStamp {
    if let snapshot { return snapshot.bounds(at: position).earliest }
    return array[position].earliest
  }

  /// The last day the event at `position` may cover (`Event.latest`).
  public func latest(at position: Int) -> DayStamp {
    if let snapshot { return snapshot.bounds(at: position).latest }
    return array[position].latest
  }

  /// The kind of the event at `position`.
  public func kind(at position: Int) -> EventKind {
    if let snapshot { return snapshot.kind(at: position) }
    return array[position].kind
  }

  /// The theme keys of the event at `position`.
  public func themes(at position: Int) -> [String] {
    if let snapshot { return snapshot.themes(at: position) }
    return array[position].themes
  }

  /// The article ids the citations of the event at `position` cite, in citation order.
  public func citedArticles(at position: Int) -> [String] {
    if let snapshot { return snapshot.citedArticles(at: position) }
    return array[position].citations.map(\.article)
  }

  /// The fields a one-line listing shows of the event at `position`.
  public func headline(at position: Int) -> EventHeadline {
    if let snapshot { return snapshot.headline(at: position) }
    return EventHeadline(array[position])
  }

  /// The kinds the events use, each once, in order of first use.
  public func kindsInUse() -> [EventKind] {
    if let snapshot { return snapshot.kinds }
    var seen: Set<EventKind> = []
    var result: [EventKind] = []
    for event in array where seen.insert(event.kind).inserted { result.append(event.kind) }
    return result
  }
}

extension EventList: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Event...) { self.init(elements) }
}

extension EventList: Equatable {
  public static func == (a: EventList, b: EventList) -> Bool { a.elementsEqual(b) }
}

/// What a one-line listing shows of an event: its date as people read it, kind, id and title.
public struct EventHeadline: Hashable, Sendable {
  public var display: String
  public var kind: EventKind
  public var id: String
  public var title: String

  public init(display: String, kind: EventKind, id: String, title: String) {
    self.display = display
    self.kind = kind
    self.id = id
    self.title = title
  }

  /// The headline of an event.
  public init(_ event: Event) {
    self.init(display: event.display, kind: event.kind, id: event.id, title: event.title)
  }
}
