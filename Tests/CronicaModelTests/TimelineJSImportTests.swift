import Foundation
import Testing

@testable import CronicaModel

@Suite struct TimelineJSImportTests {
  func full() throws -> OpenedCorpus {
    try Corpus.open(at: TestFiles.fixture("timelinejs/full.json"))
  }

  /// True when the text holds no C0/C1 control (other than a line break) and no bidi override.
  static func isClean(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0 == "\n" || HTMLText.isAllowed($0) }
  }

  @Test func importsTitleEventsErasAndGroups() throws {
    let opened = try full()
    let corpus = opened.corpus
    #expect(opened.source == .timelineJSON)
    #expect(corpus.title == "A History of the Harbor & the Town")
    #expect(corpus.events.count == 7)
    #expect(corpus.eras.map(\.title) == ["The fishing years", "The industrial century"])
    #expect(corpus.eras.last?.end == PartialDate(year: 1999, month: 12, day: 31))
    #expect(corpus.themes.map(\.label) == ["Harbor", "Weather", "Ungrouped"])
    #expect(corpus.themes.map(\.key) == ["harbor", "weather", "ungrouped"])
    #expect(corpus.event(id: "storm")?.themes == ["weather"])
    #expect(corpus.event(id: "ides")?.themes == ["ungrouped"])
    #expect(corpus.validate().isEmpty)
  }

  @Test func datesKeepTheirPrecisionAndDisplayLikeTheSource() throws {
    let corpus = try full().corpus
    let founding = try #require(corpus.event(id: "founding"))
    #expect(founding.start == EDTFDate.fixture("1852"))
    #expect(founding.display == "1852")
    let storm = try #require(corpus.event(id: "storm"))
    #expect(storm.start == EDTFDate.fixture("1893-08-24"))
    #expect(storm.end == EDTFDate.fixture("1893-08-26"))
    #expect(storm.display == "Late August 1893")
    let broadcast = try #require(corpus.event(id: "slide-3"))
    #expect(broadcast.start == EDTFDate.fixture("1969-07-20"))
    #expect(broadcast.display == "8:17:40 PM July 20, 1969")
    #expect(corpus.event(id: "ides")?.display == "March 15, 44 BCE")
    #expect(corpus.event(id: "universe")?.display == "13.8 billion years ago")
    #expect(corpus.event(id: "universe")?.start.year == -13_800_000_000)
    #expect(corpus.event(id: "one-bce")?.display == "1 BCE")
    #expect(corpus.events.first?.id == "universe")
  }

  @Test func everyEventCitesItsOwnSlideVerbatim() throws {
    let corpus = try full().corpus
    for event in corpus.events {
      let citation = try #require(event.citations.first)
      let article = try #require(corpus.article(id: citation.article))
      #expect(citation.article == "tl:" + event.id)
      #expect(article.text.contains(citation.quote))
      #expect(citation.quote.contains(event.title) || event.title.hasPrefix("Untitled"))
    }
    let storm = try #require(corpus.article(id: "tl:storm"))
    #expect(storm.url == "https://example.org/storm.jpg")
    #expect(storm.outlet == "Town archive")
    #expect(
      storm.text
        == "The great storm\n\nThree days of wind — the pier is lost.\n\nDamage after the storm\n\nCredit: Town archive"
    )
    let intro = try #require(corpus.article(id: "timeline-title"))
    #expect(intro.text.contains("From the first settlers to the new bridge."))
    #expect(intro.outlet == "Photo: J. Smith")
  }

  @Test func hostileHTMLBecomesSafePlainText() throws {
    let corpus = try full().corpus
    let hostile = try #require(corpus.event(id: "hostile"))
    #expect(hostile.title == "Safe title[31m red")
    #expect(hostile.summary == "Line one\nLine two 😀 \u{FFFD} \u{FFFD} &bogus; AT&T 1 < 2 bell tab")
    let article = try #require(corpus.article(id: "tl:hostile"))
    #expect(article.url == nil, "a javascript: address is not kept")
    for text in [hostile.title, hostile.summary, hostile.display, article.text] {
      #expect(Self.isClean(text))
      #expect(!text.contains("alert") && !text.contains("document.write") && !text.contains("color:red"))
    }
    let untitled = try #require(corpus.event(id: "one-bce"))
    #expect(untitled.title == "No headline here, so the first line of the text is the title.")
  }

  @Test func badDatesAndMissingFieldsAreAllReportedWithPlaceAndId() throws {
    let url = try TestFiles.fixture("timelinejs/bad.json")
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: url) }
    let lines = problems.map(\.description)
    func has(_ fragments: String...) -> Bool { lines.contains { line in fragments.allSatisfy(line.contains) } }
    #expect(has("line 3, column 71: events[0] (id 'month-13').start_date.month", "13 is not between 1 and 12"))
    #expect(has("events[1] (id 'april-31').start_date.day", "day 31 does not exist in month 4 of 2021"))
    #expect(has("events[2] (id 'roman').start_date.year", "'MMXX' is not a whole number"))
    #expect(has("line 6, column 5: events[3] (id 'no-start')", "start_date is missing"))
    #expect(has("events[4] (id 'backwards').end_date", "ends (2019) before it starts (2020)"))
    #expect(has("events[6] (id 'dup').unique_id", "duplicate unique_id 'dup'"))
    #expect(has("events[7] (id 'fraction').start_date.year", "not a whole number"))
    #expect(has("events[8] (id 'huge').start_date.year"))
    #expect(has("eras[0]", "an era needs an end_date"))
    #expect(problems.allSatisfy { $0.file == "bad.json" })
    #expect(problems.count == 9, "\(lines)")
  }

  @Test func syntaxErrorsAndWrongTypesAreLocated() throws {
    var problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importJSON(
        Data("{\"events\": [\n  {\"start_date\": {\"year\": 1}},,\n]}".utf8), file: "t.json")
    }
    #expect(problems.map(\.description) == ["t.json: line 2, column 31: not valid JSON: expected a value, found ','"])
    problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importJSON(
        Data("{\"events\": [{\"unique_id\": \"x\", \"start_date\": {\"year\": 1}, \"text\": {\"headline\": 5}}]}".utf8),
        file: "t.json")
    }
    #expect(problems.first?.location == "line 1, column 80: events[0] (id 'x').text.headline")
    problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importJSON(Data("{\"title\": {}}".utf8), file: "t.json")
    }
    #expect(problems.first?.message == "required field 'events' is missing")
  }

  @Test func detectsJSONByContentWithoutExtension() throws {
    let folder = try TestFiles.scratchFolder()
    let url = folder.appendingPathComponent("timeline")
    try Data(contentsOf: TestFiles.fixture("timelinejs/full.json")).write(to: url)
    #expect(try Corpus.open(at: url).source == .timelineJSON)
    #expect(Corpus.detectFormat(of: Data("Year,Headline\n".utf8), name: "sheet") == .timelineCSV)
  }

  @Test func fiftyThousandSlidesLoadQuickly() throws {
    var slides: [String] = []
    for index in 0..<50_000 {
      let year = 1000 + index % 1000
      slides.append(
        "{\"unique_id\":\"e\(index)\",\"start_date\":{\"year\":\(year),\"month\":\(index % 12 + 1)},"
          + "\"text\":{\"headline\":\"Event <b>\(index)</b>\",\"text\":\"<p>Something &amp; more happened, number \(index).</p>\"},"
          + "\"group\":\"G\(index % 20)\"}")
    }
    let data = Data(
      ("{\"title\":{\"text\":{\"headline\":\"Big\"}},\"events\":[" + slides.joined(separator: ",") + "]}").utf8)
    let clock = ContinuousClock()
    var opened: OpenedCorpus?
    let elapsed = try clock.measure { opened = try TimelineJS.importJSON(data, file: "big.json") }
    print("TimelineJS import of 50000 slides (\(data.count) bytes): \(elapsed)")
    #expect(opened?.corpus.events.count == 50_000)
    #expect(opened?.corpus.themes.count == 20)
  }
}

@Suite struct TimelineJSHostileFileTests {
  @Test func deepNestingFailsCleanly() {
    let text = "{\"events\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importJSON(Data(text.utf8), file: "deep.json")
    }
    #expect(problems.count == 1)
  }

  @Test func emptyAndNonObjectFilesFailCleanly() {
    for text in ["", "[]", "null", "{\"events\": {}}", "\u{FEFF}"] {
      let problems = TestFiles.problems { () throws(CorpusError) in
        _ = try TimelineJS.importJSON(Data(text.utf8), file: "x.json")
      }
      #expect(problems.count == 1, "\(text)")
    }
  }

  @Test func hugeNumbersAreErrorsNotTraps() {
    let text = "{\"events\": [{\"start_date\": {\"year\": 99999999999999999999999, \"month\": -1e400}}]}"
    let problems = TestFiles.problems { () throws(CorpusError) in
      _ = try TimelineJS.importJSON(Data(text.utf8), file: "x.json")
    }
    #expect(!problems.isEmpty)
  }
}
