/// Why an EDTF date was rejected, and where in it.
public struct EDTFError: Error, Equatable, Sendable, CustomStringConvertible {
  public let text: String
  /// The character (counted from 0) where the problem is.
  public let offset: Int
  public let reason: String

  public var description: String {
    "invalid date '\(text)': \(reason) (at character \(offset + 1)); write EDTF such as 2019, 2019-11, "
      + "2019-11-04, 2019-41 (second half), 201X, 2019~, 2019-09/2019-12 or 2019/.."
  }
}

extension EDTFDate {
  /// Parses an EDTF date (levels 0 and 1, level 2 quarters and halves); see the type.
  ///
  /// Plain years of five to twelve digits (`99999`) and negative years of fewer than four
  /// (`-44`), which earlier versions of Cronica read, are still accepted.
  public init(parsing text: String) throws(EDTFError) {
    // Read in the text's own bytes (a small text's are copied to the stack): no array is made
    // for each user article's date.
    var source = text
    let parsed = source.withUTF8 { bytes in
      var parser = EDTFParser(text, bytes: bytes)
      return Result { () throws(EDTFError) in try parser.parse() }
    }
    self = try parsed.get()
  }
}

/// A one-pass reader of the EDTF grammar over ASCII bytes (every valid EDTF date is ASCII, so a
/// byte offset is a character offset). Private to this file: its bytes are valid only within the
/// `withUTF8` of `EDTFDate(parsing:)`, the one place that makes a parser.
private struct EDTFParser {
  let text: String
  /// `text`'s UTF-8, read only while the parser is used (within `withUTF8`).
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ text: String, bytes: UnsafeBufferPointer<UInt8>) {
    self.text = text
    self.bytes = bytes
  }

  /// The bounds of one date of an interval or of a single date.
  struct Bounds {
    var earliest: DayStamp
    var latest: DayStamp

    /// January 1 of `first` to December 31 of `last`.
    static func years(_ first: Int, _ last: Int) -> Bounds {
      Bounds(earliest: DayStamp(year: first, month: 1, day: 1), latest: DayStamp(year: last, month: 12, day: 31))
    }
  }

  func fail(_ offset: Int, _ reason: String) -> EDTFError {
    EDTFError(text: text, offset: offset, reason: reason)
  }

  mutating func parse() throws(EDTFError) -> EDTFDate {
    // A scalar beyond ASCII is a byte beyond ASCII: the scalars are walked only when there is one.
    if bytes.contains(where: { $0 >= 0x80 }), let bad = text.unicodeScalars.firstIndex(where: { !$0.isASCII }) {
      let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bad)
      throw fail(offset, "'\(text.unicodeScalars[bad])' is not part of an EDTF date")
    }
    guard !bytes.isEmpty else { throw fail(0, "the date is empty") }
    let slash = bytes.firstIndex(of: 0x2F)
    if let slash, let second = bytes[(slash + 1)...].firstIndex(of: 0x2F) { throw fail(second, "an interval has one '/'") }
    guard let slash else {
      let bounds = try date(0..<bytes.count, allowTime: true)
      return EDTFDate(edtf: text, earliest: bounds.earliest, latest: bounds.latest)
    }
    let start = try end(0..<slash)
    let finish = try end((slash + 1)..<bytes.count)
    guard start != nil || finish != nil else {
      throw fail(slash, "an interval needs a date on at least one side of '/'")
    }
    if let start, let finish, finish.latest < start.earliest {
      throw fail(slash + 1, "the interval ends before it starts")
    }
    return EDTFDate(
      edtf: text, earliest: start?.earliest ?? .distantPast, latest: finish?.latest ?? .distantFuture)
  }

  /// One side of an interval: a date, `..` (open) or nothing (unknown); nil for the last two.
  func end(_ range: Range<Int>) throws(EDTFError) -> Bounds? {
    if range.isEmpty { return nil }
    if range.count == 2, bytes[range.lowerBound] == 0x2E, bytes[range.lowerBound + 1] == 0x2E { return nil }
    return try date(range, allowTime: false)
  }

  /// A date with an optional qualifier (`?`, `~`, `%`), which is kept in the text but does not
  /// move the bounds, and an optional time of day (single dates only).
  func date(_ range: Range<Int>, allowTime: Bool) throws(EDTFError) -> Bounds {
    var upper = range.upperBound
    if upper > range.lowerBound, Self.isQualifier(bytes[upper - 1]) {
      upper -= 1
      if upper > range.lowerBound, Self.isQualifier(bytes[upper - 1]) {
        throw fail(upper, "a date takes one qualifier: ? (uncertain), ~ (approximate) or % (both)")
      }
    }
    let body = range.lowerBound..<upper
    guard !body.isEmpty else { throw fail(range.lowerBound, "a qualifier needs a date before it") }
    if let t = bytes[body].firstIndex(of: 0x54) {  // T
      guard allowTime, upper == range.upperBound else {
        throw fail(t, "a time of day is allowed only in a single date without a qualifier")
      }
      try time((t + 1)..<upper)
      let day = try calendarDate(range.lowerBound..<t)
      guard day.isDay else { throw fail(t, "a time of day needs a full date before it (YYYY-MM-DDThh:mm:ss)") }
      return day.bounds
    }
    return try calendarDate(body).bounds
  }

  /// `?`, `~` or `%`.
  static func isQualifier(_ byte: UInt8) -> Bool {
    byte == 0x3F || byte == 0x7E || byte == 0x25
  }

  struct CalendarDate {
    var bounds: Bounds
    var isDay: Bool
  }

  /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` with their level 1 and 2 variants (see the type).
  func calendarDate(_ range: Range<Int>) throws(EDTFError) -> CalendarDate {
    guard !range.isEmpty else { throw fail(range.lowerBound, "the date is missing") }
    var position = range.lowerBound
    if bytes[position] == 0x59 {  // Y
      return CalendarDate(bounds: try letterYear(range), isDay: false)
    }
    let negative = bytes[position] == 0x2D
    if negative { position += 1 }
    let yearStart = position
    while position < range.upperBound, bytes[position] != 0x2D { position += 1 }
    let years = try yearDigits(yearStart..<position, negative: negative)
    guard position < range.upperBound else {
      return CalendarDate(bounds: .years(years.lowerBound, years.upperBound), isDay: false)
    }
    guard years.count == 1 else {
      throw fail(position, "a year with unspecified digits (201X) cannot take a month")
    }
    let year = years.lowerBound
    let monthAt = position + 1
    guard let month = twoDigits(monthAt, in: range) else {
      throw fail(monthAt, "the month needs two digits (01–12) or XX")
    }
    let dayAt = monthAt + 3
    if dayAt - 1 < range.upperBound {
      guard bytes[dayAt - 1] == 0x2D else { throw fail(dayAt - 1, "unexpected '\(character(dayAt - 1))'") }
      return try dayDate(year: year, month: month, monthAt: monthAt, dayAt: dayAt, range: range)
    }
    switch month {
    case .unspecified:
      return CalendarDate(bounds: .years(year, year), isDay: false)
    case .number(let code):
      guard let span = Self.months(of: code) else {
        throw fail(monthAt, Self.monthCodeProblem(code))
      }
      let lastYear = year + span.yearOffset
      return CalendarDate(
        bounds: Bounds(
          earliest: DayStamp(year: year, month: span.first, day: 1),
          latest: DayStamp(
            year: lastYear, month: span.last, day: PartialDate.daysIn(month: span.last, year: lastYear))),
        isDay: false)
    }
  }

  /// `YYYY-MM-DD`, `YYYY-MM-XX` or `YYYY-XX-XX`.
  func dayDate(year: Int, month: TwoDigits, monthAt: Int, dayAt: Int, range: Range<Int>) throws(EDTFError)
    -> CalendarDate
  {
    guard let day = twoDigits(dayAt, in: range) else { throw fail(dayAt, "the day needs two digits or XX") }
    if dayAt + 2 < range.upperBound { throw fail(dayAt + 2, "unexpected '\(character(dayAt + 2))'") }
    switch (month, day) {
    case (.unspecified, .unspecified):
      return CalendarDate(bounds: .years(year, year), isDay: false)
    case (.unspecified, .number):
      throw fail(dayAt, "a known day in an unspecified month (XX-12) is not read; write XX-XX or the month")
    case (.number(let m), _) where !(1...12).contains(m):
      if Self.months(of: m) != nil { throw fail(dayAt - 1, "a season, quarter or half cannot take a day") }
      throw fail(monthAt, Self.monthCodeProblem(m))
    case (.number(let m), .unspecified):
      return CalendarDate(
        bounds: Bounds(
          earliest: DayStamp(year: year, month: m, day: 1),
          latest: DayStamp(year: year, month: m, day: PartialDate.daysIn(month: m, year: year))), isDay: false)
    case (.number(let m), .number(let d)):
      guard (1...PartialDate.daysIn(month: m, year: year)).contains(d) else {
        throw fail(dayAt, "day \(d) does not exist in \(PartialDate.englishMonths[m - 1]) \(year)")
      }
      let stamp = DayStamp(year: year, month: m, day: d)
      return CalendarDate(bounds: Bounds(earliest: stamp, latest: stamp), isDay: true)
    }
  }

  /// The years a year field allows: one year, or ten or a hundred for `201X`, `20XX`.
  func yearDigits(_ range: Range<Int>, negative: Bool) throws(EDTFError) -> ClosedRange<Int> {
    guard !range.isEmpty else { throw fail(range.lowerBound, "the year is missing") }
    let field = bytes[range]
    if let bad = field.firstIndex(where: { !Self.isDigit($0) && $0 != 0x58 }) {
      throw fail(bad, "unexpected '\(character(bad))' in the year")
    }
    let unspecified = field.reversed().prefix { $0 == 0x58 }.count
    if field.contains(0x58) {
      guard range.count == 4, (1...2).contains(unspecified), !field.dropLast(unspecified).contains(0x58) else {
        throw fail(
          field.firstIndex(of: 0x58) ?? range.lowerBound,
          "only the last one or two digits of a four-digit year may be X (201X, 20XX)")
      }
    } else if range.count > 12 {
      throw fail(range.lowerBound, "the year has more than twelve digits")
    } else if range.count < 4, !negative {
      throw fail(range.lowerBound, "the year needs four digits")
    }
    var low = 0
    var high = 0
    for byte in field {
      low = low * 10 + (byte == 0x58 ? 0 : Int(byte - 0x30))
      high = high * 10 + (byte == 0x58 ? 9 : Int(byte - 0x30))
    }
    return negative ? (-high)...(-low) : low...high
  }

  /// `Y` followed by a year of any length (`Y170000`, `Y-170000`), at most twelve digits.
  func letterYear(_ range: Range<Int>) throws(EDTFError) -> Bounds {
    var position = range.lowerBound + 1
    let negative = position < range.upperBound && bytes[position] == 0x2D
    if negative { position += 1 }
    guard position < range.upperBound else { throw fail(position, "Y needs the digits of a year after it") }
    if let bad = bytes[position..<range.upperBound].firstIndex(where: { !Self.isDigit($0) }) {
      throw fail(bad, "a Y year is digits only (Y170000), with no month or day")
    }
    guard range.upperBound - position <= 12 else { throw fail(position, "the year has more than twelve digits") }
    var value = 0
    for byte in bytes[position..<range.upperBound] { value = value * 10 + Int(byte - 0x30) }
    let year = negative ? -value : value
    return .years(year, year)
  }

  /// `hh:mm:ss` with an optional `Z` or `±hh[:mm]` offset.
  func time(_ range: Range<Int>) throws(EDTFError) {
    let fields: [(offset: Int, limit: Int, name: String)] = [(0, 23, "hour"), (3, 59, "minute"), (6, 59, "second")]
    for field in fields {
      let at = range.lowerBound + field.offset
      if field.offset > 0, at - 1 >= range.upperBound || bytes[at - 1] != 0x3A {
        throw fail(min(at - 1, range.upperBound), "the time is written hh:mm:ss")
      }
      guard case .number(let value)? = twoDigits(at, in: range), value <= field.limit else {
        throw fail(at, "the \(field.name) needs two digits from 00 to \(field.limit)")
      }
    }
    var position = range.lowerBound + 8
    guard position < range.upperBound else { return }
    if bytes[position] == 0x5A, position + 1 == range.upperBound { return }  // Z
    guard bytes[position] == 0x2B || bytes[position] == 0x2D else {
      throw fail(position, "a time ends with Z or an offset such as +01:00")
    }
    position += 1
    guard case .number(let hours)? = twoDigits(position, in: range), hours <= 23 else {
      throw fail(position, "the offset's hours need two digits")
    }
    position += 2
    if position == range.upperBound { return }
    guard bytes[position] == 0x3A, case .number(let minutes)? = twoDigits(position + 1, in: range), minutes <= 59,
      position + 3 == range.upperBound
    else { throw fail(position, "the offset is written +hh:mm") }
  }

  /// Two digits, or `XX`.
  enum TwoDigits {
    case number(Int)
    case unspecified
  }

  /// The two characters at `offset` as digits or `XX`; nil when they are not.
  func twoDigits(_ offset: Int, in range: Range<Int>) -> TwoDigits? {
    guard offset + 2 <= range.upperBound else { return nil }
    let a = bytes[offset]
    let b = bytes[offset + 1]
    if a == 0x58, b == 0x58 { return .unspecified }
    guard Self.isDigit(a), Self.isDigit(b) else { return nil }
    return .number(Int(a - 0x30) * 10 + Int(b - 0x30))
  }

  /// The months a month field's code covers: a month, a season (21–24, winter running into the
  /// next year), a quarter (33–36) or a half (40–41).
  static func months(of code: Int) -> (first: Int, last: Int, yearOffset: Int)? {
    switch code {
    case 1...12: (code, code, 0)
    case 21: (3, 5, 0)
    case 22: (6, 8, 0)
    case 23: (9, 11, 0)
    case 24: (12, 2, 1)
    case 33...36: ((code - 33) * 3 + 1, (code - 33) * 3 + 3, 0)
    case 40: (1, 6, 0)
    case 41: (7, 12, 0)
    default: nil
    }
  }

  static func monthCodeProblem(_ code: Int) -> String {
    if (25...32).contains(code) || (37...39).contains(code) {
      return "level 2 code \(code) is not read; use 21–24 (seasons), 33–36 (quarters) or 40–41 (halves)"
    }
    return "month \(code) is not 01–12, a season (21–24), a quarter (33–36) or a half (40–41)"
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  func character(_ offset: Int) -> Character { Character(UnicodeScalar(bytes[offset])) }
}
