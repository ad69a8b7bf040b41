import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica read ARTICLE-ID`: an article's cleaned text.
public struct Read: CronicaSubcommand {
  /// The command's name, help text and subcommands.
  public static let configuration = CommandConfiguration(abstract: "Print an article's cleaned text.")

  /// The corpus to load (`--corpus DIR` or `CRONICA_CORPUS`).
  @OptionGroup public var corpusOptions: CorpusOptions

  /// The article's id.
  @Argument(help: ArgumentHelp("The article's id (see `cronica sources`).", valueName: "article-id"))
  public var articleID: String

  /// The output format.
  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  /// Creates the command with default values; ArgumentParser fills in the parsed ones.
  public init() {}

  /// Loads the corpus and builds the whole output, or fails with a message and status.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let corpus = try corpusOptions.load(in: context)
    guard let article = corpus.article(id: articleID) else {
      let choices = Suggestions.choices(for: articleID, among: corpus.articles.map(\.id), listedBy: "cronica sources")
      throw .usage("unknown article '\(DisplayText.sanitizedLine(articleID))' (\(choices))")
    }
    switch format {
    case .json:
      return CommandOutput(try JSONText.render(SourceRecord(article: article, includeText: true)))
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
