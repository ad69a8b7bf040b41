import ArgumentParser
import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

/// `cronica validate [PATH]`: checks a corpus (folder or TimelineJS file) and lists every problem.
public struct Validate: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a corpus and list every problem and warning (exit 65 when there is any problem).")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(
    help: ArgumentHelp(
      "The corpus folder or TimelineJS file to check (default: --corpus, $CRONICA_CORPUS, the bundled corpus).",
      valueName: "path"))
  public var path: String?

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  public init() {}

  /// The JSON report: `valid`, counts (null when the corpus did not load), `problems`, `warnings`.
  struct Report: Encodable {
    var valid: Bool
    var corpus: String
    @NullWhenNil var articles: Int? = nil
    @NullWhenNil var events: Int? = nil
    @NullWhenNil var themes: Int? = nil
    var problems: [CorpusProblem]
    var warnings: [CorpusProblem]
  }

  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    if path != nil, corpusOptions.corpus != nil {
      throw .usage("give the corpus either as PATH or as --corpus PATH, not both")
    }
    let url = try corpusOptions.location(explicit: path, in: context)
    var report = Report(valid: true, corpus: url.path, problems: [], warnings: [])
    let loaded: OpenedCorpus?
    var filling = ProposedChronology.Filling()
    do {
      loaded = try Corpus.open(at: url) { filling.propose($0, themes: $1, modes: $2, assemble: $3) }
    } catch {
      loaded = nil
      report.valid = false
      report.problems = error.problems
    }
    if let loaded {
      let opened = try filling.completed(loaded)
      report.articles = opened.corpus.articles.count
      report.events = opened.corpus.events.count
      report.themes = opened.corpus.themes.count
      report.warnings = opened.warnings + Self.eventWarnings(for: opened.corpus, in: url)
    }
    filling.release(ProposedChronology.BuiltEvents(context))
    let status = report.valid ? 0 : CommandFailure.dataStatus
    switch format {
    case .json: return CommandOutput(try JSONText.render(report), status: status)
    case .text: return CommandOutput(Self.text(report), status: status)
    }
  }

  /// The model's warnings about events — themes their citations speak of but they lack, and
  /// titles or summaries that say more than their quotes — located by the events' positions in
  /// the folder's `events.json`; none for TimelineJS files and for folders without `events.json`
  /// (their events are proposals, tagged by the same phrases and citing whole sentences).
  static func eventWarnings(for corpus: Corpus, in location: URL) -> [CorpusProblem] {
    let eventsURL = location.appendingPathComponent(CorpusFiles.events)
    guard Folder.exists(location.path), FileStatus.at(eventsURL.path)?.kind == .regular else { return [] }
    let fileEvents = try? Corpus.loadEvents(from: location)
    return corpus.themeWarnings(fileEvents: fileEvents) + corpus.supportWarnings(fileEvents: fileEvents)
  }

  /// The report for people: every problem on its own line, then a summary.
  static func text(_ report: Report) -> String {
    let place = DisplayText.sanitizedLine(report.corpus)
    var lines: [String] = []
    if report.valid {
      lines.append(
        "ok: \(place): \(Plural.count(report.articles ?? 0, "article")), \(Plural.count(report.events ?? 0, "event")), "
          + "\(Plural.count(report.themes ?? 0, "theme")); "
          + "every citation is verbatim")
    } else {
      lines += report.problems.map { DisplayText.sanitizedLine($0.description) }
      let count = report.problems.count
      lines.append("\(count) problem\(count == 1 ? "" : "s") in \(place)")
    }
    lines += report.warnings.map { "warning: " + DisplayText.sanitizedLine($0.description) }
    if report.valid, !report.warnings.isEmpty {
      lines.append("\(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s") (not errors)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
