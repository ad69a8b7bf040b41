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
    // Years of four digits (nearly all) are written by bytes, into one small string.
    guard (0...9999).contains(year) else {
      return "\(TemporalCalendar.pad(year, 4))-\(TemporalCalendar.pad(month, 2))-\(TemporalCalendar.pad(day, 2))"
    }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func digit(_ value: Int) -> UInt8 { 0x30 + UInt8(truncatingIfNeeded: value % 10) }
      (buffer[0], buffer[1], buffer[2], buffer[3]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year))
      (buffer[4], buffer[5], buffer[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month))
      (buffer[7], buffer[8], buffer[9]) = (UInt8(ascii: "-"), digit(day / 10), digit(day))
      return 10
    }
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
