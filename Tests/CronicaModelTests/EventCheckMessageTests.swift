import Testing

@testable import CronicaModel

/// An unknown article's or theme's message lists at most `EventCheck.choicesListed` of the known
/// ones: every event that cites an unknown article repeats the list, so 20k events in a folder of
/// 20k articles made messages of 23 GB in all.
@Suite struct EventCheckMessageTests {
  static func articles(_ count: Int) -> [Article] {
    (0..<count).map { index in
      Article(
        id: "article-\(index)", title: "T", outlet: "", authors: [], published: nil, publishedDisplay: "", dateBasis: "",
        origin: "a\(index).md", text: "The council met.")
    }
  }

  static func events(_ count: Int, article: String, theme: String = "other") throws -> [Event] {
    try (0..<count).map { index in
      Event(
        id: "e\(index)", start: try EDTFDate(parsing: "2020-01-02"), end: nil, display: "Jan 2, 2020",
        kind: EventKind(rawValue: "policy"), title: "The council met", summary: "The council met.", themes: [theme],
        citations: [Citation(article: article, quote: "The council met.")])
    }
  }

  @Test func listsEveryArticleOfASmallCorpus() throws {
    let corpus = Corpus(articles: Self.articles(3), events: try Self.events(1, article: "zzz"), themes: Theme.defaultTaxonomy)
    let messages = corpus.validate().map(\.message)
    #expect(messages.contains("unknown article 'zzz' (known: article-0, article-1, article-2)"))
  }

  @Test func listsTheFirstArticlesOfALargeCorpusAndCountsTheRest() throws {
    let corpus = Corpus(articles: Self.articles(30), events: try Self.events(1, article: "zzz"), themes: Theme.defaultTaxonomy)
    let message = try #require(corpus.validate().map(\.message).first { $0.hasPrefix("unknown article") })
    #expect(message.contains("article-19 and 10 more)"))
    #expect(!message.contains("article-20"))
  }

  @Test func messagesStayShortWhateverTheCorpusSize() throws {
    let corpus = Corpus(
      articles: Self.articles(5_000), events: try Self.events(200, article: "zzz", theme: "nope"),
      themes: (0..<5_000).map { Theme(key: "t\($0)", label: "T\($0)", description: "", phrases: []) })
    let problems = corpus.validate()
    #expect(problems.count >= 400)
    #expect(problems.allSatisfy { $0.message.utf8.count < 1_000 })
  }
}
