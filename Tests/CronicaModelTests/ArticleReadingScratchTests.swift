import Foundation
import Testing

@testable import CronicaModel

/// Articles read one after another into the arrays of the one before (`ArticleReading.Scratch`,
/// as a builder's worker reads them) against each read afresh: the same reading and candidates,
/// whatever was read before (longer, shorter, empty, dated or not).
@Suite struct ArticleReadingScratchTests {
  /// The fixture articles of two builds, interleaved with the reading tests' random lines and
  /// hostile texts (long after short and short after long), and empty ones.
  static func articles() throws -> [Article] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/build")
    var fixtures: [Article] = []
    for name in ["us-mexico-2021-2023", "heldout-sherwood-randall-2024"] {
      fixtures += try BuildInput.read(folder.appendingPathComponent(name)).articles
    }
    var texts = CandidateFastPathTests.texts
    texts += EventStageFastPathTests.lines().enumerated().filter { $0.offset % 40 == 0 }.map(\.element)
    texts += [
      "On January 2, 2001, the council of district 0 approved the plan for precursor controls.", "",
      "In 2019, officials seized 34,500 kilograms.\n\nThe program was expanded in March 2020. It then grew.",
    ]
    var articles: [Article] = []
    var generator = SplitMix(seed: 2_026_120_615)
    for (index, text) in texts.enumerated() {
      articles.append(BuildFixtures.article("t\(index)", text, published: index % 7 == 0 ? nil : "2021-03-15"))
      if index % 5 == 0, !fixtures.isEmpty { articles.append(fixtures[Int.random(in: 0..<fixtures.count, using: &generator)]) }
    }
    return articles + fixtures
  }

  @Test func aReadingIntoTheLastOnesArraysIsAFreshReading() throws {
    let builder = try BuildFixtures.builder()
    let articles = try Self.articles()
    var scratch = ArticleReading.Scratch()
    // Two vocabularies fed the same articles in the same order number terms alike.
    var (reusedTerms, freshTerms) = (TermVocabulary(), TermVocabulary())
    var (reused, candidates, dated) = (0, 0, 0)
    for (index, article) in articles.enumerated() {
      let mode: TemporalMode = index % 3 == 0 ? .narrative : .news
      // Read after a scratch with room in it (an article before filled it): the comparison below
      // then checks that nothing of that article leaks into this reading.
      if scratch.text.tokens.capacity > 0 && scratch.datings.capacity > 0 { reused += 1 }
      let reading = ArticleReading(
        article: article, tagger: builder.tagger, languages: builder.languages, mode: mode, reusing: &scratch)
      let fresh = ArticleReading(article: article, tagger: builder.tagger, languages: builder.languages, mode: mode)
      #expect(Self.summary(of: reading) == Self.summary(of: fresh), "article \(index)")
      let found = reading.candidates(article: index, terms: &reusedTerms)
      let expected = fresh.candidates(article: index, terms: &freshTerms)
      #expect(found.map(Self.summary) == expected.map(Self.summary), "article \(index)")
      candidates += found.count
      dated += reading.datings.reduce(0) { $0 + $1.count }
      scratch = ArticleReading.Scratch(consume reading)
    }
    #expect(reused > 200 && candidates > 200 && dated > 150, "\(reused) reused, \(candidates) candidates, \(dated) datings")
  }

  /// A long article's arrays are not kept for the articles after it; a short one's are.
  @Test func aLongArticlesRoomIsNotKept() throws {
    let builder = try BuildFixtures.builder()
    let sentence = "In March 2020, the council approved the plan for precursor controls. "
    let long = String(repeating: sentence, count: ArticleReading.Scratch.largestKept / sentence.utf8.count + 1)
    var scratch = ArticleReading.Scratch()
    for (text, kept) in [(sentence, true), (long, false), (sentence, true)] {
      let reading = ArticleReading(
        article: BuildFixtures.article("a", text, published: "2021-03-15"), tagger: builder.tagger,
        languages: builder.languages, mode: .news, reusing: &scratch)
      scratch = ArticleReading.Scratch(consume reading)
      #expect((scratch.text.tokens.capacity > 0) == kept, "\(text.utf8.count) bytes")
      #expect(scratch.text.bytes.capacity <= ArticleReading.Scratch.largestKept + 64)
    }
  }

  /// Everything a reading holds, as text.
  static func summary(of reading: ArticleReading) -> [String] {
    let text = reading.text
    return [
      "\(text.bytes)",
      "\(text.tokens.map { [$0.kind.rawValue, $0.start, $0.end, $0.number ?? -1, $0.digits, $0.capitalized ? 1 : 0, $0.sentence, Int($0.lists), Int($0.word)] })",
      "\(text.sentences)", "\(text.sentenceTokens)", "\(reading.paragraphs)", "\(reading.spans)",
      "\(reading.datings.map { $0.map { "\($0.tokens) \($0.expression.text) \($0.expression.utf8Range) \($0.span)" } })",
      "\(reading.dateTokens)", "\(reading.lastDatedInParagraph)", reading.publishedDisplay,
    ]
  }

  static func summary(of candidate: BuildCandidate) -> String {
    "\(candidate.article) \(candidate.sentence) \(candidate.quotes) \(candidate.date) \(candidate.kind) \(candidate.title) "
      + "\(candidate.terms) \(candidate.rules) \(candidate.score)"
  }
}
