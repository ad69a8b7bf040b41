import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica themes`: the theme taxonomy with the number of events per theme.
public struct Themes: CronicaSubcommand {
  public static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the themes and how many events each has.")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  public init() {}

  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let corpus = try corpusOptions.load(in: context)
    var counts: [String: Int] = [:]
    for position in corpus.events.indices {
      for key in Set(corpus.events.themes(at: position)) { counts[key, default: 0] += 1 }
    }
    let records = corpus.themes.map { theme in
      ThemeRecord(key: theme.key, label: theme.label, description: theme.description, count: counts[theme.key] ?? 0)
    }
    switch format {
    case .json:
      return CommandOutput(try JSONText.render(records))
    case .text:
      let table = TextTable(
        headers: ["KEY", "LABEL", "EVENTS", "DESCRIPTION"],
        rows: records.map { [$0.key, $0.label, String($0.count), $0.description] }, keepWhole: [0])
      return CommandOutput(table.listing(noun: "theme", width: context.width))
    }
  }
}
