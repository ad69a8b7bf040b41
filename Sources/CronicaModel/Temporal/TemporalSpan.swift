/// The calendar span a TIMEX3 date value covers, as partial dates: `2019-Q4` → 2019-10 … 2019-12.
public struct TemporalSpan: Hashable, Sendable {
  /// The first date of the span.
  public var start: PartialDate
  /// The last date, nil for a single calendar date (`2019`, `2019-05-18`).
  public var end: PartialDate?

  /// `init(timex:)` of a value whose date before any time (`TemporalTagger.pointDate`) is known:
  /// that date alone when the value is no range (`/`), which is what `init(timex:)` reads then.
  init?(timex value: String, pointDate: PartialDate?) {
    var copy = value
    guard let pointDate, !copy.withUTF8({ $0.contains(UInt8(ascii: "/")) }) else {
      self.init(timex: value)
      return
    }
    self.init(start: pointDate, end: nil)
  }

  init(start: PartialDate, end: PartialDate?) {
    self.start = start
    self.end = end
  }

  /// Reads a TIMEX3 date value; nil for references (`PAST_REF`), durations and unknown forms.
  ///
  /// Years, months and days map to themselves; quarters, halves, seasons (winter runs December
  /// to February), ISO weeks, decades (`199`), centuries (`20`) and ranges (`A/B`) to their bounds.
  public init?(timex value: String) {
    // A value without the bytes of `/` and `T` (nearly every one) has neither character.
    let plain = !value.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "T") }
    if !plain, let slash = value.firstIndex(of: "/") {
      guard let from = TemporalSpan(timex: String(value[..<slash])) else { return nil }
      let to = TemporalSpan(timex: String(value[value.index(after: slash)...]))
      start = from.start
      end = to.map { $0.end ?? $0.start }
      return
    }
    // The first piece between `T`s (a date before its time), without splitting the whole value.
    var piece = value[...]
    if !plain {
      piece = value.drop { $0 == "T" }
      piece = piece.isEmpty ? value[...] : piece[..<(piece.firstIndex(of: "T") ?? piece.endIndex)]
    }
    let body = String(piece)
    // A date is ASCII digits and hyphens: its bytes are its characters.
    if let date = try? PartialDate(parsing: body), body.utf8.count >= 4 {
      start = date
      end = nil
      return
    }
    let parts = body.split(separator: "-")
    if parts.count == 1, let n = Int(parts[0]), parts[0].allSatisfy(\.isNumber) {
      let width = parts[0].count == 3 ? 10 : (parts[0].count == 2 ? 100 : 0)
      guard width > 0, let first = PartialDate(year: n * width), let last = PartialDate(year: n * width + width - 1)
      else { return nil }
      start = first
      end = last
      return
    }
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    let code = String(parts[1])
    var months: (Int, Int, Int)?  // first month, last month, year offset of the last month
    switch code {
    case "Q1", "Q2", "Q3", "Q4":
      let q = Int(code.dropFirst()) ?? 1
      months = (3 * q - 2, 3 * q, 0)
    case "H1": months = (1, 6, 0)
    case "H2": months = (7, 12, 0)
    case "SP": months = (3, 5, 0)
    case "SU": months = (6, 8, 0)
    case "FA": months = (9, 11, 0)
    case "WI": months = (12, 2, 1)
    default:
      guard code.hasPrefix("W"), let week = Int(code.dropFirst()), (1...53).contains(week) else { return nil }
      // The Monday of ISO week 1 is the Monday on or before 4 January.
      let jan4 = TemporalCalendar.days(year: year, month: 1, day: 4)
      let monday = jan4 - (TemporalCalendar.weekday(days: jan4) - 1) + 7 * (week - 1)
      let a = TemporalCalendar.date(days: monday)
      let b = TemporalCalendar.date(days: monday + 6)
      guard let first = PartialDate(year: a.year, month: a.month, day: a.day),
        let last = PartialDate(year: b.year, month: b.month, day: b.day)
      else { return nil }
      start = first
      end = last
      return
    }
    guard let (from, to, offset) = months, let first = PartialDate(year: year, month: from),
      let last = PartialDate(year: year + offset, month: to)
    else { return nil }
    start = first
    end = last
  }
}
