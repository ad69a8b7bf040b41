import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica sources`: the source articles and their metadata.
public struct Sources: CronicaSubcommand {
  public static let configuration = CommandConfiguration(commandName: "sources", abstract: "List the source articles.")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  public init() {}

  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let corpus = try corpusOptions.load(in: context)
    switch format {
    case .json:
      return CommandOutput(try JSONText.render(corpus.articles.map { CorpusExport.ArticleEntry($0) }))
    case .text:
      let table = TextTable(
        headers: ["ID", "PUBLISHED", "OUTLET", "TITLE"],
        rows: corpus.articles.map { article in
          [
            article.id, article.publishedDisplay, article.outlet,
            article.title + (article.titleSupplied ? " [title supplied]" : ""),
          ]
        }, keepWhole: [0])
      return CommandOutput(table.listing(noun: "source", width: context.width))
    }
  }
}
