public struct PartialDateError: Error, Equatable, Sendable, CustomStringConvertible {
  public let text: String
  public let reason: String
  public var description: String {
    "invalid date '\(text)': \(reason) (expected YYYY, YYYY-MM or YYYY-MM-DD)"
  }
}

extension PartialDate {
  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a leading `-` for years before year 0).
  public init(parsing text: String) throws(PartialDateError) {
    if let date = Self.plainDigits(text) {
      self = date
      return
    }
    var body = Substring(text)
    var negative = false
    if body.first == "-" {
      negative = true
      body = body.dropFirst()
    }
    let parts = body.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count) else {
      throw PartialDateError(text: text, reason: "too many parts")
    }
    var numbers: [Int] = []
    for (index, part) in parts.enumerated() {
      let limit = index == 0 ? 12 : 2
      guard !part.isEmpty, part.count <= limit, part.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(part)
      else {
        throw PartialDateError(text: text, reason: "'\(part)' is not a number of at most \(limit) digits")
      }
      if index == 0, part.count < 4, !negative {
        throw PartialDateError(text: text, reason: "the year needs four digits")
      }
      numbers.append(value)
    }
    let year = negative ? -numbers[0] : numbers[0]
    let month = numbers.count > 1 ? numbers[1] : nil
    let day = numbers.count > 2 ? numbers[2] : nil
    if let month, !(1...12).contains(month) {
      throw PartialDateError(text: text, reason: "month \(month) is not between 1 and 12")
    }
    guard let date = PartialDate(year: year, month: month, day: day) else {
      throw PartialDateError(text: text, reason: "day \(day ?? 0) does not exist in that month")
    }
    self = date
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of ASCII digits (4–12 in the year, 1–2 in the others)
  /// that names a date, read by bytes (the tagger and the builder parse many); nil for anything
  /// else, which the full parser reads or explains.
  private static func plainDigits(_ text: String) -> PartialDate? {
    var numbers = (0, 0, 0)
    var parts = 0
    var digits = 0
    for byte in text.utf8 {
      if byte == 0x2D {
        // The year has four digits or more; no part is empty.
        guard digits >= (parts == 0 ? 4 : 1), parts < 2 else { return nil }
        parts += 1
        digits = 0
        continue
      }
      guard byte &- 0x30 < 10 else { return nil }
      digits += 1
      guard digits <= (parts == 0 ? 12 : 2) else { return nil }
      let value = Int(byte &- 0x30)
      switch parts {
      case 0: numbers.0 = numbers.0 * 10 + value
      case 1: numbers.1 = numbers.1 * 10 + value
      default: numbers.2 = numbers.2 * 10 + value
      }
    }
    guard digits >= (parts == 0 ? 4 : 1) else { return nil }
    return PartialDate(year: numbers.0, month: parts > 0 ? numbers.1 : nil, day: parts > 1 ? numbers.2 : nil)
  }

  /// The ISO form: `2019`, `2019-11`, `2019-11-04` (years padded to four digits).
  public var iso: String {
    let absYear = year < 0 ? -year : year
    var yearText = String(absYear)
    if yearText.count < 4 { yearText = String(repeating: "0", count: 4 - yearText.count) + yearText }
    var result = (year < 0 ? "-" : "") + yearText
    if let month { result += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { result += "-" + (day < 10 ? "0" : "") + String(day) }
    return result
  }
}

extension PartialDate: CustomStringConvertible {
  public var description: String { iso }
}

/// Written in JSON in the ISO form (`"2019"`, `"2019-11"`, `"2019-11-04"`).
extension PartialDate: CodableAsText {
  public var textForm: String { iso }
}
