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

  /// The span of an event dated `start`–`end` and written `display`.
  ///
  /// Approximate: a single date known only to the month or year ("2017": some day of 2017), or a
  /// date whose wording hedges it ("late 2019", "before May 18", "more than a decade").
  public init(start: PartialDate, end: PartialDate?, display: String) {
    let last = (end ?? start).lastDay
    self.init(
      earliest: TemporalCalendar.days(start.firstDay), latest: TemporalCalendar.days(last),
      approximate: (end == nil && start.precision != .day) || Self.hedges(display))
  }

  /// The span of an event.
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
