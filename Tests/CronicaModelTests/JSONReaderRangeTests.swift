import Foundation
import Testing

@testable import CronicaModel

/// Numbers beyond a `Double`'s range (`1e309`) are reported with line and column, in the events
/// file and in TimelineJS JSON; other decoding errors keep their own, located, messages.
@Suite struct JSONReaderRangeTests {
  /// A file with one number field.
  struct Numbers: Decodable {
    var value: Double
  }

  /// Decodes `text` as `T` and returns the problems reported for `numbers.json`.
  func problems<T: Decodable>(_ type: T.Type, _ text: String) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    let value = JSONReader.decode(T.self, from: Data(text.utf8), file: "numbers.json", problems: &problems)
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
    var found: [CorpusProblem] = []
    let text = Data("[1e-400, -0.0, 1.7976931348623157e308, 123456789012345678901234567890]".utf8)
    #expect(JSONReader.decode([Double].self, from: text, file: "n.json", problems: &found)?.count == 4)
    #expect(found.isEmpty)
    #expect(problems([Double].self, "[1, 2e308]").map(\.description) == [
      "numbers.json: line 1, column 5: number out of range '2e308': JSON readers accept at most about ±1.8e308; "
        + "use a smaller number"
    ])
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

/// The tree path of the one reader reads what `JSONDecoder` reads, and refuses what it refuses.
@Suite struct JSONReaderOracleTests {
  struct Sample: Codable, Equatable {
    var number: Int
    var ratio: Double?
    var name: String
    var flags: [Bool]?
  }

  @Test(arguments: [
    #"{"number": 1, "number": 2, "name": "first key wins"}"#, #"{"number": 1.0, "name": "a whole 1.0"}"#,
    #"{"number": 1e2, "ratio": -0.5E-3, "name": "exponents"}"#, #"{"number": -0, "name": "x", "ratio": null}"#,
    #"{"number": 3, "name": "\u00e9\ud83d\ude00\/\n", "flags": [true, false], "extra": {"deep": [1, {}]}}"#,
    "\u{FEFF}{\"number\": 4, \"name\": \"after a byte-order mark\"}",
    #"{"number": 1.5, "name": "not whole"}"#, #"{"number": 99999999999999999999, "name": "too big"}"#,
    #"{"number": 1, "name": 2}"#, #"{"number": 1}"#, #"{"number": 1, "name": "x", "flags": [null]}"#,
    #"[1]"#, #"{"number": 1, "name": "x",}"#, #"{"number": 1, "name": "x", "flags": [true,],}"#,
    #"{"number": 1, "name": "x", "flags": [,]}"#, #"{"number": 1, "name": "x",,}"#, #"{"number": 01, "name": "x"}"#,
  ])
  func agreesWithJSONDecoder(text: String) {
    let data = Data(text.utf8)
    let oracle = try? JSONDecoder().decode(Sample.self, from: data)
    let read = try? JSONReader.read(Sample.self, from: data, file: "s.json")
    #expect(read == oracle)
  }
}
