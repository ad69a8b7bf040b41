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
