/// Day arithmetic on the proleptic Gregorian calendar, for resolving relative dates.
enum TemporalCalendar {
  /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The civil date of a day count since 1970-01-01.
  static func date(days z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Days since 1970-01-01 of the first day of a month counted as `year * 12 + month - 1`.
  static func days(monthIndex: Int) -> Int {
    let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
    return days(year: year, month: monthIndex - year * 12 + 1, day: 1)
  }

  /// The month (as `year * 12 + month - 1`) a day count falls in.
  static func monthIndex(days: Int) -> Int {
    let civil = date(days: days)
    return civil.year * 12 + civil.month - 1
  }

  /// The ISO weekday (Monday 1 … Sunday 7) of a day count.
  static func weekday(days: Int) -> Int {
    let w = (days + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The ISO week value (`2017-W20`) of a day count.
  static func isoWeek(days: Int) -> String {
    let thursday = days + 4 - weekday(days: days)
    let year = date(days: thursday).year
    let week = (thursday - TemporalCalendar.days(year: year, month: 1, day: 1)) / 7 + 1
    return "\(pad(year, 4))-W\(pad(week, 2))"
  }

  /// A day count as `YYYY-MM-DD`.
  static func iso(days: Int) -> String {
    let d = date(days: days)
    return iso(year: d.year, month: d.month, day: d.day)
  }

  /// Adds months to a year and month.
  static func addMonths(year: Int, month: Int, _ count: Int) -> (year: Int, month: Int) {
    let total = year * 12 + (month - 1) + count
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    return (y, total - y * 12 + 1)
  }

  /// A number padded with zeros to a width.
  static func pad(_ value: Int, _ width: Int) -> String {
    let length = padded(value, width)
    return String(unsafeUninitializedCapacity: length) { buffer in
      write(value, length, into: buffer, at: 0)
      return length
    }
  }

  /// `pad(year, 4)`, then `-` and `pad(_, 2)` for a month and for a day when given: an ISO
  /// date, written at once (a string per part and an append each cost more).
  static func iso(year: Int, month: Int?, day: Int?) -> String {
    let (yearWidth, monthWidth, dayWidth) = (padded(year, 4), month.map { padded($0, 2) }, day.map { padded($0, 2) })
    let length = yearWidth + (monthWidth.map { $0 + 1 } ?? 0) + (dayWidth.map { $0 + 1 } ?? 0)
    return String(unsafeUninitializedCapacity: length) { buffer in
      write(year, yearWidth, into: buffer, at: 0)
      var end = yearWidth
      func append(_ part: Int?, _ width: Int?) {
        guard let part, let width else { return }
        buffer[end] = 0x2D
        write(part, width, into: buffer, at: end + 1)
        end += width + 1
      }
      append(month, monthWidth)
      append(day, dayWidth)
      return end
    }
  }

  /// The length of `pad(value, width)`.
  private static func padded(_ value: Int, _ width: Int) -> Int {
    var digits = 1
    var rest = value.magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    return max(digits, width) + (value < 0 ? 1 : 0)
  }

  /// Writes `pad(value, width)`, `length` bytes long, at `start`: by bytes, right to left, the
  /// digits, the zeros before them, the sign.
  private static func write(_ value: Int, _ length: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    let sign = value < 0 ? 1 : 0
    var index = start + length
    var magnitude = value.magnitude
    repeat {
      index -= 1
      buffer[index] = 0x30 + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    while index > start + sign {
      index -= 1
      buffer[index] = 0x30
    }
    if sign == 1 { buffer[start] = 0x2D }
  }
}
