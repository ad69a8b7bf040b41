/// A loaded, validated corpus: articles, their chronology of events and the theme taxonomy.
public struct Corpus: Sendable {
  /// Articles in manifest order.
  public let articles: [Article]
  /// Events in chronological order (earliest day, latest day, `order`, id); their quotes point
  /// into these articles' texts and their theme bits follow these themes.
  public let events: EventList
  /// Themes in taxonomy order.
  public let themes: [Theme]
  /// The corpus's own title (a TimelineJS title slide's headline); nil for the bundled corpus.
  public var title: String?
  /// Named periods to show as bands in the year strip (TimelineJS eras), in file order.
  public var eras: [Era]

  /// Events are put in chronological order.
  public init(articles: [Article], events: [Event], themes: [Theme], title: String? = nil, eras: [Era] = []) {
    let sorted = EventList(events, articles: articles, themes: themes)
    self.init(articles: articles, orderedEvents: sorted, themes: themes, title: title, eras: eras)
  }

  /// A corpus whose events are already in the store, in chronological order (a snapshot's).
  init(articles: [Article], orderedEvents: EventList, themes: [Theme], title: String? = nil, eras: [Era] = []) {
    (self.articles, self.events, self.themes, self.title, self.eras) = (articles, orderedEvents, themes, title, eras)
  }

  /// The positions of events in `chronologicalOrder`, ties kept in their given order, from their
  /// keys and ids.
  ///
  /// Sorts positions by plain integer keys (earliest and latest day, order) taken once, rather
  /// than the events themselves (an event is a large value; moving it costs reference counting).
  static func chronologicalPositions(_ keys: [ChronologicalKey], id: (Int) -> String) -> [Int] {
    func before(_ a: Int, _ b: Int) -> Bool {
      if keys[a] != keys[b] { return keys[a] < keys[b] }
      return id(a) < id(b)
    }
    var inOrder = true
    for position in keys.indices.dropFirst() where before(position, position - 1) {
      inOrder = false
      break
    }
    if inOrder { return Array(keys.indices) }
    return keys.indices.sorted { a, b in
      if before(a, b) { return true }
      if before(b, a) { return false }
      return a < b
    }
  }

  /// Orders events by earliest day, then latest day (the narrower first), then the curator's
  /// `order` (none counts as 0), then id.
  public static func chronologicalOrder(_ a: Event, _ b: Event) -> Bool {
    let aKey = ChronologicalKey(a)
    let bKey = ChronologicalKey(b)
    if aKey != bKey { return aKey < bKey }
    return a.id < b.id
  }

  public func article(id: String) -> Article? { articles.first { $0.id == id } }

  public func event(id: String) -> Event? {
    events.indices.first { events.id(at: $0) == id }.map { events[$0] }
  }

  public func theme(key: String) -> Theme? { themes.first { $0.key == key } }
}

/// What events sort by before their ids: earliest day, latest day, the curator's order.
struct ChronologicalKey: Hashable, Comparable {
  var earliest: Int
  var latest: Int
  var order: Int

  init(_ event: Event) {
    earliest = event.earliest.number
    latest = event.latest.number
    order = event.order ?? 0
  }

  static func < (a: ChronologicalKey, b: ChronologicalKey) -> Bool {
    (a.earliest, a.latest, a.order) < (b.earliest, b.latest, b.order)
  }
}
