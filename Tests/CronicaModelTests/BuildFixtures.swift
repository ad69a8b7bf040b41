import CronicaModel
import CronicaResources
import Foundation

/// The chronology builder with the bundled rules, and small articles to build from.
enum BuildFixtures {
  /// A builder with the bundled temporal rules and word lists.
  static func builder(themes: [Theme] = Theme.defaultTaxonomy) throws -> ChronologyBuilder {
    guard let build = CronicaResources.buildURL else {
      throw TemporalRulesError(file: "build", pattern: nil, reason: "bundled build folder not found")
    }
    return ChronologyBuilder(rules: try TemporalFixtures.rules(), lexicons: try BuildLexicon.load(from: build), themes: themes)
  }

  /// An article with cleaned text and a publication date.
  static func article(_ id: String, _ text: String, published: String? = "2021-03-15") -> Article {
    let date = published.flatMap { try? EDTFDate(parsing: $0) }
    return Article(
      id: id, title: id, outlet: "", authors: [], published: date, publishedDisplay: date?.readable ?? "",
      dateBasis: "", origin: id + ".md", text: ArticleCleaner.clean(text).text)
  }

  /// The events built from articles.
  static func build(_ articles: [Article], themes: [Theme] = Theme.defaultTaxonomy, options: ChronologyBuilder.Options = .init())
    throws -> [Event]
  {
    try builder(themes: themes).build(articles, options: options).events
  }

  /// The hedges of a quote that its title leaves out, among those up to the last word of the
  /// quote the title keeps (the title's words matched in order; a speaker moved to the front is
  /// skipped).
  static func droppedHedges(title: String, quote: String, hedges: [String]) -> [String] {
    // Case kept in the quote: "May" the month is no hedge.
    let original = quote.split { !$0.isLetter }.map(String.init)
    let words = original.map { $0.lowercased() }
    let titleWords = title.lowercased().split { !$0.isLetter }.map(String.init)
    var position = 0
    var last = -1
    for word in titleWords {
      guard let found = words[position...].firstIndex(of: word) else { continue }
      last = found
      position = found + 1
    }
    let kept = Set(titleWords)
    // A hedge opening the sentence is capitalized ("Reportedly, …"); the month May is not a hedge.
    func isHedge(_ word: String) -> Bool { hedges.contains(word) || word != "May" && hedges.contains(word.lowercased()) && word.first?.isUppercase == true }
    return original[..<max(last, 0)].filter { isHedge($0) && !kept.contains($0.lowercased()) }
  }
}
