/// What a picture needs of an event's date: the days it may cover and whether it is approximate.
///
/// Every layout (markers, bars, density bins) reads dates only through this, so that richer date
/// models (EDTF intervals with their own approximate and uncertain flags) change one initializer.
public struct TimelineSpan: Hashable, Sendable {
  /// The first day the event may cover, as a `CalendarDay` number.
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
      earliest: CalendarDay.number(start.firstDay), latest: CalendarDay.number(last),
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

/// Days of the proleptic Gregorian calendar as integers (0 is 1970-01-01), for any year.
public enum CalendarDay {
  /// The number of a day (Howard Hinnant's `days_from_civil`).
  public static func number(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The number of a day stamp.
  public static func number(_ stamp: DayStamp) -> Int { number(year: stamp.year, month: stamp.month, day: stamp.day) }

  /// The number of the first day of a month counted as `year * 12 + month - 1`.
  public static func number(monthIndex: Int) -> Int {
    let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
    return number(year: year, month: monthIndex - year * 12 + 1, day: 1)
  }

  /// The month (as `year * 12 + month - 1`) a day falls in (`civil_from_days`).
  public static func monthIndex(ofDay number: Int) -> Int {
    let shifted = number + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return year * 12 + month - 1
  }
}
