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

  // Read by bytes when plain digits: the same dates and the same refusals as the full parser.
  @Test func parsesShortPartsAndLongYearsAndRefusesShortYears() throws {
    let single = try PartialDate(parsing: "2019-1-5")
    #expect((single.year, single.month, single.day) == (2019, 1, 5))
    #expect(try PartialDate(parsing: "123456789012").year == 123_456_789_012)
    #expect(try PartialDate(parsing: "0999-07").iso == "0999-07")
    for text in ["201-05", "201", "1234567890123", "2019-011", "2019--01", "-2019-1-1x", "２０１９", "2019-0", "2019-1-0"] {
      #expect(throws: PartialDateError.self, "\(text)") { try PartialDate(parsing: text) }
    }
    #expect(try PartialDate(parsing: "-44-03-15").iso == "-0044-03-15")
    do {
      _ = try PartialDate(parsing: "201-05")
      Issue.record("expected an error")
    } catch {
      #expect(error.reason == "the year needs four digits")
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
