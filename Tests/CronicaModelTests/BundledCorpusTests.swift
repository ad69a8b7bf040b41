import Foundation
import Testing

@testable import CronicaModel

/// The bundled corpus: it loads cleanly, and its chronology is cited, themed and complete.
@Suite struct BundledCorpusTests {
  let corpus: Corpus
  let fileEvents: [Event]

  init() throws {
    corpus = try BundledCorpusFiles.load()
    fileEvents = try BundledCorpusFiles.decode(CorpusFiles.EventsFile.self, CorpusFiles.events).events
  }

  @Test func loadsWithFiveArticlesAndTheTaxonomy() throws {
    #expect(corpus.articles.count == 5)
    #expect(corpus.themes.count >= 12)
    #expect(corpus.events.count == fileEvents.count)
  }

  @Test func hasAtLeastThirtyEvents() {
    #expect(corpus.events.count >= 30, "only \(corpus.events.count) events")
  }

  @Test func everyQuoteIsVerbatimInItsCleanedArticle() throws {
    for event in corpus.events {
      #expect(!event.citations.isEmpty, "event \(event.id) has no citation")
      for (index, citation) in event.citations.enumerated() {
        let article = try #require(
          corpus.article(id: citation.article), "event \(event.id) citations[\(index)]: unknown article \(citation.article)")
        #expect(
          article.text.contains(citation.quote),
          "event \(event.id) citations[\(index)] is not verbatim in \(citation.article): \(citation.quote)")
      }
    }
  }

  @Test func quotesStayWithinOneParagraphAndHaveNoDoubleSpaces() {
    for event in corpus.events {
      for (index, citation) in event.citations.enumerated() {
        #expect(!citation.quote.contains("\n"), "event \(event.id) citations[\(index)] spans a line break")
        #expect(!citation.quote.contains("  "), "event \(event.id) citations[\(index)] has a double space")
        #expect(citation.quote.count >= 15, "event \(event.id) citations[\(index)] is too short to mean much")
      }
    }
  }

  @Test func eventIdsAreUniqueAndKebabCase() {
    let ids = fileEvents.map(\.id)
    #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    for id in ids {
      #expect(!id.isEmpty && id.allSatisfy { allowed.contains($0) }, "id \(id) is not kebab-case")
      #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "id \(id) is not kebab-case")
    }
  }

  @Test func everyEventThemeExistsAndKindIsKnown() {
    let keys = Set(corpus.themes.map(\.key))
    for event in corpus.events {
      #expect(!event.themes.isEmpty, "event \(event.id) has no theme")
      for key in event.themes { #expect(keys.contains(key), "event \(event.id) has unknown theme \(key)") }
      #expect(Set(event.themes).count == event.themes.count, "event \(event.id) repeats a theme")
      #expect(EventKind.known.contains(event.kind), "event \(event.id) has kind \(event.kind.rawValue)")
    }
  }

  @Test func everyThemeIsUsedBySomeEvent() {
    let used = Set(corpus.events.flatMap(\.themes))
    for theme in corpus.themes { #expect(used.contains(theme.key), "theme \(theme.key) has no event") }
  }

  @Test func eventsSpanMeridaToTheFentanylTalks() {
    let bounded = corpus.events.filter(\.earliest.isBounded)
    #expect(bounded.map(\.earliest.year).min() == 2008)
    #expect(corpus.events.map(\.latest.year).max() == 2023)
    #expect(corpus.event(id: "merida-initiative-2008")?.start.edtf == "2008")
    // Only the decade that began "more than a decade" before 2020 has an open start.
    #expect(corpus.events.filter { !$0.earliest.isBounded }.map(\.id) == ["decade-of-homicides-and-overdoses-to-2020"])
  }

  @Test func theBundledChronologyHasNoSupportWarnings() {
    let warnings = corpus.supportWarnings(fileEvents: fileEvents)
    #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
  }

  @Test func theMeetingComesBeforeItsCommitmentsAndTheTalksEndTheChronology() throws {
    let may18 = corpus.events.filter { $0.start.edtf == "2017-05-18" && $0.end == nil }
    #expect(may18.first?.id == "ministerial-meeting-2017-05-18")
    #expect(may18.count == 10)
    #expect(Set(may18.compactMap(\.order)).count == may18.count, "every May 18 event has its own order")
    #expect(corpus.events.last?.id == "fentanyl-talks-2023")
    let talks = try #require(corpus.events.last)
    #expect(corpus.events.filter { $0.earliest == talks.earliest && $0.latest == talks.latest }.count > 1)
  }

  @Test func noCaptionOrSourceLineIsCitedAndNoQuoteIsCut() {
    for event in corpus.events {
      let cut = event.supportWarnings().filter { $0.rule == .cutQuote || $0.rule == .captionQuote }
      #expect(cut.isEmpty, "\(event.id): \(cut.map(\.message))")
      for citation in event.citations {
        #expect(!citation.quote.hasPrefix("Figure") && !citation.quote.hasPrefix("Source:"), "\(event.id)")
      }
    }
  }

  @Test func theBundledChronologyHasNoThemeWarnings() {
    let warnings = corpus.themeWarnings(fileEvents: fileEvents)
    #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
  }

  @Test func everyArticleIsCitedBySomeEvent() {
    let cited = Set(corpus.events.flatMap { $0.citations.map(\.article) })
    for article in corpus.articles { #expect(cited.contains(article.id), "article \(article.id) is never cited") }
  }

  @Test func inferredDatesSayHowTheyWereInferred() {
    for event in corpus.events where event.display.contains("after") || event.display.contains("since") {
      #expect(event.dateBasis?.isEmpty == false, "event \(event.id) has a relative date but no date_basis")
    }
    for event in corpus.events {
      if let basis = event.dateBasis { #expect(!basis.trimmingWhitespace().isEmpty, "event \(event.id) has an empty date_basis") }
    }
  }

  @Test func theMay2017MeetingAndMeridaAreCitedByEveryArticleThatMentionsThem() throws {
    let meeting = try #require(corpus.event(id: "ministerial-meeting-2017-05-18"))
    #expect(meeting.start.edtf == "2017-05-18")
    #expect(Set(meeting.citations.map { String($0.article.prefix(3)) }) == ["000", "001", "004"])
    let merida = try #require(corpus.event(id: "merida-initiative-2008"))
    #expect(Set(merida.citations.map { String($0.article.prefix(3)) }) == ["001", "003"])
  }
}
