/// A calendar date known to a year, a month or a day: `2019`, `2019-11`, `2019-11-04`.
///
/// Partial dates order by their earliest instant, then by precision (a year sorts before a
/// month of that year, which sorts before a day of that month). Years may be negative
/// (astronomical numbering, as TimelineJS uses) or very large.
public struct PartialDate: Hashable, Sendable {
  public enum Precision: Int, Comparable, Sendable, Codable {
    case year = 0, month = 1, day = 2
    public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Nil when the month or day is out of range or a day is given without a month.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    if let month, !(1...12).contains(month) { return nil }
    if let day {
      guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

  /// The number of days in a month of the proleptic Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension PartialDate: Comparable {
  public static func < (a: PartialDate, b: PartialDate) -> Bool {
    if a.year != b.year { return a.year < b.year }
    if (a.month ?? 0) != (b.month ?? 0) { return (a.month ?? 0) < (b.month ?? 0) }
    if (a.day ?? 0) != (b.day ?? 0) { return (a.day ?? 0) < (b.day ?? 0) }
    return a.precision < b.precision
  }
}

extension PartialDate {
  /// A date known to the year only (never fails, unlike `init(year:month:day:)`).
  public init(wholeYear year: Int) {
    self.year = year
    month = nil
    day = nil
  }
}
