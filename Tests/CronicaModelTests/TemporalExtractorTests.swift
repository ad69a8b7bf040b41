import CronicaModel
import Foundation
import Testing

/// Event proposals, the extraction report's JSON, and TIMEX3 spans.
@Suite struct TemporalExtractorTests {
  static let themes = [
    Theme(key: "fentanyl", label: "Fentanyl", description: "Synthetic opioids", phrases: ["fentanyl", "synthetic opioids"]),
    Theme(key: "merida", label: "Merida Initiative", description: "The program", phrases: ["merida initiative"]),
  ]

  func extract(_ id: String, published: String?, mode: TemporalMode = .news) throws -> (String, ExtractionReport) {
    let document = TemporalFixtures.Document(id: id, published: published, mode: mode.rawValue, note: "", expressions: [])
    let text = try TemporalFixtures.text(of: document)
    let extractor = TemporalExtractor(rules: try TemporalFixtures.rules())
    let report = extractor.extract(
      text: text, published: try TemporalFixtures.published(document), mode: mode, themes: Self.themes, article: id)
    return (text, report)
  }

  /// The builder's and the extractor's proposals carry the one origin the browser and curation look for.
  @Test func proposalsCarryTheExtractedOrigin() throws {
    #expect(Event.extractedOrigin == "extracted")  // the value in events.json (docs/data-format.md)
    let built = try BuildFixtures.build([
      BuildFixtures.article("a", "On March 3, 2021, officials opened a new border crossing in Nogales.")
    ])
    #expect(built.map(\.origin) == [Event.extractedOrigin])
    let (_, report) = try extract("002", published: "2023-03")
    #expect(!report.events.isEmpty && report.events.allSatisfy { $0.origin == Event.extractedOrigin })
  }

  @Test func statisticsKeepTheirPeriodAndCiteTheirSentence() throws {
    let (text, report) = try extract("002", published: "2023-03")
    let deaths = try #require(report.events.first { $0.event.citations[0].quote.contains("70,000 Americans") })
    #expect(deaths.event.kind == .statistic)
    #expect(deaths.event.start == EDTFDate.fixture("2021"))
    #expect(deaths.event.end == nil)
    #expect(deaths.event.themes == ["fentanyl"])
    #expect(deaths.origin == "extracted")
    let seizures = try #require(report.events.first { $0.event.citations[0].quote.contains("500%") })
    #expect(seizures.event.start == EDTFDate.fixture("2018-10"))
    #expect(seizures.event.end == EDTFDate.fixture("2022-09"))
    #expect(seizures.event.display == "FY 2019-22")
    for proposal in report.events {
      #expect(text.contains(proposal.event.citations[0].quote), "citation is verbatim: \(proposal.event.id)")
    }
    #expect(Set(report.events.map(\.event.id)).count == report.events.count)
  }

  @Test func kindsFollowTheVerb() throws {
    let (_, report) = try extract("003", published: "2020-08")
    let office = try #require(report.events.first { $0.event.citations[0].quote.contains("took office") })
    #expect(office.event.kind == .appointment)
    #expect(office.event.start == EDTFDate.fixture("2018-12"))
    let overdoses = try #require(report.events.first { $0.event.citations[0].quote.contains("46,800") })
    #expect(overdoses.event.kind == .statistic)
    #expect(overdoses.event.start == EDTFDate.fixture("2018"))
    #expect(overdoses.event.title.hasPrefix("Opioid overdoses were responsible"))
    let killings = try #require(report.events.first { $0.event.citations[0].quote.contains("late 2019 killings") })
    #expect(killings.event.display == "late 2019")
  }

  @Test func relativeDatesCarryTheirBasis() throws {
    let (_, report) = try extract("h1_relative", published: "2021-03-10")
    let charged = try #require(report.events.first { $0.event.citations[0].quote.hasPrefix("Yesterday") })
    #expect(charged.event.kind == .legal)
    #expect(charged.event.start == EDTFDate.fixture("2021-03-09"))
    #expect(charged.event.dateBasis?.contains("2021-03-10") == true)
    #expect(charged.expression.anchor == .published(.fixture("2021-03-10")))
  }

  @Test func sentencesWithoutEventCueOrDateProposeNothing() throws {
    let extractor = TemporalExtractor(rules: try TemporalFixtures.rules())
    let report = extractor.extract(
      text: "The weather was pleasant in 2019. Officials met to talk.", published: nil, mode: .news, themes: [])
    #expect(report.events.isEmpty)
    #expect(report.expressions.map(\.value) == ["2019"])
  }

  @Test func reportEncodesTheIssueSchema() throws {
    let extractor = TemporalExtractor(rules: try TemporalFixtures.rules())
    let report = extractor.extract(
      text: "In May 2017, the ministers agreed on a strategy. They met again last week.", published: nil,
      mode: .news, themes: [], article: "a1")
    let data = try JSONEncoder().encode(report)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(json.keys) == ["published", "anchor", "expressions", "events"])
    #expect(json["published"] is NSNull)
    #expect(json["anchor"] as? String == "none")
    let expressions = try #require(json["expressions"] as? [[String: Any]])
    #expect(expressions.count == 2)
    #expect(Set(expressions[0].keys) == ["text", "value", "type", "mod", "sentence"])
    #expect(expressions[0]["value"] as? String == "2017-05")
    #expect(expressions[1]["value"] is NSNull, "'last week' without a publication date is unresolved")
    let events = try #require(json["events"] as? [[String: Any]])
    #expect(events.count == 1)
    #expect(events[0]["origin"] as? String == "extracted")
    #expect(events[0]["start"] as? String == "2017-05")
    #expect(events[0]["kind"] as? String == "agreement")
    let citations = try #require(events[0]["citations"] as? [[String: Any]])
    #expect(citations.first?["quote"] as? String == "In May 2017, the ministers agreed on a strategy.")
  }

  @Test(arguments: [
    ("2019-Q4", "2019-10", "2019-12"), ("2020-H1", "2020-01", "2020-06"), ("2017-W20", "2017-05-15", "2017-05-21"),
    ("2018-10/2022-09", "2018-10", "2022-09"), ("199", "1990", "1999"), ("20", "2000", "2099"),
    ("2019-WI", "2019-12", "2020-02"), ("2017-05-18TMO", "2017-05-18", ""), ("2019/2023-03", "2019", "2023-03"),
  ])
  func spansOfTimexValues(value: String, start: String, end: String) throws {
    let span = try #require(TemporalSpan(timex: value))
    #expect(span.start.iso == start)
    #expect((span.end?.iso ?? "") == end)
  }

  @Test func referencesAndDurationsHaveNoSpan() {
    #expect(TemporalSpan(timex: "PAST_REF") == nil)
    #expect(TemporalSpan(timex: "P1DE") == nil)
    #expect(TemporalSpan(timex: "2019-XX") == nil)
  }
}
