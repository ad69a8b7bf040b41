import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica show EVENT-ID`: one event with its citations.
public struct Show: CronicaSubcommand {
  public static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one event with its citations.")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(help: ArgumentHelp("The event's id (see `cronica list`).", valueName: "event-id"))
  public var eventID: String

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  public init() {}

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
