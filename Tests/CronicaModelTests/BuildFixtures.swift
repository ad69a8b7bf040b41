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
    Article(
      id: id, title: id, outlet: "", authors: [], published: published.flatMap { try? PartialDate(parsing: $0) },
      publishedDisplay: published ?? "", dateBasis: "", origin: id + ".md", text: ArticleCleaner.clean(text).text)
  }

  /// The events built from articles.
  static func build(_ articles: [Article], themes: [Theme] = Theme.defaultTaxonomy, options: ChronologyBuilder.Options = .init())
    throws -> [Event]
  {
    try builder(themes: themes).build(articles, options: options).events
  }
}
