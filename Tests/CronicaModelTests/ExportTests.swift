import Foundation
import CronicaResources
import Testing

@testable import CronicaModel

@Suite struct ExportTests {
  /// A small corpus with awkward content: HTML-like text, several themes, periods, BCE and cosmic years.
  static func sample() throws -> Corpus {
    let articles = [
      Article(
        id: "a1", title: "Report <one> & more", outlet: "Gazette", authors: ["A. Writer"],
        published: PartialDate(year: 2019, month: 5).map(EDTFDate.init), publishedDisplay: "May 2019", dateBasis: "stated",
        origin: "a1.md",
        text: "The council met on May 3.\n\nIt agreed a \"new\" plan & budget.\n\n=SUM(A1) is not a formula.",
        url: "https://example.org/a1"),
      Article(
        id: "a2", title: "Deep time", outlet: "", authors: [], published: nil, publishedDisplay: "date unknown",
        dateBasis: "none", origin: "a2.txt", text: "The universe began about 13.8 billion years ago."),
    ]
    let themes = [
      Theme(key: "politics", label: "Politics & power", description: "Who governs.", phrases: ["council"]),
      Theme(key: "money", label: "Money", description: "Budgets.", phrases: ["budget"]),
      Theme(key: "cosmos", label: "Cosmos", description: "Very old things.", phrases: []),
    ]
    let events = [
      Event(
        id: "council-meets", start: EDTFDate(try #require(PartialDate(year: 2019, month: 5, day: 3))), display: "May 3, 2019",
        kind: .meeting, title: "Council <b>meets</b> & agrees", summary: "The council meets.\nIt agrees a plan.",
        themes: ["politics", "money"],
        citations: [
          Citation(article: "a1", quote: "The council met on May 3."),
          Citation(article: "a1", quote: "It agreed a \"new\" plan & budget."),
        ]),
      Event(
        id: "formula", start: EDTFDate(try #require(PartialDate(year: 2019))), end: PartialDate(year: 2020, month: 6).map(EDTFDate.init),
        display: "2019–June 2020", kind: EventKind(rawValue: "custom-kind"), title: "=SUM(A1) headline",
        summary: "-1 is a number, @x a handle.", themes: ["money"],
        citations: [Citation(article: "a1", quote: "=SUM(A1) is not a formula.")]),
      Event(
        id: "big-bang", start: EDTFDate(try #require(PartialDate(year: -13_800_000_000))), display: "13.8 billion years ago",
        kind: .report, title: "The universe begins", summary: "", themes: ["cosmos"],
        citations: [Citation(article: "a2", quote: "The universe began about 13.8 billion years ago.")]),
      Event(
        id: "ides", start: EDTFDate(try #require(PartialDate(year: -44, month: 3, day: 15))), display: "March 15, 44 BCE",
        kind: .violence, title: "Ides of March", summary: "A date before year 1.", themes: ["politics"],
        citations: [Citation(article: "a2", quote: "The universe began")]),
    ]
    let eras = [
      Era(
        title: "The <long> era", start: try #require(PartialDate(year: 2010)),
        end: try #require(PartialDate(year: 2020)))
    ]
    let corpus = Corpus(articles: articles, events: events, themes: themes, title: "Sample & <test>", eras: eras)
    try #require(corpus.validate().isEmpty)
    return corpus
  }

  /// The fields that must survive a round trip.
  struct Essentials: Hashable {
    var id: String
    var earliest: DayStamp
    var latest: DayStamp
    var display: String
    var kind: String
    var title: String
    var summary: String
    var themes: [String]
    init(_ event: Event) {
      id = event.id
      earliest = event.earliest
      latest = event.latest
      display = event.display
      kind = event.kind.rawValue
      title = event.title
      summary = event.summary
      themes = event.themes
    }
  }

  @Test func timelineJSONRoundTripKeepsEventsDatesAndThemes() throws {
    let corpus = try Self.sample()
    let data = try CorpusExport.data(of: corpus, format: .timelinejs)
    let back = try TimelineJS.importJSON(data, file: "export.json").corpus
    #expect(back.events.map(Essentials.init) == corpus.events.map(Essentials.init))
    #expect(back.themes == corpus.themes)
    #expect(back.eras == corpus.eras)
    #expect(back.title == corpus.title)
    #expect(back.validate().isEmpty)
  }

  @Test func timelineCSVRoundTripKeepsEventsDatesAndThemeKeys() throws {
    let corpus = try Self.sample()
    let data = try CorpusExport.data(of: corpus, format: .timelinejsCSV)
    let back = try TimelineJS.importCSV(data, file: "export.csv").corpus
    #expect(back.events.map(Essentials.init) == corpus.events.map(Essentials.init))
    #expect(back.eras == corpus.eras)
    #expect(back.title == corpus.title)
    #expect(back.theme(key: "politics")?.label == "Politics & power")
    #expect(Set(back.themes.map(\.key)) == Set(corpus.themes.map(\.key)))
  }

  @Test func timelineJSONHasWhatTimelineJSNeeds() throws {
    let corpus = try Self.sample()
    let data = try CorpusExport.data(of: corpus, format: .timelinejs)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let title = try #require(root["title"] as? [String: Any])
    #expect((title["text"] as? [String: Any])?["headline"] as? String == "Sample &amp; &lt;test&gt;")
    #expect(root["scale"] as? String == "cosmological")
    let slides = try #require(root["events"] as? [[String: Any]])
    #expect(slides.count == 4)
    let council = try #require(slides.first { $0["unique_id"] as? String == "council-meets" })
    #expect(council["display_date"] as? String == "May 3, 2019")
    #expect(council["group"] as? String == "Politics &amp; power")
    let start = try #require(council["start_date"] as? [String: Any])
    #expect(start["year"] as? Int == 2019 && start["month"] as? Int == 5 && start["day"] as? Int == 3)
    let text = try #require(council["text"] as? [String: Any])
    #expect(text["headline"] as? String == "Council &lt;b&gt;meets&lt;/b&gt; &amp; agrees")
    let body = try #require(text["text"] as? String)
    #expect(body.contains("<p>The council meets.<br>It agrees a plan.</p>"))
    #expect(body.contains("<blockquote>“It agreed a &quot;new&quot; plan &amp; budget.”</blockquote>"))
    #expect(body.contains("— Report &lt;one&gt; &amp; more, Gazette, May 2019"))
    #expect((council["media"] as? [String: Any])?["url"] as? String == "https://example.org/a1")
    let big = try #require(slides.first { $0["unique_id"] as? String == "big-bang" })
    #expect((big["start_date"] as? [String: Any])?["year"] as? Int == -13_800_000_000)
  }

  @Test func filteredSelectionExportsOnlyThoseEvents() throws {
    let corpus = try Self.sample()
    let chosen = corpus.events.filter { $0.themes.contains("money") }
    let data = try CorpusExport.data(of: corpus, events: chosen, format: .timelinejs)
    let back = try TimelineJS.importJSON(data, file: "x.json").corpus
    #expect(back.events.map(\.id).sorted() == ["council-meets", "formula"])
  }

  @Test func plainJSONCarriesFormatVersionAndDecodesBack() throws {
    let corpus = try Self.sample()
    let data = try CorpusExport.data(of: corpus, format: .json)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["format_version"] as? Int == 1)
    #expect((root["articles"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a1", "a2"])
    // Every event and source also gives the days its EDTF dates allow.
    let events = try #require(root["events"] as? [[String: Any]])
    let formula = try #require(events.first { $0["id"] as? String == "formula" })
    #expect(formula["earliest"] as? String == "2019-01-01" && formula["latest"] as? String == "2020-06-30")
    let source = try #require((root["articles"] as? [[String: Any]])?.first)
    #expect(source["published_earliest"] as? String == "2019-05-01" && source["published_latest"] as? String == "2019-05-31")
    struct Events: Decodable {
      var events: [Event]
      var themes: [Theme]
      var eras: [Era]
    }
    let decoded = try JSONDecoder().decode(Events.self, from: data)
    #expect(decoded.events == Array(corpus.events))
    #expect(decoded.themes == corpus.themes)
    #expect(decoded.eras == corpus.eras)
  }

  @Test func plainCSVDefusesFormulasAndParsesBack() throws {
    let corpus = try Self.sample()
    let text = String(decoding: try CorpusExport.data(of: corpus, format: .csv), as: UTF8.self)
    let rows = try CSV.parse(text).map(\.fields)
    #expect(rows.first == ["id", "start", "end", "display", "kind", "title", "summary", "themes", "quotes", "sources"])
    #expect(rows.count == 5)
    let formula = try #require(rows.first { $0[0] == "formula" })
    #expect(formula[5] == "'=SUM(A1) headline")
    #expect(formula[6] == "'-1 is a number, @x a handle.")
    #expect(formula[8] == "'=SUM(A1) is not a formula.")
    let ides = try #require(rows.first { $0[0] == "ides" })
    #expect(ides[1] == "'-0044-03-15")
    let council = try #require(rows.first { $0[0] == "council-meets" })
    #expect(council[8] == "The council met on May 3.\nIt agreed a \"new\" plan & budget.")
    #expect(council[7] == "politics; money")
  }

  @Test func markdownListsEventsWithQuotesAndSources() throws {
    let corpus = try Self.sample()
    let text = String(decoding: try CorpusExport.data(of: corpus, format: .markdown), as: UTF8.self)
    #expect(text.hasPrefix("# Sample & \\<test\\>\n"))
    #expect(text.contains("\n## 44 BCE\n") && text.contains("\n## 2019\n"))
    #expect(text.contains("\n### May 3, 2019: Council \\<b\\>meets\\</b\\> & agrees\n"))
    #expect(text.contains("*meeting* · Politics & power, Money · `2019-05-03` · `council-meets`"))
    #expect(text.contains("> It agreed a \"new\" plan & budget.\n>\n> — *Report \\<one\\> & more*, Gazette, May 2019 (`a1`)"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func formatsHaveNames() {
    #expect(ExportFormat(rawValue: "timelinejs-csv") == .timelinejsCSV)
    #expect(ExportFormat.allCases.filter(\.isPicture) == [.svg, .html])
  }

  @Test func importedTimelineExportsBackToTheSameSlides() throws {
    let original = try Corpus.open(at: TestFiles.fixture("timelinejs/full.json")).corpus
    let data = try CorpusExport.data(of: original, format: .timelinejs)
    let again = try TimelineJS.importJSON(data, file: "again.json").corpus
    #expect(again.events.map(Essentials.init) == original.events.map(Essentials.init))
    #expect(again.themes == original.themes)
    #expect(again.eras == original.eras)
  }

  @Test(arguments: [ExportFormat.timelinejs, .timelinejsCSV])
  func bundledChronologyRoundTrips(format: ExportFormat) throws {
    let corpus = try Corpus.load(from: try #require(CronicaResources.corpusURL))
    let data = try CorpusExport.data(of: corpus, format: format)
    let back =
      format == .timelinejs
      ? try TimelineJS.importJSON(data, file: "bundled.json").corpus
      : try TimelineJS.importCSV(data, file: "bundled.csv").corpus
    #expect(back.events.count == corpus.events.count)
    // TimelineJS has no open start: an event that began at an unknown time comes back starting
    // at the latest day its start allowed; every other bound comes back as it was.
    let expected = corpus.events.map { event in
      var essentials = Essentials(event)
      if !event.earliest.isBounded { essentials.earliest = event.start.latest }
      return essentials
    }
    #expect(corpus.events.contains { !$0.earliest.isBounded })
    #expect(Set(back.events.map(Essentials.init)) == Set(expected))
    let originalByID = Dictionary(uniqueKeysWithValues: corpus.events.map { ($0.id, $0) })
    for event in back.events {
      let quote = try #require(event.citations.first?.quote)
      for citation in originalByID[event.id]?.citations ?? [] {
        #expect(quote.contains(citation.quote), "\(event.id) keeps the quote")
      }
    }
  }

  @Test func fiftyThousandEventsExportInEveryFormat() throws {
    var articles: [Article] = []
    var events: [Event] = []
    for index in 0..<50_000 {
      let text = "Passage number \(index) & <more>."
      articles.append(
        Article(
          id: "a\(index)", title: "Article \(index)", outlet: "Outlet", authors: [], published: nil,
          publishedDisplay: "date unknown", dateBasis: "", origin: "a\(index).txt", text: text,
          url: "https://example.org/\(index)"))
      events.append(
        Event(
          id: "e\(index)", start: EDTFDate(try #require(PartialDate(year: 1900 + index % 100, month: index % 12 + 1))),
          display: "some date", kind: .report, title: "Event \(index)", summary: "Summary \(index).",
          themes: ["t\(index % 5)"], citations: [Citation(article: "a\(index)", quote: text)]))
    }
    let themes = (0..<5).map { Theme(key: "t\($0)", label: "Theme \($0)", description: "", phrases: []) }
    let corpus = Corpus(articles: articles, events: events, themes: themes)
    let clock = ContinuousClock()
    for format in ExportFormat.allCases {
      var size = 0
      let elapsed = try clock.measure { size = try CorpusExport.data(of: corpus, format: format).count }
      print("export of 50000 events as \(format.rawValue) (\(size) bytes): \(elapsed)")
      #expect(size > 0, "\(format.rawValue)")
    }
  }
}
