import ArgumentParser
import CronicaModel
import CronicaResources
import CronicaSystem
import CronicaUI
import Foundation

/// The `--corpus PATH` option shared by every command (also `CRONICA_CORPUS`).
///
/// The path may be a bundled-layout folder, a folder of your own articles, or a TimelineJS JSON
/// or CSV file; `Corpus.open(at:)` tells them apart.
public struct CorpusOptions: ParsableArguments, Sendable {
  /// The environment variable naming a corpus when `--corpus` is not given.
  public static let environmentKey = "CRONICA_CORPUS"

  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "Load this corpus instead of the bundled one: a corpus folder, a folder of your articles, or a TimelineJS "
        + "JSON or CSV file (default: $CRONICA_CORPUS).",
      valueName: "path"))
  public var corpus: String?

  public init() {}

  /// Creates options naming a path (nil for the default).
  public init(corpus: String?) {
    self.corpus = corpus
  }

  /// The path given by `explicit`, else `--corpus`, else `CRONICA_CORPUS`; nil for the bundled corpus.
  func chosenPath(explicit: String?, in context: CommandContext) -> String? {
    explicit ?? corpus ?? context.environment[Self.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The folder or file to load: `explicit`, else `--corpus`, else `CRONICA_CORPUS`, else the bundled corpus.
  public func location(explicit: String? = nil, in context: CommandContext) throws(CommandFailure) -> URL {
    guard let path = chosenPath(explicit: explicit, in: context) else {
      guard let url = CronicaResources.corpusURL else {
        throw CommandFailure("the bundled corpus is missing; reinstall Cronica or pass --corpus PATH", status: 66)
      }
      return url
    }
    guard let status = FileStatus.at(path) else {
      if fromEnvironment(explicit: explicit, in: context) {
        throw .usage(
          "corpus '\(DisplayText.sanitizedLine(path))' (from \(Self.environmentKey)) does not exist; "
            + "fix or unset \(Self.environmentKey), or pass --corpus PATH")
      }
      throw .usage("corpus '\(DisplayText.sanitizedLine(path))' does not exist")
    }
    return URL(fileURLWithPath: path, isDirectory: status.kind == .folder)
  }

  /// True when the corpus path comes from `CRONICA_CORPUS` (neither given on the command line).
  func fromEnvironment(explicit: String?, in context: CommandContext) -> Bool {
    explicit == nil && corpus == nil && chosenPath(explicit: nil, in: context) != nil
  }

  /// Opens the chosen corpus with its warnings; a corpus with problems fails with every problem
  /// located (exit 65). A folder of articles without `events.json` gets proposed events.
  public func open(explicit: String? = nil, in context: CommandContext) throws(CommandFailure) -> OpenedCorpus {
    try open(explicit: explicit, in: context, built: ProposedChronology.BuiltEvents(context))
  }

  /// `open`, the events built for a folder of articles then `built` (held until the exit or freed).
  func open(
    explicit: String?, in context: CommandContext, built: ProposedChronology.BuiltEvents
  ) throws(CommandFailure) -> OpenedCorpus {
    let url = try location(explicit: explicit, in: context)
    let snapshots = SnapshotCache.standard(environment: context.environment)
    return try opened(explicit: explicit, at: url, in: context, built: built) { proposing throws(CorpusError) in
      try Corpus.open(at: url, snapshots: snapshots, proposing: proposing)
    }
  }

  /// What `body` opened at the chosen `url`, as the commands see it: its problems described
  /// (exit 65), a folder of articles without `events.json` given the events `body` is to propose.
  func opened(
    explicit: String?, at url: URL, in context: CommandContext, built: ProposedChronology.BuiltEvents,
    _ body: (@escaping Corpus.Proposing) throws(CorpusError) -> OpenedCorpus
  ) throws(CommandFailure) -> OpenedCorpus {
    var filling = ProposedChronology.Filling()
    let opened: OpenedCorpus
    do {
      opened = try body { filling.propose($0, themes: $1, modes: $2, assemble: $3) }
    } catch {
      let source = fromEnvironment(explicit: explicit, in: context) ? Self.environmentKey : nil
      throw .data(Self.describe(error, at: url, from: source))
    }
    let completed = try filling.completed(opened)
    filling.release(built)
    return completed
  }

  /// Loads the chosen corpus; a corpus with problems fails with every problem located (exit 65).
  public func load(explicit: String? = nil, in context: CommandContext) throws(CommandFailure) -> Corpus {
    try open(explicit: explicit, in: context).corpus
  }

  /// The located problems of a corpus that failed to load, one sanitized line each; `source`
  /// names the environment variable the path came from, if it did.
  static func describe(_ error: CorpusError, at url: URL, from source: String? = nil) -> String {
    let count = error.problems.count
    let origin = source.map { " (from \($0))" } ?? ""
    var lines = [
      "cannot load the corpus at \(DisplayText.sanitizedLine(url.path))\(origin) (\(count) problem\(count == 1 ? "" : "s")):"
    ]
    lines += error.problems.map { DisplayText.sanitizedLine($0.description) }
    return lines.joined(separator: "\n")
  }
}
