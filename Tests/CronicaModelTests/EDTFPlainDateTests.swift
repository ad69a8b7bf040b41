import Testing

@testable import CronicaModel

/// A date's plain calendar date read off the digits of `YYYY`, `YYYY-MM` and `YYYY-MM-DD` against
/// the parse it stands for, on every shape near those: out-of-range months and days, leap days,
/// year 0000, seasons and quarters (`2019-21`, `2019-33`), negative and long years, qualifiers,
/// intervals and unspecified digits, and random text of digits and marks.
@Suite struct EDTFPlainDateTests {
  /// The plain answer: no mark of anything but a plain date, then `PartialDate(parsing:)`.
  static func plainDate(_ edtf: String) -> PartialDate? {
    guard !edtf.contains(where: { "/XTY?~%".contains($0) }) else { return nil }
    return try? PartialDate(parsing: edtf)
  }

  static var texts: [String] {
    var texts = [
      "2019", "0000", "9999", "2019-01", "2019-12", "2019-00", "2019-13", "2019-21", "2019-24", "2019-33", "2019-40",
      "2019-41", "2019-11-04", "2019-02-29", "2020-02-29", "1900-02-29", "2000-02-29", "2019-04-31", "2019-12-31",
      "2019-01-00", "2019-01-32", "-0044", "-0044-03", "-0044-03-15", "Y17000", "Y-17000", "201X", "2019-XX",
      "2019-05-XX", "2019?", "2019-11~", "2019-11-04%", "2019/2020", "2019-09/2019-12", "2019/..", "2019/",
      "2019-11-04T10:30:00Z", "2019-1", "2019-1-04", "20190", "20190-01", "2019-011", "2019--1", "12019-01-01",
    ]
    var generator = SplitMix(seed: 2_026_120_615)
    let pieces = ["0", "1", "2", "3", "9", "-", "-", "/", "X", "?", "~", "%", "T", "Y", ":", "Z"]
    for _ in 0..<20_000 {
      let length = [4, 7, 10, Int.random(in: 1...12, using: &generator)].randomElement(using: &generator)!
      texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    for _ in 0..<20_000 {
      let year = Int.random(in: 0...9999, using: &generator)
      let month = Int.random(in: 0...14, using: &generator)
      let day = Int.random(in: 0...32, using: &generator)
      let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
      let (y, m, d) = (pad(year, 4), pad(month, 2), pad(day, 2))
      texts += [y, y + "-" + m, y + "-" + m + "-" + d]
      // The same numbers in shapes the digits do not take: a negative year, a qualifier, an interval.
      texts += ["-" + y, "-" + y + "-" + m, y + "-" + m + "~", y + "-" + m + "-" + d + "?", y + "/" + y + "-" + m]
    }
    return texts
  }

  @Test func aPlainDateReadOffItsDigitsIsTheParsedOne() {
    var (dates, shaped, plain) = (0, 0, 0)
    for text in Self.texts {
      guard let date = try? EDTFDate(parsing: text) else { continue }
      let expected = Self.plainDate(text)
      #expect(date.plainDate == expected, "\(text)")
      var copy = text
      if copy.withUTF8(EDTFDate.digitsOfPlainShape) != nil { shaped += 1 }
      if expected != nil { plain += 1 }
      dates += 1
    }
    #expect(dates > 20_000 && shaped > 20_000 && plain > 15_000 && dates - shaped > 20_000, "\(dates) dates, \(shaped) of the plain shape, \(plain) plain")
  }
}
