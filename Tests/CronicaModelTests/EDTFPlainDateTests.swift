import Testing

@testable import CronicaModel

/// A date's plain calendar date read in one walk of its bytes against the reading it replaced,
/// on every shape near a plain date: out-of-range months and days, leap days, year 0000, seasons
/// and quarters (`2019-21`, `2019-33`), negative and long years, qualifiers, intervals, unspecified
/// digits, random text of digits and marks, and text no EDTF date has (non-ASCII, empty, huge,
/// repaired invalid UTF-8, CR line endings).
@Suite struct EDTFPlainDateTests {
  /// The plain answer, `plainDate` as it was before the byte walk: no mark of anything but a plain
  /// date, then `PartialDate(parsing:)`.
  static func plainDate(_ edtf: String) -> PartialDate? {
    var text = edtf
    let notPlain = text.withUTF8 { bytes in
      bytes.contains { byte in
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "X"), UInt8(ascii: "T"), UInt8(ascii: "Y"), UInt8(ascii: "?"),
          UInt8(ascii: "~"), UInt8(ascii: "%"):
          true
        default: false
        }
      }
    }
    guard !notPlain else { return nil }
    return try? PartialDate(parsing: edtf)
  }

  static var texts: [String] {
    var texts = [
      "2019", "0000", "9999", "2001", "2001-02", "2001-02-03", "0000-12-31", "2019-01", "2019-12", "2019-00", "2019-13",
      "2019-21", "2019-24", "2019-33", "2019-40", "2019-41", "2019-11-04", "2019-02-29", "2020-02-29", "1900-02-29",
      "2000-02-29", "2019-04-31", "2019-12-31", "2019-01-00", "2019-01-32", "-0044", "-44", "-4", "-0", "-0044-03",
      "-0044-03-15", "-44-3-5", "Y17000", "Y-17000", "201X", "2019-XX", "2019-05-XX", "2019?", "2019-11~", "2019-11-04%",
      "2019/2020", "2019-09/2019-12", "2001/2002", "2001-02/2001-03", "../2001", "2001/..", "2019/..", "2019/",
      "2019-11-04T10:30:00Z", "2019-1", "2019-1-4", "2019-1-04", "20190", "20190-01", "123456789012", "1234567890123",
      "-123456789012", "-1234567890123", "2019-011", "2019--1", "2019-", "-", "--2019", "2019-01-", "2019-01-01-",
      "12019-01-01", "", " 2019", "2019 ", "2019\r", "2019-01\r\n", "２０１９", "2019\u{2013}01", "2019-\u{301}01",
      "-\u{301}2019", "2019-01-0\u{661}", "é2019", String(repeating: "1", count: 100_000),
      String(repeating: "2019-", count: 20_000), String(decoding: [0x32, 0x30, 0x31, 0x39, 0x2D, 0xFF, 0x31], as: UTF8.self),
      String(decoding: [0x32, 0x30, 0x31, 0xC3], as: UTF8.self),
    ]
    var generator = SplitMix(seed: 2_026_120_615)
    let pieces = ["0", "1", "2", "3", "9", "-", "-", "/", "X", "?", "~", "%", "T", "Y", ":", "Z", "é", "\r"]
    for _ in 0..<20_000 {
      let length = [4, 7, 10, Int.random(in: 1...14, using: &generator)].randomElement(using: &generator)!
      texts.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
    for _ in 0..<20_000 {
      let year = Int.random(in: 0...9999, using: &generator)
      let month = Int.random(in: 0...14, using: &generator)
      let day = Int.random(in: 0...32, using: &generator)
      let (y, m, d) = (pad(year, 4), pad(month, 2), pad(day, 2))
      texts += [y, y + "-" + m, y + "-" + m + "-" + d]
      // The same numbers in other shapes: a negative year, a qualifier, an interval, unpadded.
      texts += ["-" + y, "-" + y + "-" + m, y + "-" + m + "~", y + "-" + m + "-" + d + "?", y + "/" + y + "-" + m]
      texts += ["-" + String(year) + "-" + String(month) + "-" + String(day), y + "-" + String(month)]
      // Years of 1–14 digits.
      let long = String(Int.random(in: 0...Int.max, using: &generator)).prefix(Int.random(in: 1...14, using: &generator))
      texts += [String(long), String(long) + "-" + m, "-" + long + "-" + m + "-" + d]
    }
    return texts
  }

  @Test func aPlainDateReadByBytesIsTheParsedOne() {
    var (texts, plain, signedOrLong, dates) = (0, 0, 0, 0)
    for text in Self.texts {
      let expected = Self.plainDate(text)
      var copy = text
      let read = copy.withUTF8(EDTFDate.readPlainDate)
      #expect(read == expected, "\(text.prefix(40).debugDescription)")
      if let read {
        plain += 1
        if text.hasPrefix("-") || !(0...9999).contains(read.year) { signedOrLong += 1 }
      }
      texts += 1
      // Through the date itself, for the texts that are EDTF.
      guard let date = try? EDTFDate(parsing: text) else { continue }
      #expect(date.plainDate == expected, "\(text)")
      dates += 1
    }
    #expect(
      texts > 100_000 && plain > 40_000 && signedOrLong > 15_000 && texts - plain > 40_000 && dates > 40_000,
      "\(texts) texts, \(plain) plain, \(signedOrLong) negative or long years, \(dates) dates")
  }
}
