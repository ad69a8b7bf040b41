/// A checked TimelineJS date: a year and any of month, day, hour, minute, second.
public struct TimelineJSDate: Hashable, Sendable {
  /// The year (negative before year 1, as TimelineJS numbers them).
  public var year: Int
  public var month: Int?
  public var day: Int?
  public var hour: Int?
  public var minute: Int?
  public var second: Int?
  /// The date's own `display_date`, as plain text.
  public var display: String?

  /// The calendar part, as a partial date (time of day is kept in the display text only).
  public var partialDate: PartialDate? { PartialDate(year: year, month: month, day: day) }

  /// Checks the parts of a TimelineJS date; problems name the part (`month: '13' is not …`).
  ///
  /// Returns nil when there is a problem or when no year is given.
  static func check(_ parts: TimelineJSFile.DateParts, problems: inout [(field: String, message: String)])
    -> TimelineJSDate?
  {
    let before = problems.count
    func number(_ part: TimelineJSFile.Part?, _ name: String, _ range: ClosedRange<Int>?) -> Int? {
      guard let part else { return nil }
      var text = part.text.trimmedText
      text.removeAll { $0 == "," || $0 == " " }
      if text.hasPrefix("+") { text.removeFirst() }
      if text.isEmpty { return nil }
      let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        problems.append((name, "'\(HTMLText.strippingControls(part.text).prefix(40))' is not a whole number"))
        return nil
      }
      guard digits.count <= 12, let value = Int(text) else {
        problems.append((name, "'\(text.prefix(40))' is out of range (at most 12 digits)"))
        return nil
      }
      if let range, !range.contains(value) {
        problems.append((name, "\(value) is not between \(range.lowerBound) and \(range.upperBound)"))
        return nil
      }
      return value
    }
    let year = number(parts.year, "year", nil)
    let month = number(parts.month, "month", 1...12)
    let day = number(parts.day, "day", 1...31)
    let hour = number(parts.hour, "hour", 0...23)
    let minute = number(parts.minute, "minute", 0...59)
    let second = number(parts.second, "second", 0...59)
    _ = number(parts.millisecond, "millisecond", 0...999)
    guard problems.count == before else { return nil }
    guard let year else {
      problems.append(("year", "the year is missing (TimelineJS needs at least a year)"))
      return nil
    }
    if day != nil, month == nil {
      problems.append(("day", "a day is given without a month"))
      return nil
    }
    if let month, let day, day > PartialDate.daysIn(month: month, year: year) {
      problems.append(("day", "day \(day) does not exist in month \(month) of \(year)"))
      return nil
    }
    if hour != nil || minute != nil || second != nil, day == nil {
      problems.append(("hour", "a time of day is given without a day"))
      return nil
    }
    let display = parts.displayDate.map(HTMLText.plainText).flatMap { $0.isEmpty ? nil : $0 }
    return TimelineJSDate(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second, display: display)
  }

  /// The date as TimelineJS shows it without a `display_date`: `March 15, 44 BCE`, `2:05 PM March 3, 2020`,
  /// `13.8 billion years ago`.
  public var readable: String {
    let calendar = partialDate?.readable ?? String(year)
    guard let hour else { return calendar }
    let twelve = hour % 12 == 0 ? 12 : hour % 12
    var clock = "\(twelve):" + pad(minute ?? 0)
    if let second { clock += ":" + pad(second) }
    return "\(clock) \(hour < 12 ? "AM" : "PM") \(calendar)"
  }

  private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
