import ArgumentParser
import CronicaModel
import CronicaResources
import CronicaSystem
import CronicaUI
import Foundation

/// `cronica build [DIR]`: the chronology the model builds from a folder of articles.
public struct Build: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build a chronology from a folder of articles: dated, merged, themed, every event cited.",
    discussion: """
      Reads every article of DIR (default: --corpus, $CRONICA_CORPUS, the bundled corpus's raw \
      articles) and prints the events.json the model builds from them: events dated as tightly as \
      the texts allow, merged across articles, themed with the phrase that decided each theme \
      ("theme_evidence"), each with a confidence and the rules behind it, all marked \
      "origin": "extracted". Files that cannot be read (binary, empty, not UTF-8, too large, not \
      regular files) are named on stderr and the rest is built; the exit status is 65 only when \
      no article could be read. With -o the file is written atomically, and nothing is written \
      on failure. --update reads DIR/events.json, keeps every event in it (curated or not) and \
      its rejections, and adds only the new proposals; it writes DIR/events.json (or -o).
      """)

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(
    help: ArgumentHelp(
      "The folder of articles (default: --corpus, $CRONICA_CORPUS, the bundled corpus).", valueName: "dir"))
  public var path: String?

  /// The file to write; nil for stdout.
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write the events.json to this file (atomically) instead of stdout.", valueName: "file"))
  public var output: String?

  @Option(help: "Output format: json (an events.json) or text (a list to read).")
  public var format: DataFormat = .json

  @Option(
    name: .customLong("min-confidence"),
    help: ArgumentHelp("Leave out proposals with a lower confidence (0–100).", valueName: "n"))
  public var minConfidence: Int = 0

  @Flag(help: "Keep DIR/events.json (curated events and rejections) and add only new proposals to it.")
  public var update = false

  public init() {}

  /// Rejects a confidence out of range and an empty output path.
  public func validate() throws {
    guard (0...100).contains(minConfidence) else { throw ValidationError("--min-confidence takes 0 to 100") }
    if let output, output.isEmpty { throw ValidationError("-o needs a file name") }
  }

  /// Reads the folder, builds, and prints or writes the chronology.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    if path != nil, corpusOptions.corpus != nil {
      throw .usage("give the folder either as DIR or as --corpus DIR, not both")
    }
    let folder = try corpusOptions.location(explicit: path, in: context)
    guard Folder.exists(folder.path) else {
      throw .usage("'\(DisplayText.sanitizedLine(folder.path))' is not a folder; build reads a folder of articles")
    }
    let input: BuildInput
    do {
      input = try BuildInput.read(folder)
    } catch {
      throw .data(CorpusOptions.describe(error, at: folder))
    }
    var notes = input.skipped.map { "warning: " + DisplayText.sanitizedLine($0.description) }
    guard !input.articles.isEmpty else {
      let reason = input.skipped.isEmpty ? ["no articles found: add .md or .txt files"] : notes
      throw .data((["nothing to build in \(DisplayText.sanitizedLine(folder.path)):"] + reason).joined(separator: "\n"))
    }
    let eventsURL = folder.appendingPathComponent(CorpusFiles.events)
    var existing = CorpusFiles.EventsFile(events: [])
    if update {
      guard input.source == .userFolder else {
        throw .usage("--update works on a folder of your own articles; this is a corpus folder with manifest.json")
      }
      do {
        existing = try CorpusFiles.EventsFile.read(at: eventsURL) ?? existing
      } catch {
        throw .data(CorpusOptions.describe(error, at: folder))
      }
    }
    let builder = try Self.builder(themes: input.themes)
    let progress = context.stderrIsTerminal ? ProgressLine(total: input.articles.count, noun: "article") : nil
    let options = ChronologyBuilder.Options(
      minConfidence: minConfidence, modes: input.modes, rejected: Set(existing.rejected ?? []),
      takenIDs: Set(existing.events.map(\.id)))
    var report: (@Sendable (Int) -> Void)?
    if let progress { report = { progress.advance(to: $0) } }
    let result = builder.build(input.articles, options: options, progress: report)
    progress?.finish()
    var file = CorpusFiles.EventsFile(events: result.events)
    var added = result.events.count
    // Nothing is written that would not load: every quote verbatim, every theme known.
    func check(_ events: [Event]) -> [CorpusProblem] {
      Corpus(articles: input.articles, events: events, themes: input.themes).validate(fileEvents: events)
    }
    func invalid(_ problems: [CorpusProblem]) -> CommandFailure {
      CommandFailure(
        (["the built chronology does not validate (a bug; please report it):"]
          + problems.prefix(20).map { DisplayText.sanitizedLine($0.description) }).joined(separator: "\n"), status: 70)
    }
    if update, output == nil {
      // The folder's events.json as it is now, under its lock: what a browser curated while this
      // built is kept, and only the new proposals are added.
      do {
        let done = try CorpusFiles.EventsFile.update(
          in: folder, missing: { CorpusFiles.EventsFile(events: []) },
          change: { (current: inout CorpusFiles.EventsFile) throws(EventsFileUpdateFailure) -> Int in
            let (merged, count) = current.adding(result.events)
            let problems = check(Array(merged.events.suffix(count)))
            guard problems.isEmpty else { throw EventsFileUpdateFailure(.change, invalid(problems).message) }
            current = merged
            return count
          },
          check: { _ in [] })
        file = done.file
        added = done.value
      } catch {
        switch error.stage {
        case .read: throw .data(DisplayText.sanitizedLine(error.description))
        case .change: throw CommandFailure(error.description, status: 70)
        case .lock, .write:
          throw CommandFailure(DisplayText.sanitizedLine(error.description), status: Export.cannotCreateStatus)
        }
      }
    } else {
      if update { (file, added) = existing.adding(result.events) }
      let written = update ? Array(file.events.suffix(added)) : file.events
      let problems = check(written)
      guard problems.isEmpty else { throw invalid(problems) }
    }
    notes.append(Self.summary(result, added: added, input: input, update: update))
    let rendered: String
    let data: Data
    do {
      data = try file.encoded()
    } catch {
      throw CommandFailure("cannot encode the chronology: \(error)", status: 70)
    }
    switch format {
    case .json: rendered = JSONText.escapeUnsafe(String(decoding: data, as: UTF8.self))
    case .text: rendered = BuildText.render(update ? file.events : result.events, width: context.width)
    }
    let destination = output ?? (update ? eventsURL.path : nil)
    guard let destination else { return CommandOutput(rendered, notes: notes.joined(separator: "\n") + "\n") }
    if output != nil {
      try Export.checkDestination(destination)
      do {
        try FileWriter.write(data, to: destination)
      } catch {
        throw CommandFailure(DisplayText.sanitizedLine(error.description), status: Export.cannotCreateStatus)
      }
    }
    notes.append("wrote \(file.events.count) event\(file.events.count == 1 ? "" : "s") to \(DisplayText.sanitizedLine(destination))")
    return CommandOutput(format == .text ? rendered : "", notes: notes.joined(separator: "\n") + "\n")
  }

  /// The builder with the bundled rules and word lists.
  static func builder(themes: [Theme]) throws(CommandFailure) -> ChronologyBuilder {
    guard let temporal = CronicaResources.temporalURL, let lists = CronicaResources.buildURL else {
      throw CommandFailure("the bundled rules are missing; reinstall Cronica", status: 66)
    }
    do {
      return ChronologyBuilder(
        rules: try TemporalRules.load(from: temporal), lexicons: try BuildLexicon.load(from: lists), themes: themes)
    } catch {
      throw CommandFailure("cannot load the \(error.description)", status: 70)
    }
  }

  /// What was built, for stderr.
  static func summary(_ result: ChronologyBuilder.Result, added: Int, input: BuildInput, update: Bool) -> String {
    let articles = input.articles.count
    var line =
      update
      ? "added \(added) new proposal\(added == 1 ? "" : "s") (of \(result.events.count) built)"
      : "built \(result.events.count) event\(result.events.count == 1 ? "" : "s")"
    line += " from \(articles) article\(articles == 1 ? "" : "s") (\(result.candidates) candidates)"
    var left: [String] = []
    if result.belowConfidence > 0 { left.append("\(result.belowConfidence) below the minimum confidence") }
    if result.rejected > 0 { left.append("\(result.rejected) rejected before") }
    if result.withoutTheme > 0 { left.append("\(result.withoutTheme) that no theme fits") }
    if !left.isEmpty { line += "; left out " + left.joined(separator: ", ") }
    if !input.skipped.isEmpty {
      line += "; \(input.skipped.count) file problem\(input.skipped.count == 1 ? "" : "s") above"
    }
    return line
  }
}
