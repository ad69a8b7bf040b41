import Foundation
import Testing

@testable import CronicaModel

/// The bundled `manifest.json`: every field present and backed by the article's own text.
@Suite struct BundledCorpusManifestTests {
  let corpus: Corpus
  let entries: [CorpusFiles.ArticleEntry]

  init() throws {
    corpus = try BundledCorpusFiles.load()
    entries = try BundledCorpusFiles.decode(CorpusFiles.Manifest.self, CorpusFiles.manifest).articles
  }

  @Test func formatVersionIsOneInEveryFile() throws {
    #expect(try BundledCorpusFiles.decode(CorpusFiles.Manifest.self, CorpusFiles.manifest).formatVersion == 1)
    #expect(try BundledCorpusFiles.decode(CorpusFiles.EventsFile.self, CorpusFiles.events).formatVersion == 1)
    #expect(try BundledCorpusFiles.decode(CorpusFiles.ThemesFile.self, CorpusFiles.themes).formatVersion == 1)
  }

  @Test func everyFieldIsPresent() {
    #expect(entries.count == 5)
    for entry in entries {
      #expect(!entry.title.isEmpty, "\(entry.id): title")
      #expect(!entry.outlet.isEmpty, "\(entry.id): outlet")
      #expect(entry.published != nil, "\(entry.id): published")
      #expect(!entry.publishedDisplay.isEmpty, "\(entry.id): published_display")
      #expect(entry.dateBasis.count > 40, "\(entry.id): date_basis should state the evidence")
      #expect(!entry.origin.isEmpty, "\(entry.id): origin")
    }
  }

  @Test func idsStartWithTheNumberOfTheOriginFile() {
    for entry in entries {
      let number = entry.origin.prefix(3)
      #expect(number.allSatisfy { $0.isNumber }, "\(entry.origin) does not start with a number")
      #expect(entry.id.hasPrefix(number + "-"), "\(entry.id) does not start with \(number)-")
      #expect(entry.id.count > 4, "\(entry.id) has no slug")
    }
  }

  @Test func titleIsSuppliedExactlyWhereTheTextHasNoHeadline() throws {
    for article in corpus.articles {
      let headlineInText = article.text.components(separatedBy: "\n").contains(article.title)
      if article.titleSupplied {
        #expect(!headlineInText, "\(article.id): title_supplied but the title is a line of the text")
      } else {
        #expect(headlineInText, "\(article.id): the title is not a line of the text; set title_supplied")
      }
    }
    let supplied = corpus.articles.filter(\.titleSupplied).map { String($0.id.prefix(3)) }
    #expect(supplied == ["000", "004"])
  }

  @Test func authorsAreNamedInTheRawText() throws {
    for entry in entries {
      let raw = try BundledCorpusFiles.rawArticle(entry.origin)
      for author in entry.authors {
        #expect(raw.contains(author), "\(entry.id): author \(author) is not named in \(entry.origin)")
      }
    }
    let unnamed = entries.filter(\.authors.isEmpty).map { String($0.id.prefix(3)) }
    #expect(unnamed == ["001", "004"])
  }

  @Test func outletsFollowTheTextsOwnEvidence() throws {
    for entry in entries {
      let raw = try BundledCorpusFiles.rawArticle(entry.origin)
      if entry.outlet.hasPrefix("The Hill") { #expect(raw.contains("not the view of The Hill"), "\(entry.id)") }
      if entry.outlet.hasPrefix("The National Interest") {
        #expect(raw.contains("Read the full article on The National Interest"), "\(entry.id)")
      }
      if entry.outlet.hasPrefix("Wilson Center") { #expect(raw.contains("The Mexico Institute seeks"), "\(entry.id)") }
    }
  }

  @Test func publicationDatesAreTheIntervalsTheEvidenceAllows() {
    let byNumber = Dictionary(uniqueKeysWithValues: entries.map { (String($0.id.prefix(3)), $0) })
    #expect(byNumber["000"]?.published?.edtf == "2017-06/2017-12")  // after May 2017
    #expect(byNumber["001"]?.published?.edtf == "2017/2017-05-17")  // before the May 18 meeting
    #expect(byNumber["002"]?.published?.edtf == "2023")
    #expect(byNumber["003"]?.published?.edtf == "2020-08/2020-12")  // after "a violent July"
    #expect(byNumber["004"]?.published?.edtf == "2017-05-22/2017-05-28")  // the week after the talks
    for entry in entries where entry.published?.isInterval == true {
      #expect(entry.dateBasis.contains(entry.published?.edtf ?? "?"), "\(entry.id) says why")
    }
  }

  /// An article can announce an event before it happens (001 announces the May 18 meeting), but
  /// every event also cites an article that could have reported it: one not published before it.
  @Test func everyEventCitesAnArticleThatCouldReportIt() {
    let published = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.published) })
    for event in corpus.events {
      let latest = event.citations.compactMap { published[$0.article] ?? nil }.map(\.latest)
      #expect(latest.contains { event.earliest <= $0 }, "every article citing \(event.id) predates it")
    }
  }
}
