import Foundation
import Testing

@testable import CronicaModel

/// Quote validation by UTF-8 byte search, pinned against the Foundation `String.contains` it replaced.
@Suite struct VerbatimQuoteTests {
  /// One article/quote pair: whether it is verbatim now, and whether Foundation's search found it.
  struct Row: Sendable, CustomTestStringConvertible {
    let name: String
    let article: String
    let quote: String
    let verbatim: Bool
    let foundation: Bool
    var testDescription: String { name }
  }

  /// Rows where the byte search and Foundation agree.
  static let agreeing: [Row] = [
    Row(name: "ASCII inside", article: "The Merida Initiative began.", quote: "Merida Initiative", verbatim: true, foundation: true),
    Row(name: "ASCII at both ends", article: "abc", quote: "abc", verbatim: true, foundation: true),
    Row(name: "ASCII absent", article: "The Merida Initiative", quote: "Merida initiative", verbatim: false, foundation: false),
    Row(name: "longer than the article", article: "ab", quote: "abc", verbatim: false, foundation: false),
    Row(name: "empty quote", article: "abc", quote: "", verbatim: false, foundation: false),
    Row(name: "Spanish accents, both NFC", article: "la Iniciativa Mérida y Ciudad Juárez", quote: "Mérida y Ciudad Juárez", verbatim: true, foundation: true),
    Row(name: "accent dropped", article: "Ciudad Juárez", quote: "Ciudad Juarez", verbatim: false, foundation: false),
    Row(name: "both NFD", article: "Me\u{301}rida y Jua\u{301}rez", quote: "Me\u{301}rida", verbatim: true, foundation: true),
    Row(name: "base letter of an NFD é", article: "Me\u{301}rida", quote: "Me", verbatim: false, foundation: false),
    Row(name: "NFC é then base letter", article: "Mérida", quote: "M", verbatim: true, foundation: true),
    Row(name: "German ß", article: "Straße und Grenze", quote: "Straße", verbatim: true, foundation: true),
    Row(name: "ß is not ss", article: "Straße", quote: "Strasse", verbatim: false, foundation: false),
    Row(name: "Turkish İ", article: "İstanbul", quote: "İstanbul", verbatim: true, foundation: true),
    Row(name: "ligature is not its letters", article: "ﬁnal", quote: "final", verbatim: false, foundation: false),
    Row(name: "case differs", article: "Mérida", quote: "mérida", verbatim: false, foundation: false),
    Row(name: "CJK", article: "墨西哥与美国的安全合作", quote: "安全合作", verbatim: true, foundation: true),
    Row(name: "whole emoji", article: "a 👨‍👩‍👧 b", quote: "👨‍👩‍👧 b", verbatim: true, foundation: true),
    Row(name: "second hit is whole", article: "Me\u{301}rida, Mexico", quote: "Me", verbatim: true, foundation: true),
  ]

  /// Rows where the byte search is stricter than Foundation: other normalization forms and
  /// matches that start or end inside a character are no longer verbatim.
  static let stricter: [Row] = [
    Row(name: "NFC article, NFD quote", article: "Iniciativa Mérida", quote: "Me\u{301}rida", verbatim: false, foundation: true),
    Row(name: "NFD article, NFC quote", article: "Iniciativa Me\u{301}rida", quote: "Mérida", verbatim: false, foundation: true),
    Row(name: "combining marks reordered", article: "q\u{323}\u{307}x", quote: "q\u{307}\u{323}", verbatim: false, foundation: true),
    Row(name: "Hangul jamo against syllable", article: "\u{1100}\u{1161}\u{11A8}", quote: "\u{AC01}", verbatim: false, foundation: true),
    Row(name: "quote starts with a combining mark", article: "Me\u{301}rida", quote: "\u{301}rida", verbatim: false, foundation: true),
    Row(name: "one person of a family emoji", article: "a👨‍👩‍👧b", quote: "👨", verbatim: false, foundation: true),
    Row(name: "half of two flags", article: "🇲🇽🇺🇸", quote: "🇽🇺", verbatim: false, foundation: true),
    Row(name: "CR of a CR LF", article: "a\r\nb", quote: "a\r", verbatim: false, foundation: true),
  ]

  @Test(arguments: agreeing + stricter)
  func byteSearchMatchesTheTable(row: Row) {
    #expect(row.article.containsVerbatim(row.quote) == row.verbatim)
    #expect(row.article.contains(row.quote) == row.foundation, "Foundation's search changed; update the table")
  }

  @Test(arguments: agreeing)
  func byteSearchEqualsFoundationWhereTheyAgree(row: Row) {
    #expect(row.article.containsVerbatim(row.quote) == row.article.contains(row.quote))
  }

  /// The byte range of the first verbatim occurrence holds the quote's bytes; nil when not verbatim.
  @Test(arguments: agreeing + stricter)
  func verbatimRangeHoldsTheQuote(row: Row) {
    let range = row.article.verbatimUTF8Range(of: row.quote)
    #expect((range != nil) == row.verbatim)
    if let range {
      #expect(Array(Array(row.article.utf8)[range]) == Array(row.quote.utf8))
      #expect(row.article.isCharacterBoundary(utf8Offset: range.lowerBound))
      #expect(row.article.isCharacterBoundary(utf8Offset: range.upperBound))
    }
  }

  @Test func verbatimRangeIsTheFirstWholeOccurrence() {
    // The first "Me" is the start of an NFD "Mé" (not whole); the second is.
    let article = "Me\u{301}rida, Mexico"
    #expect(article.verbatimUTF8Range(of: "Me") == 10..<12)
    #expect("abcabc".verbatimUTF8Range(of: "bc") == 1..<3)
  }

  @Test func stricterIsNeverLooser() {
    for row in Self.agreeing + Self.stricter where row.article.containsVerbatim(row.quote) {
      #expect(row.article.contains(row.quote), "\(row.name)")
    }
  }

  /// A corpus with one article and one event per quote.
  static func corpus(article: String, quotes: [String]) throws -> Corpus {
    let theme = Theme(key: "arms", label: "Arms", description: "", phrases: [])
    let source = Article(
      id: "a", title: "A", outlet: "O", authors: [], published: nil, publishedDisplay: "", dateBasis: "",
      origin: "a.txt", text: article)
    let events = try quotes.enumerated().map { index, quote in
      Event(
        id: "e\(index)", start: try EDTFDate(parsing: "\(2000 + index)"), end: nil, display: "\(2000 + index)", kind: .policy,
        title: "T", summary: "", themes: ["arms"], citations: [Citation(article: "a", quote: quote)])
    }
    return Corpus(articles: [source], events: events, themes: [theme])
  }

  @Test func validationReportsEachFailingCitationInOrder() throws {
    let corpus = try Self.corpus(
      article: "Ciudad Juárez and Mérida", quotes: ["Juárez", "Juarez", "Mérida", "Juarez", "nowhere"])
    let problems = corpus.validate()
    #expect(problems.map(\.location) == ["events[1].citations[0].quote", "events[3].citations[0].quote", "events[4].citations[0].quote"])
    #expect(problems.map(\.message) == [
      "not found in article a: \"Juarez\"", "not found in article a: \"Juarez\"", "not found in article a: \"nowhere\"",
    ])
  }

  @Test func anotherNormalizationFormIsReportedWithAHint() throws {
    let corpus = try Self.corpus(article: "Iniciativa Mérida", quotes: ["Mérida", "Me\u{301}rida"])
    let problems = corpus.validate()
    #expect(problems.map(\.location) == ["events[1].citations[0].quote"])
    #expect(problems.first?.message.hasPrefix("not found in article a: ") == true)
    #expect(problems.first?.message.contains("Unicode normalization form") == true)
  }

  @Test func repeatedQuotesInBothFormsAreNotConfused() throws {
    // Swift's String == treats the two forms as equal; the cache must not.
    let corpus = try Self.corpus(article: "Iniciativa Me\u{301}rida", quotes: ["Me\u{301}rida", "Mérida", "Me\u{301}rida", "Mérida"])
    #expect(corpus.validate().map(\.location) == ["events[1].citations[0].quote", "events[3].citations[0].quote"])
  }
}
