import Foundation
import Testing

@testable import CronicaModel

/// Numbers beyond a `Double`'s range (`1e309`) are reported with line and column, in the events
/// file and in TimelineJS JSON; other decoding errors keep their own, located, messages.
@Suite struct LocatedJSONRangeTests {
  /// A file with one number field.
  struct Numbers: Decodable {
    var value: Double
  }

  /// Decodes `text` as `T` and returns the problems reported for `numbers.json`.
  func problems<T: Decodable>(_ type: T.Type, _ text: String) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    let value = LocatedJSON.decode(T.self, from: Data(text.utf8), file: "numbers.json", problems: &problems)
    #expect(value == nil, "the decode should fail")
    return problems
  }

  @Test(arguments: ["1e309", "-1e309", "1.5E+400", "-0.7e310"])
  func outOfRangeNumberIsLocated(number: String) {
    let found = problems(Numbers.self, "{\n  \"other\": 1,\n  \"value\": \(number)\n}\n")
    #expect(found.map(\.description) == [
      "numbers.json: line 3, column 12: number out of range '\(number)': JSON readers accept at most about "
        + "±1.8e308; use a smaller number"
    ])
  }

  @Test func longNumberIsQuotedShortened() {
    let digits = String(repeating: "9", count: 400)
    let found = problems(Numbers.self, "{\"value\": \(digits)}")
    #expect(found.count == 1)
    #expect(found.first?.location == "line 1, column 11")
    #expect(found.first?.message.contains("'" + String(repeating: "9", count: 40) + "…'") == true)
    #expect(found.first?.message.contains(String(repeating: "9", count: 41)) == false)
  }

  @Test func smallAndOrdinaryNumbersAreNotOutOfRange() {
    let text = Array("[1e-400, -0.0, 1.7976931348623157e308, 123456789012345678901234567890]".utf8)
    #expect(JSONSyntax.firstError(in: text) == nil)
    #expect(JSONSyntax.firstNumberOutOfRange(in: text) == nil)
    #expect(JSONSyntax.firstNumberOutOfRange(in: Array("[1, 2e308]".utf8))?.position == TextPosition(line: 1, column: 5))
  }

  @Test func typeMismatchIsReportedRatherThanAnIgnoredLargeNumber() {
    // Foundation never reads the unknown key, so the real problem is the string in `value`.
    let found = problems(Numbers.self, "{\"unused\": 1e309,\n \"value\": \"x\"}")
    #expect(found.map(\.description) == ["numbers.json: line 2, column 11: value: expected a number"])
  }

  @Test(arguments: ["1e309", "-1e309"])
  func timelineJSYearOutOfRangeIsLocated(number: String) {
    let text = "{\"events\": [\n  {\"start_date\": {\"year\": \(number)}, \"text\": {\"headline\": \"h\"}}\n]}"
    do {
      _ = try TimelineJS.importJSON(Data(text.utf8), file: "t.json")
      Issue.record("a year of \(number) should not open")
    } catch {
      #expect(error.problems.map(\.description).first?.hasPrefix(
        "t.json: line 2, column 27: events[0].start_date.year: number out of range '\(number)'") == true, "\(error)")
    }
  }
}
