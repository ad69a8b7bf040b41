/// What a picture needs of an event's date: the days it may cover and whether it is approximate.
///
/// Every layout (markers, bars, density bins) reads dates only through this, so that richer date
/// models (EDTF intervals with their own approximate and uncertain flags) change one initializer.
public struct TimelineSpan: Hashable, Sendable {
  /// The first day the event may cover, in days since 1970-01-01 (`TemporalCalendar`).
  public var earliest: Int
  /// The last day it may cover (equal to `earliest` for a single day).
  public var latest: Int
  /// True when the sources give the date only roughly (drawn lighter).
  public var approximate: Bool

  /// Creates a span; `latest` is raised to `earliest` when it falls before it.
  public init(earliest: Int, latest: Int, approximate: Bool) {
    self.earliest = earliest
    self.latest = max(earliest, latest)
    self.approximate = approximate
  }

  /// True when the span covers more than one day (drawn as a bar).
  public var isInterval: Bool { latest > earliest }

  /// The span of an event dated `start`–`end` (EDTF) and written `display`.
  ///
  /// Approximate: a single date that is not one day ("2017", `2019-09/2019-12`: some day in it), a
  /// date qualified `~`, `?` or `%`, an open end, or a date whose wording hedges it ("late 2019",
  /// "before May 18", "more than a decade"). A picture has no open ends: an open start (`../2010`)
  /// is drawn from the latest day its start allows, an open end to the earliest its end allows.
  public init(start: EDTFDate, end: EDTFDate?, display: String) {
    let last = end ?? start
    let qualified = [start, last].contains { $0.edtf.contains(where: { "~?%".contains($0) }) }
    let open = !start.earliest.isBounded || !last.latest.isBounded
    let first = start.earliest.isBounded ? start.earliest : start.latest
    let final = last.latest.isBounded ? last.latest : (last.earliest.isBounded ? last.earliest : first)
    self.init(
      earliest: first.number, latest: final.number,
      approximate: (end == nil && start.earliest != start.latest) || qualified || open || Self.hedges(display))
  }

  /// The days of the event at `position`, from the list's records (a mapped corpus builds no
  /// event for it), except for an open start, whose drawn start is in the text of its dates.
  /// Not `approximate`: layouts that need it build the event.
  public init(datesOf events: EventList, at position: Int) {
    let earliest = events.earliest(at: position)
    guard earliest.isBounded else {
      self = TimelineSpan(events[position])
      return
    }
    let latest = events.latest(at: position)
    self.init(earliest: earliest.number, latest: latest.isBounded ? latest.number : earliest.number, approximate: false)
  }

  public init(_ event: Event) {
    self.init(start: event.start, end: event.end, display: event.display)
  }

  /// Words that make a written date approximate.
  static let hedgeWords: Set<String> = [
    "about", "around", "approximately", "circa", "ca", "early", "mid", "late", "before", "after", "soon",
    "recent", "recently", "unknown", "sometime",
  ]
  /// Phrases that make a written date approximate.
  static let hedgePhrases = ["more than", "less than", "not given", "or so", "?", "~"]

  /// True when a written date hedges ("late 2019", "2020 (date not given)").
  static func hedges(_ display: String) -> Bool {
    let lower = display.lowercased()
    if hedgePhrases.contains(where: { lower.contains($0) }) { return true }
    return lower.split(whereSeparator: { !$0.isLetter }).contains { hedgeWords.contains(String($0)) }
  }
}
