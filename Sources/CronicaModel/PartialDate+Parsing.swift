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
    var copy = text
    switch copy.withUTF8({ Self.parse($0, of: text) }) {
    case .success(let date): self = date
    case .failure(let error): throw error
    }
  }

  /// `init(parsing:)` on the text's bytes: its parts are split at hyphens, each a character of
  /// its own unless a scalar that is not ASCII joins it (the text's characters are then asked).
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> Result<PartialDate, PartialDateError> {
    func failure(_ reason: String) -> Result<PartialDate, PartialDateError> { .failure(PartialDateError(text: text, reason: reason)) }
    func startsCharacter(_ index: Int) -> Bool {
      index == bytes.count || String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: index), within: text) != nil
    }
    func isHyphen(_ index: Int) -> Bool {
      guard bytes[index] == 0x2D else { return false }
      let plain = (index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
      return plain || (startsCharacter(index) && startsCharacter(index + 1))
    }
    let negative = !bytes.isEmpty && isHyphen(0)
    let first = negative ? 1 : 0
    // The hyphens that cut the parts, found in one walk: where the first two are, and how many.
    var cuts = (bytes.count, bytes.count)
    var hyphens = 0
    for index in first..<bytes.count where bytes[index] == 0x2D && isHyphen(index) {
      if hyphens == 0 { cuts.0 = index } else if hyphens == 1 { cuts.1 = index }
      hyphens += 1
    }
    let parts = hyphens + 1
    guard parts <= 3 else { return failure("too many parts") }
    var numbers = (0, 0, 0)
    var start = first
    for index in 0..<parts {
      let end = index == 0 ? cuts.0 : index == 1 ? cuts.1 : bytes.count
      let limit = index == 0 ? 12 : 2
      let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
      guard !part.isEmpty, part.count <= limit, part.allSatisfy({ $0 &- 0x30 < 10 }) else {
        return failure("'\(String(decoding: part, as: UTF8.self))' is not a number of at most \(limit) digits")
      }
      if index == 0, part.count < 4, !negative { return failure("the year needs four digits") }
      let value = part.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
      switch index {
      case 0: numbers.0 = negative ? -value : value
      case 1: numbers.1 = value
      default: numbers.2 = value
      }
      start = end + 1
    }
    let month = parts > 1 ? numbers.1 : nil
    let day = parts > 2 ? numbers.2 : nil
    if let month, !(1...12).contains(month) { return failure("month \(month) is not between 1 and 12") }
    guard let date = PartialDate(year: numbers.0, month: month, day: day) else {
      return failure("day \(day ?? 0) does not exist in that month")
    }
    return .success(date)
  }

  /// The ISO form: `2019`, `2019-11`, `2019-11-04` (years padded to four digits).
  public var iso: String { TemporalCalendar.iso(year: year, month: month, day: day) }
}

extension PartialDate: CustomStringConvertible {
  public var description: String { iso }
}

/// Written in JSON in the ISO form (`"2019"`, `"2019-11"`, `"2019-11-04"`).
extension PartialDate: CodableAsText {
  public var textForm: String { iso }
}
