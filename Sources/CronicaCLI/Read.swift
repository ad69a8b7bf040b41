import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica read ARTICLE-ID`: an article's cleaned text.
public struct Read: CronicaSubcommand {
  public static let configuration = CommandConfiguration(commandName: "read", abstract: "Print an article's cleaned text.")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(help: ArgumentHelp("The article's id (see `cronica sources`).", valueName: "article-id"))
  public var articleID: String

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  public init() {}

  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let corpus = try corpusOptions.load(in: context)
    guard let article = corpus.article(id: articleID) else {
      let choices = Suggestions.choices(for: articleID, among: corpus.articles.map(\.id), listedBy: "cronica sources")
      throw .usage("unknown article '\(DisplayText.sanitizedLine(articleID))' (\(choices))")
    }
    switch format {
    case .json:
      return CommandOutput(try JSONText.render(CorpusExport.ArticleEntry(article, includeText: true)))
    case .text:
      let width = context.width
      var lines = TextBlock.lines(DisplayText.sanitizedLine(article.title), width: width)
      if !article.authors.isEmpty {
        lines += TextBlock.field("By", article.authors.joined(separator: ", "), width: width)
      }
      lines += TextBlock.field("Outlet", article.outlet, width: width)
      lines += TextBlock.field("Published", article.publishedDisplay, width: width)
      lines += TextBlock.field("ID", article.id, width: width)
      lines.append("")
      lines += TextBlock.lines(article.text, width: width)
      while lines.last == "" { lines.removeLast() }
      return CommandOutput(lines.joined(separator: "\n") + "\n")
    }
  }
}
