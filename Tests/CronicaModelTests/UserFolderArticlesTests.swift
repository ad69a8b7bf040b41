import Testing

@testable import CronicaModel

/// The articles of a folder's outcomes are moved out on all cores: the same articles, in the
/// same order, as taking each read outcome in turn, with unread outcomes (problems) among them.
@Suite struct UserFolderArticlesTests {
  static func outcomes(_ count: Int, unread: (Int) -> Bool) -> [UserArticle.Outcome] {
    (0..<count).map { index in
      let article = Article(
        id: "a\(index)", title: "Título \(index)", outlet: "", authors: [], published: nil, publishedDisplay: "",
        dateBasis: "", origin: "a\(index).md", text: index % 5 == 0 ? "" : "line\r\ne\u{301} \(index)")
      let mode: TemporalMode? = index % 2 == 0 ? .news : nil
      let read: (article: Article, mode: TemporalMode?)? = unread(index) ? nil : (article, mode)
      return (read, [], [])
    }
  }

  @Test(arguments: [0, 1, 9, 9_001])
  func movedInOrder(count: Int) {
    let cases: [(Int) -> Bool] = [{ _ in false }, { $0 % 7 == 3 }, { $0 > 0 }]
    for unread in cases {
      var outcomes = Self.outcomes(count, unread: unread)
      let expected = outcomes.compactMap { $0.read?.article }
      let places = outcomes.indices.filter { outcomes[$0].read != nil }
      // The articles are moved on more than one core where there are cores for them.
      if places.count == 9_001 { #expect(Parallel.width == 1 || Parallel.ranges(of: places.count, minimum: 4_096).count > 1) }
      let articles = Corpus.articles(movedOutOf: &outcomes, at: places)
      #expect(articles == expected)
      #expect(outcomes.allSatisfy { $0.read == nil })
    }
  }
}
