/// A calendar day of the proleptic Gregorian calendar, as a count of days since 1970-01-01, or
/// an open bound (`distantPast`, `distantFuture`) for an interval with an open or unknown end.
///
/// One integer per bound keeps sorting and date filters of a million events cheap, and fits a
/// corpus snapshot's fixed records.
public struct DayStamp: Hashable, Comparable, Sendable {
  /// Days since 1970-01-01 (negative before), or `Int.min` / `Int.max` for an open bound.
  public let number: Int

  public init(number: Int) { self.number = number }

  /// A day by year, month and day. No calendar check: an out-of-range day runs on into the next
  /// month (`2019-02-31` is March 3), which is all ordering needs.
  public init(year: Int, month: Int, day: Int) {
    number = TemporalCalendar.days(year: year, month: month, day: day)
  }

  /// An open start: before every day.
  public static let distantPast = DayStamp(number: .min)
  /// An open end: after every day.
  public static let distantFuture = DayStamp(number: .max)

  /// False for `distantPast` and `distantFuture`.
  public var isBounded: Bool { number != .min && number != .max }

  /// The civil year, month and day; an open bound's year is `Int.min` or `Int.max` (which
  /// `PartialDate.yearLabel` writes as "start unknown"), so that events with an open start
  /// group before every year.
  public var civil: (year: Int, month: Int, day: Int) {
    guard isBounded else { return (number, 1, 1) }
    return TemporalCalendar.date(days: number)
  }
  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var day: Int { civil.day }

  /// `YYYY-MM-DD` (years padded to four digits, `-` before year 0); nil for an open bound.
  public var iso: String? {
    guard isBounded else { return nil }
    let (year, month, day) = civil
    return TemporalCalendar.iso(year: year, month: month, day: day)
  }

  /// The following day (an open bound stays open).
  public var next: DayStamp { isBounded ? DayStamp(number: number + 1) : self }

  public static func < (a: DayStamp, b: DayStamp) -> Bool { a.number < b.number }
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
