import ArgumentParser
import CronicaModel
import CronicaUI

/// `cronica list`: the timeline, filtered, as text, JSON, CSV or Markdown.
public struct List: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the timeline, optionally filtered.",
    discussion: """
      --theme takes a theme's key, label or one of its phrases, case and accents ignored (money finds \
      cash-flow). Several --theme (or --kind) options keep events with any of them. --from and --to keep \
      events whose dates, as intervals of days, overlap the window; dates are YYYY, YYYY-MM or \
      YYYY-MM-DD. --search is case- and accent-insensitive and looks in titles, summaries and quotes.
      """)

  @OptionGroup public var corpusOptions: CorpusOptions

  @Option(help: ArgumentHelp("List this TimelineJS JSON or CSV file (same as --corpus FILE).", valueName: "file"))
  public var timelinejs: String?

  @OptionGroup public var filters: EventFilterOptions

  @Option(help: "Output format: text, json, csv or markdown.")
  public var format: ListFormat = .text

  public init() {}

  /// Rejects `--timelinejs` together with `--corpus`.
  public func validate() throws {
    if timelinejs != nil, corpusOptions.corpus != nil {
      throw ValidationError("give either --timelinejs FILE or --corpus PATH, not both")
    }
  }

  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let opened = try corpusOptions.open(explicit: timelinejs, in: context)
    let corpus = opened.corpus
    let marks = try filters.marks(chosen: corpusOptions.chosenPath(explicit: timelinejs, in: context), in: context)
    let (positions, query, index) = try filters.selection(in: corpus, marks: marks)
    let notes = opened.saveSnapshotNote(index: index)
    let text: String
    if format == .text {
      text = EventText.table(positions, of: corpus.events, width: context.width)
    } else {
      let events = positions.map { corpus.events[$0] }
      switch format {
      case .text, .json:
        text = try JSONText.render(events.map(EventRecord.init))
      case .csv:
        text = CorpusExport.csv(corpus: corpus, events: events)
      case .markdown:
        text = CorpusExport.markdown(corpus: corpus, events: events, filterNote: filters.note(query, corpus: corpus))
      }
    }
    try opened.checkSnapshotUnchanged()
    if context.exitsAfterOutput { HeldUntilExit.keep(opened) }
    return CommandOutput(text, notes: notes)
  }
}
