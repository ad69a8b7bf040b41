import Foundation
import CronicaModel
import Testing

@Suite("Partial dates")
struct PartialDateTests {
  @Test(arguments: [
    ("2019", 2019, nil, nil, PartialDate.Precision.year),
    ("2019-11", 2019, 11, nil, .month),
    ("2019-11-04", 2019, 11, 4, .day),
    ("2020-02-29", 2020, 2, 29, .day),
    ("-5000", -5000, nil, nil, .year),
    ("0000", 0, nil, nil, .year),
  ] as [(String, Int, Int?, Int?, PartialDate.Precision)])
  func parsesValidForms(text: String, year: Int, month: Int?, day: Int?, precision: PartialDate.Precision) throws {
    let date = try PartialDate(parsing: text)
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.precision == precision)
    #expect(date.iso == text)
  }

  @Test(arguments: ["", "19", "2019-13", "2019-00", "2019-02-30", "2019-1-1x", "2019-11-04-01", "May 2019", "2019-", "20x9", "2021-02-29"])
  func rejectsInvalidForms(text: String) {
    #expect(throws: PartialDateError.self) { try PartialDate(parsing: text) }
  }

  // Parts split at hyphens that are characters of their own (a mark after one, or U+0600
  // before one, joins it); each refusal says why.
  @Test func parsesShortPartsAndLongYearsAndExplainsRefusals() throws {
    for (text, iso) in [
      ("2019-1-5", "2019-01-05"), ("123456789012", "123456789012"), ("0999-07", "0999-07"), ("-44-03-15", "-0044-03-15"),
      ("-0044", "-0044"), ("20190-1-1", "20190-01-01"),
    ] {
      #expect(try PartialDate(parsing: text).iso == iso)
    }
    for (text, reason) in [
      ("201-05", "the year needs four digits"), ("201", "the year needs four digits"),
      ("1234567890123", "'1234567890123' is not a number of at most 12 digits"),
      ("2019-011", "'011' is not a number of at most 2 digits"), ("2019--01", "'' is not a number of at most 2 digits"),
      ("-2019-1-1x", "'1x' is not a number of at most 2 digits"), ("２０１９", "'２０１９' is not a number of at most 12 digits"),
      ("", "'' is not a number of at most 12 digits"), ("-", "'' is not a number of at most 12 digits"),
      ("é-2019", "'é' is not a number of at most 12 digits"), ("2019-0", "month 0 is not between 1 and 12"),
      ("2019-13", "month 13 is not between 1 and 12"), ("2019-1-0", "day 0 does not exist in that month"),
      ("2019-02-30", "day 30 does not exist in that month"), ("2019-01-01-01", "too many parts"),
      ("2019-\u{301}05", "'2019-\u{301}05' is not a number of at most 12 digits"),
      ("-\u{301}2019", "'-\u{301}2019' is not a number of at most 12 digits"),
      ("\u{600}-2019", "'\u{600}-2019' is not a number of at most 12 digits"),
      ("2019\u{600}-05", "'2019\u{600}-05' is not a number of at most 12 digits"),
      ("2019-05\u{301}", "'05\u{301}' is not a number of at most 2 digits"),
    ] {
      let error = #expect(throws: PartialDateError.self, "\(text.debugDescription)") { try PartialDate(parsing: text) }
      #expect(error?.reason == reason, "\(text.debugDescription)")
    }
  }

  @Test func errorNamesTheValueAndTheExpectedForms() {
    do {
      _ = try PartialDate(parsing: "2019-02-30")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("2019-02-30"))
      #expect(error.description.contains("YYYY-MM-DD"))
    }
  }

  @Test func ordersByStartThenPrecision() throws {
    let texts = ["2019-11-04", "2019", "2018-12", "2019-11", "2019-01-01", "2008"]
    let sorted = try texts.map { try PartialDate(parsing: $0) }.sorted().map(\.iso)
    #expect(sorted == ["2008", "2018-12", "2019", "2019-01-01", "2019-11", "2019-11-04"])
  }

  @Test func boundsCoverTheWholePeriod() throws {
    let february = try PartialDate(parsing: "2020-02")
    #expect(february.firstDay == DayStamp(year: 2020, month: 2, day: 1))
    #expect(february.lastDay == DayStamp(year: 2020, month: 2, day: 29))
    let year = try PartialDate(parsing: "2019")
    #expect(year.lastDay == DayStamp(year: 2019, month: 12, day: 31))
  }

  @Test func codesAsISOString() throws {
    let date = try PartialDate(parsing: "2017-05-18")
    let data = try JSONEncoder().encode([date])
    #expect(String(decoding: data, as: UTF8.self) == #"["2017-05-18"]"#)
    #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [date])
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data(#"["2017-02-31"]"#.utf8)) }
  }
}
