/// A single calendar day, used to compare partial dates by the span they cover.
public struct DayStamp: Hashable, Comparable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int
  /// Creates a day stamp (no calendar check: it only orders).
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }
  public static func < (a: DayStamp, b: DayStamp) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

extension PartialDate {
  /// The first day this date covers (`2019` → 2019-01-01).
  public var firstDay: DayStamp { DayStamp(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day this date covers (`2019-02` → 2019-02-28).
  public var lastDay: DayStamp {
    let lastMonth = month ?? 12
    return DayStamp(
      year: year, month: lastMonth, day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
  }
}

extension Event {
  /// The first day the event may cover.
  public var firstDay: DayStamp { start.firstDay }
  /// The last day the event may cover (its end, or the end of its start's period).
  public var lastDay: DayStamp { (end ?? start).lastDay }
}
