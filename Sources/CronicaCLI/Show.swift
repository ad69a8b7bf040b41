import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica show EVENT-ID`: one event with its citations.
public struct Show: CronicaSubcommand {
  /// The command's name, help text and subcommands.
  public static let configuration = CommandConfiguration(abstract: "Show one event with its citations.")

  /// The corpus to load (`--corpus DIR` or `CRONICA_CORPUS`).
  @OptionGroup public var corpusOptions: CorpusOptions

  /// The event's id.
  @Argument(help: ArgumentHelp("The event's id (see `cronica list`).", valueName: "event-id"))
  public var eventID: String

  /// The output format.
  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  /// Creates the command with default values; ArgumentParser fills in the parsed ones.
  public init() {}

  /// Loads the corpus and builds the whole output, or fails with a message and status.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let corpus = try corpusOptions.load(in: context)
    guard let event = corpus.event(id: eventID) else {
      let choices = Suggestions.choices(for: eventID, among: corpus.events.indices.map(corpus.events.id(at:)), listedBy: "cronica list")
      throw .usage("unknown event '\(DisplayText.sanitizedLine(eventID))' (\(choices))")
    }
    switch format {
    case .text: return CommandOutput(EventText.detail(event, corpus: corpus, width: context.width))
    case .json: return CommandOutput(try JSONText.render(EventRecord(event: event)))
    }
  }
}
