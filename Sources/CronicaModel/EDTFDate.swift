/// A date as the Extended Date/Time Format writes it (EDTF, ISO 8601-2:2019, as the Library of
/// Congress specifies it), with the interval of days it allows.
///
/// Levels 0 and 1 are read whole — `2019`, `2019-11`, `2019-11-04`, `2019-11-04T10:30:00Z`,
/// intervals `2019-09/2019-12`, open (`2019/..`) and unknown (`2019/`) ends, `Y17000`, `-0044`,
/// seasons `2019-21`…`24`, qualifiers `?` `~` `%`, unspecified digits `201X`, `2019-XX`,
/// `2019-05-XX` — and from level 2 the quarters `2019-33`…`36` and halves `2019-40`, `2019-41`.
/// Every date resolves to [`earliest`, `latest`] days; see `docs/data-format.md` for the rules.
public struct EDTFDate: Hashable, Sendable {
  /// The date as written (checked EDTF).
  public let edtf: String
  /// The first day the date allows; `DayStamp.distantPast` for an open or unknown start.
  public let earliest: DayStamp
  /// The last day the date allows; `DayStamp.distantFuture` for an open or unknown end.
  public let latest: DayStamp

  /// A date already checked, with its bounds.
  init(edtf: String, earliest: DayStamp, latest: DayStamp) {
    self.edtf = edtf
    self.earliest = earliest
    self.latest = latest
  }

  /// A plain calendar date (`2019`, `2019-11`, `2019-11-04`): the year, month or day it names.
  public init(_ date: PartialDate) {
    self.init(edtf: date.iso, earliest: date.firstDay, latest: date.lastDay)
  }

  /// The interval `from/to` of two plain dates; nil when it would end before it starts.
  public init?(from start: PartialDate, to end: PartialDate) {
    guard start.firstDay <= end.lastDay else { return nil }
    self.init(edtf: start.iso + "/" + end.iso, earliest: start.firstDay, latest: end.lastDay)
  }

  /// The interval of two days, each written as coarsely as it stays exact: a first day of a
  /// year or month as `2019` or `2019-07`, a last day of a year or month as `2019` or `2019-11`
  /// (`[2019-07-01, 2019-11-30]` → `2019-07/2019-11`); one day when both are the same.
  public init?(days earliest: DayStamp, _ latest: DayStamp) {
    guard earliest.isBounded, latest.isBounded, earliest <= latest else { return nil }
    if earliest == latest, let iso = earliest.iso {
      self.init(edtf: iso, earliest: earliest, latest: latest)
      return
    }
    self.init(
      edtf: EDTFDate.startText(earliest) + "/" + EDTFDate.endText(latest), earliest: earliest, latest: latest)
  }

  /// The calendar date this is when it is a plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil otherwise.
  public var plainDate: PartialDate? {
    // By bytes: EDTF text is ASCII.
    var text = edtf
    return text.withUTF8(EDTFDate.readPlainDate)
  }

  /// `[-]Y…Y[-M[M][-D[D]]]` in one walk of the bytes, read as `PartialDate(parsing:)` reads it: an
  /// optional `-`, a year of 1–12 digits (at least 4 without the `-`), up to two parts of 1–2
  /// digits, then checked by `PartialDate(year:month:day:)`. Any other byte gives nil, the marks
  /// of a date that is not plain (`/XTY?~%`) among them (that parse cost ~900 instructions for
  /// each article's date).
  static func readPlainDate(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
    let negative = bytes.first == UInt8(ascii: "-")
    var numbers = (0, 0, 0)
    var part = 0
    var digits = 0
    // The year's part is complete: it has 1–12 digits, at least 4 without the sign.
    var yearIsWhole: Bool { digits >= (negative ? 1 : 4) }
    for index in (negative ? 1 : 0)..<bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "-") {
        guard part < 2, part > 0 ? digits > 0 : yearIsWhole else { return nil }
        part += 1
        digits = 0
        continue
      }
      let digit = Int(byte &- 0x30)
      guard digit < 10, digits < (part == 0 ? 12 : 2) else { return nil }
      digits += 1
      switch part {
      case 0: numbers.0 = numbers.0 * 10 + digit
      case 1: numbers.1 = numbers.1 * 10 + digit
      default: numbers.2 = numbers.2 * 10 + digit
      }
    }
    guard part > 0 ? digits > 0 : yearIsWhole else { return nil }
    return PartialDate(
      year: negative ? -numbers.0 : numbers.0, month: part > 0 ? numbers.1 : nil, day: part > 1 ? numbers.2 : nil)
  }

  /// The date as people read it when it is plain (`November 4, 2019`), or an interval of plain
  /// dates (`May 22, 2017 – May 28, 2017`); the EDTF text otherwise.
  public var readable: String {
    if let plainDate { return plainDate.readable }
    let sides = edtf.split(separator: "/", omittingEmptySubsequences: false)
    if sides.count == 2, let from = EDTFDate.plain(sides[0]), let to = EDTFDate.plain(sides[1]) {
      return from.readable + " – " + to.readable
    }
    return edtf
  }

  /// A plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
  static func plain(_ text: Substring) -> PartialDate? {
    (try? EDTFDate(parsing: String(text)))?.plainDate
  }

  public var isInterval: Bool { edtf.utf8.contains(UInt8(ascii: "/")) }

  /// The year of the earliest day, or of the latest when the start is open (nil when both are).
  public var year: Int? {
    if earliest.isBounded { return earliest.year }
    return latest.isBounded ? latest.year : nil
  }

  /// A first day as the coarsest exact text: `2019`, `2019-07` or `2019-07-15`.
  static func startText(_ day: DayStamp) -> String {
    let (year, month, date) = day.civil
    let yearText = TemporalCalendar.pad(year, 4)
    if date == 1, month == 1 { return yearText }
    if date == 1 { return yearText + "-" + TemporalCalendar.pad(month, 2) }
    return day.iso ?? yearText
  }

  /// A last day as the coarsest exact text: `2019`, `2019-11` or `2019-11-14`.
  static func endText(_ day: DayStamp) -> String {
    let (year, month, date) = day.civil
    let yearText = TemporalCalendar.pad(year, 4)
    let lastOfMonth = date == PartialDate.daysIn(month: month, year: year)
    if lastOfMonth, month == 12 { return yearText }
    if lastOfMonth { return yearText + "-" + TemporalCalendar.pad(month, 2) }
    return day.iso ?? yearText
  }
}

extension EDTFDate: CustomStringConvertible {
  public var description: String { edtf }
}

/// Written in JSON in the EDTF form.
extension EDTFDate: CodableAsText {
  public var textForm: String { edtf }
}
