/// A loaded, validated corpus: articles, their chronology of events and the theme taxonomy.
public struct Corpus: Sendable {
  /// Articles in manifest order.
  public var articles: [Article]
  /// Events in chronological order (start, then precision, then id).
  public var events: EventList
  /// Themes in taxonomy order.
  public var themes: [Theme]
  /// The corpus's own title (a TimelineJS title slide's headline); nil for the bundled corpus.
  public var title: String?
  /// Named periods to show as bands in the year strip (TimelineJS eras), in file order.
  public var eras: [Era]

  /// Creates a corpus; events are put in chronological order.
  public init(articles: [Article], events: [Event], themes: [Theme], title: String? = nil, eras: [Era] = []) {
    self.articles = articles
    self.themes = themes
    self.title = title
    self.eras = eras
    self.events = EventList(Corpus.chronologicallySorted(events))
  }

  /// A corpus whose events are already in chronological order (a snapshot's).
  init(articles: [Article], orderedEvents: EventList, themes: [Theme]) {
    self.articles = articles
    self.themes = themes
    title = nil
    eras = []
    events = orderedEvents
  }

  /// The events in `chronologicalOrder`, ties kept in their given order.
  ///
  /// Sorts positions rather than the events themselves (an event is a large value; moving it
  /// costs reference counting), then gathers the events once.
  static func chronologicallySorted(_ events: [Event]) -> [Event] {
    var inOrder = true
    for position in events.indices.dropFirst() where chronologicalOrder(events[position], events[position - 1]) {
      inOrder = false
      break
    }
    if inOrder { return events }
    let order = events.indices.sorted { a, b in
      if chronologicalOrder(events[a], events[b]) { return true }
      if chronologicalOrder(events[b], events[a]) { return false }
      return a < b
    }
    return order.map { events[$0] }
  }

  /// Orders events by start date, then precision (coarser first), then end, then id.
  public static func chronologicalOrder(_ a: Event, _ b: Event) -> Bool {
    if a.start != b.start { return a.start < b.start }
    let aEnd = a.end ?? a.start
    let bEnd = b.end ?? b.start
    if aEnd != bEnd { return aEnd < bEnd }
    return a.id < b.id
  }

  /// The article with this id.
  public func article(id: String) -> Article? { articles.first { $0.id == id } }

  /// The event with this id.
  public func event(id: String) -> Event? {
    events.indices.first { events.id(at: $0) == id }.map { events[$0] }
  }

  /// The theme with this key.
  public func theme(key: String) -> Theme? { themes.first { $0.key == key } }
}
