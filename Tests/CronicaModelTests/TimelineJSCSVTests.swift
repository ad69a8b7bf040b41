import Foundation
import Testing

@testable import CronicaModel

@Suite struct TimelineJSCSVTests {
  @Test func readsRFC4180() throws {
    let rows = try CSV.parse("\u{FEFF}a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",,x\"y\n\nlast")
    #expect(rows.map(\.fields) == [["a", "b,c", "d \"e\""], ["multi\nline", "", "x\"y"], ["last"]])
    #expect(rows.map(\.line) == [1, 2, 5])
  }

  @Test func unterminatedQuoteIsLocated() {
    #expect(throws: CSVError(position: TextPosition(line: 2, column: 3), message: "this quoted field is never closed"))
    {
      try CSV.parse("a,b\nc,\"open\nmore")
    }
    #expect(throws: CSVError.self) { try CSV.parse("\"closed\"junk,b") }
  }

  @Test func writesAndReadsBack() throws {
    let rows = [["plain", "with,comma", "with \"quote\"", "line\nbreak", " edge "], ["", "é", "=1+1", "-5", "@x"]]
    let text = CSV.encode(rows)
    #expect(text.hasSuffix("\r\n"))
    #expect(try CSV.parse(text).map(\.fields) == rows)
    #expect(CSV.defused("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
    #expect(CSV.defused("+1") == "'+1" && CSV.defused("-1") == "'-1" && CSV.defused("@a") == "'@a")
    #expect(CSV.defused("safe") == "safe")
  }

  @Test func importsTheSheetLayoutByHeaderName() throws {
    let opened = try Corpus.open(at: TestFiles.fixture("timelinejs/sheet.csv"))
    let corpus = opened.corpus
    #expect(opened.source == .timelineCSV)
    #expect(corpus.title == "The Harbor Timeline")
    #expect(
      corpus.eras == [Era(title: "Fishing years", start: PartialDate(year: 1850)!, end: PartialDate(year: 1899)!)])
    #expect(corpus.events.map(\.title) == ["Ancient", "Storm", "Broadcast"])
    let storm = try #require(corpus.events.first { $0.title == "Storm" })
    #expect(storm.summary == "Wind \"and\" rain over three days")
    #expect(storm.start == EDTFDate.fixture("1893-08-24"))
    #expect(storm.themes == ["weather"])
    #expect(corpus.article(id: "tl:" + storm.id)?.url == "https://example.org/storm.jpg")
    let broadcast = try #require(corpus.events.first { $0.title == "Broadcast" })
    #expect(broadcast.display == "8:17 PM July 20, 1969")
    #expect(corpus.events.first?.display == "March 15, 44 BCE")
    #expect(corpus.validate().isEmpty)
  }

  @Test func sheetProblemsNameLineAndColumn() throws {
    let text = "Year,Month,Headline,Time\r\n2020,14,Bad month,\r\n2021,2,Bad time,25:00\r\n,,No year,\r\n"
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importCSV(Data(text.utf8), file: "s.csv")
    }
    #expect(
      problems.map(\.description) == [
        "s.csv: line 2, column 'Month': 14 is not between 1 and 12",
        "s.csv: line 3, column 'Time': 25 is not between 0 and 23",
        "s.csv: line 4, column 'Year': the year is missing (TimelineJS needs at least a year)",
      ])
  }

  @Test func sheetWithoutYearColumnIsRejected() {
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importCSV(Data("Name,Date\nx,y\n".utf8), file: "s.csv")
    }
    #expect(problems.first?.message.contains("no 'Year' column") == true)
  }

  @Test func fiftyThousandRowsLoad() throws {
    var lines = ["Year,Month,Day,Time,Headline,Text,Group,Media"]
    for index in 0..<50_000 {
      lines.append(
        "\(1500 + index % 500),\(index % 12 + 1),\(index % 28 + 1),\(index % 12 + 1):30 PM,"
          + "\"Row \(index), with comma\",\"<p>Text &amp; \"\"quotes\"\" \(index)</p>\",G\(index % 7),https://example.org/\(index)")
    }
    let data = Data(lines.joined(separator: "\r\n").utf8)
    let clock = ContinuousClock()
    var opened: OpenedCorpus?
    let elapsed = try clock.measure { opened = try TimelineJS.importCSV(data, file: "big.csv") }
    print("TimelineJS CSV import of 50000 rows (\(data.count) bytes): \(elapsed)")
    #expect(opened?.corpus.events.count == 50_000)
    #expect(opened?.corpus.events.first?.summary.contains("Text & \"quotes\"") == true)
  }
}
