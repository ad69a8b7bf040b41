@testable import CronicaModel
import CronicaTestSupport
import Testing

/// `validate`'s support warnings: each rule fires on the defect it names (event, field, words)
/// and stays quiet on the supported version of the same event.
@Suite struct SupportCheckTests {
  static let article = Article.fixture(
    id: "a", title: "Talks",
    text: """
      Fentanyl seizures at the US Southwest border rose over 500% between FY 2019-22.

      This will likely result in redirecting U.S. funds under the Merida program.

      The ministers committed to “build a new shared strategy.” They agreed to track the estimated $19-29 billion in drug money.

      This means, for example, that the two governments will try to be more effective against opium growing in remote parts of Mexico and the “factories” that turn that opium into heroin.

      Figure 1. Illicit Drug Crop Cultivation in Mexico

      Source: International Narcotics Control Strategy Report, 2017

      US-Mexico talks on specific new steps are reportedly underway.

      Twelve former ambassadors have reached broad agreement in a new report.
      """)

  static func warnings(
    start: String = "2019", title: String = "Title", summary: String = "Summary.", quotes: [String]
  ) -> [SupportWarning] {
    let event = Event.fixture(
      "e", .fixture(start), title: title, summary: summary, themes: ["arms"], cites: quotes.map { ("a", $0) })
    let corpus = Corpus(articles: [article], events: [event], themes: [.fixture("arms", "Arms")])
    #expect(corpus.validate().isEmpty, "the fixture's quotes are verbatim")
    return event.supportWarnings()
  }

  static let seizures = "Fentanyl seizures at the US Southwest border rose over 500% between FY 2019-22."

  @Test func aNumberNoQuoteGivesIsFlagged() {
    let found = Self.warnings(
      start: "2018-10/2022-09", title: "Seizures grow sixfold",
      summary: "Seizures rose over 500% between 2019 and 2022, more than 6 times, in 2023.", quotes: [Self.seizures])
    #expect(found.map(\.rule) == [.unquotedNumber, .unquotedNumber, .unquotedNumber])
    #expect(found.map(\.field) == ["title", "summary", "summary"])
    #expect(found.map(\.words) == ["sixfold", "6", "2023"])
    #expect(found.first?.message.contains("'e' title says \"sixfold\"") == true)
  }

  @Test func numbersTheQuotesGiveAndYearsOfTheEventPass() {
    let found = Self.warnings(
      start: "2018-10/2022-09", title: "Seizures rise over 500%",
      summary: "Fentanyl seized at the border rose over 500% from fiscal 2019 to 2022 (FY2020 and 2021 included).",
      quotes: [Self.seizures])
    #expect(found.isEmpty, "\(found)")
    let words = Self.warnings(
      start: "2020", title: "Twelve ambassadors agree", summary: "12 former ambassadors agree in a report.",
      quotes: ["Twelve former ambassadors have reached broad agreement in a new report."])
    #expect(words.isEmpty, "\(words)")
  }

  @Test func aQuotedPhraseMustBeVerbatim() {
    let found = Self.warnings(
      title: "Ministers agree to “build a shared strategy”",
      summary: "They commit to “build a new shared strategy.” and to track “drug money flows”.",
      quotes: ["The ministers committed to “build a new shared strategy.”"])
    #expect(found.map(\.rule) == [.unquotedPhrase, .unquotedPhrase])
    #expect(found.map(\.field) == ["title", "summary"])
    #expect(found.map(\.words) == ["build a shared strategy", "drug money flows"])
  }

  @Test func aQuoteCutInsideAClauseOrAQuotationIsFlagged() {
    let found = Self.warnings(
      summary: "The governments will try to act against opium growing and factories making heroin.",
      quotes: [
        "This means, for example, that the two governments will try to be more effective against opium growing in remote parts of Mexico and the",
        "that turn that opium into heroin.",
        "The ministers committed to “build a new shared strategy",
      ])
    #expect(found.filter { $0.rule == .cutQuote }.map(\.field) == [
      "citations[0].quote", "citations[1].quote", "citations[2].quote",
    ])
    #expect(found.contains { $0.words == "…of Mexico and the" && $0.message.contains("ends inside a clause") })
    #expect(found.contains { $0.words == "that turn that opium…" && $0.message.contains("starts inside a clause") })
    #expect(found.contains { $0.message.contains("cuts a quotation in two") })
  }

  @Test func wholeClausesPass() {
    let found = Self.warnings(
      summary: "The governments will try to act against opium growing and the “factories” making heroin.",
      quotes: [
        "This means, for example, that the two governments will try to be more effective against opium growing in remote parts of Mexico and the “factories” that turn that opium into heroin.",
        "The ministers committed to “build a new shared strategy.”",
      ])
    #expect(found.isEmpty, "\(found)")
  }

  @Test func aSummaryMustKeepTheHedgeOfItsQuote() {
    let forecast = Self.warnings(
      summary: "The United States redirects Mérida funds.",
      quotes: ["This will likely result in redirecting U.S. funds under the Merida program."])
    #expect(forecast.map(\.rule) == [.droppedHedge])
    #expect(forecast.first?.field == "summary")
    #expect(forecast.first?.words == "likely")
    let reported = Self.warnings(
      summary: "Talks on new steps are under way.",
      quotes: ["US-Mexico talks on specific new steps are reportedly underway."])
    #expect(reported.map(\.words) == ["reportedly"])
  }

  @Test func aHedgedSummaryPasses() {
    #expect(
      Self.warnings(
        summary: "The article expects this to redirect Mérida funds, likely.",
        quotes: ["This will likely result in redirecting U.S. funds under the Merida program."]
      ).isEmpty)
    #expect(
      Self.warnings(
        summary: "Talks on new steps are reported to be under way.",
        quotes: ["US-Mexico talks on specific new steps are reportedly underway."]
      ).isEmpty)
    // May, the month, is no hedge; nor does a summary need one when its quotes have none.
    #expect(Self.warnings(summary: "Talks in May.", quotes: ["Twelve former ambassadors have reached broad agreement in a new report."]).isEmpty)
  }

  @Test func captionsAndSourceLinesAreNotEvidence() {
    let found = Self.warnings(
      start: "2017", summary: "A report maps drug crops.",
      quotes: [
        "Figure 1. Illicit Drug Crop Cultivation in Mexico",
        "Source: International Narcotics Control Strategy Report, 2017",
      ])
    #expect(found.map(\.rule) == [.captionQuote, .captionQuote])
    #expect(found.map(\.field) == ["citations[0].quote", "citations[1].quote"])
    #expect(found.first?.words.hasPrefix("Figure 1.") == true)
  }

  @Test func corpusWarningsAreLocatedInTheFile() {
    let good = Event.fixture(
      "good", .fixture("2019"), title: "Seizures rise over 500%", themes: ["arms"], cites: [("a", Self.seizures)])
    let bad = Event.fixture(
      "bad", .fixture("2017"), title: "Crops", summary: "Crops.", themes: ["arms"],
      cites: [("a", "Figure 1. Illicit Drug Crop Cultivation in Mexico")])
    let corpus = Corpus(articles: [Self.article], events: [good, bad], themes: [.fixture("arms", "Arms")])
    let located = corpus.supportWarnings(fileEvents: [good, bad])
    #expect(located.map(\.location) == ["events[1].citations[0].quote"])
    #expect(located.first?.file == "events.json")
    #expect(located.first?.message.contains("'bad'") == true)
  }

  @Test func hedgesOfShortTexts() {
    #expect(SupportText.hedge(in: "Officials may approve.") == "may")
    #expect(SupportText.hedge(in: "In May, officials approved.") == nil)
    #expect(SupportText.hedge(in: "On track to   end.") == "on track to")
  }
}
