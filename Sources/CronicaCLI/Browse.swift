import ArgumentParser
import CronicaModel
import CronicaSystem
import CronicaTerminal
import CronicaUI
import Foundation

/// `cronica browse`: the full-screen browser.
public struct Browse: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    abstract: "Open the full-screen timeline browser (needs a terminal).")

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(
    help: ArgumentHelp(
      "A corpus folder or TimelineJS JSON/CSV file to browse (same as --corpus PATH).", valueName: "path"))
  public var path: String?

  public init() {}

  /// Creates the command with these values, as parsing them would.
  public init(path: String?, corpusOptions: CorpusOptions) {
    self.path = path
    self.corpusOptions = corpusOptions
  }

  /// Rejects a path given both ways.
  public func validate() throws {
    if path != nil, corpusOptions.corpus != nil {
      throw ValidationError("give the corpus either as PATH or as --corpus PATH, not both")
    }
  }

  /// The path to load, from the argument or `--corpus` (nil: `CRONICA_CORPUS` or the bundled corpus).
  var chosenPath: String? { path ?? corpusOptions.corpus }

  /// Opens the browser; fails with status 1 when stdout is not a terminal or `TERM` is unusable.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    guard context.stdoutIsTerminal else {
      throw CommandFailure(
        "the browser needs a terminal, but stdout is not one; use `cronica list` to print the timeline",
        status: 1)
    }
    let term = context.environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw CommandFailure(
        "the browser needs a usable terminal, but TERM is \(term.isEmpty ? "not set" : "'dumb'"); "
          + "set TERM (e.g. xterm-256color) or use `cronica list`",
        status: 1)
    }
    let size = StandardStream.output.windowSize ?? (columns: context.width ?? 80, rows: 24)
    // A snapshot's content is checked after the first frame (Library's background work); a
    // large corpus folder without one shows its first events while the rest loads.
    let start = try corpusOptions.openForBrowser(
      explicit: path, in: context, events: max(Self.previewEvents, size.rows * 4))
    let chosen = chosenPath ?? context.environment[CorpusOptions.environmentKey]
    var options = TerminalOptions(
      idleFile: context.environment["CRONICA_IDLE_FILE"], corpusIdentity: Self.marksIdentity(chosen: chosen),
      environment: context.environment)
    let inbox = options.inbox
    let corpus: Corpus
    let loaded: LoadedCorpus
    switch start {
    case .opened(let opened):
      corpus = opened.corpus
      loaded = LoadedCorpus(opened)
      // Loaded here, before the first frame (a folder of articles is built here: most of what
      // that made is freed, and the allocator's pad would keep it for as long as the browser runs).
      ProcessAllocator.releaseFreeMemory()
      if opened.source == .userFolder {
        // A folder of the user's own articles: the curation keys change its events.json.
        options.curationFolder = try corpusOptions.location(explicit: path, in: context)
      }
    case .preview(let preview, let load):
      corpus = preview
      loaded = LoadedCorpus(nil)
      let gate = context.environment[Self.loadGateKey].flatMap { $0.isEmpty ? nil : $0 }
      options.loadCorpus = { revision in
        do throws(CommandFailure) {
          let opened = try load { bytes, total in
            inbox.send(.corpusLoadProgress(bytes: bytes, total: total))
            // Tests hold the load at its first figure until they have seen it (a file they create lets it go).
            while let gate, FileStatus.at(gate) == nil { Thread.sleep(forTimeInterval: 0.01) }
          }
          loaded.value.withLock { $0 = opened }
          // The load freed most of what it made, which the allocator's pad would keep for as
          // long as the browser runs.
          ProcessAllocator.releaseFreeMemory()
          return .corpusLoaded(Built(opened.corpus, revision: revision))
        } catch {
          return .corpusLoadFailed(error.message, status: error.status)
        }
      }
    }
    // Saved from the browser's own index once it is built, on the thread that built it;
    // quitting first leaves no snapshot (the next run loads the files again). A failure (a
    // full disk, `ulimit -f`) is noted on the status line; the browser goes on.
    options.afterIndexBuilt = { index in
      if let note = loaded.value.withLock({ $0 })?.saveSnapshot(index: index) { inbox.send(.notify(Message(text: note, isError: false))) }
    }
    let ending: TerminalApp.Ending
    do {
      ending = try TerminalApp.run(
        browser: Browser(
          corpus: corpus, size: Size(width: size.columns, height: size.rows), canCurate: options.curationFolder != nil,
          preview: options.loadCorpus != nil),
        options: options)
    } catch {
      // Printed by the caller, so after TerminalApp has restored the terminal.
      let what = error.whileRunning ? "the browser stopped" : "cannot run the browser"
      throw CommandFailure("\(what): \(DisplayText.sanitizedLine(error.message))", status: 1)
    }
    switch ending {
    case .quit: return CommandOutput("")
    case .interrupted: return CommandOutput("", status: 130)
    case .snapshotChanged:
      throw CommandFailure(OpenedCorpus.snapshotChangedMessage, status: CronicaCommand.outputErrorStatus)
    case .loadFailed(let message, let status):
      // The words and status a load before the first frame gives (printed after the terminal is restored).
      throw CommandFailure(message, status: status)
    }
  }

  /// For tests: the background load of a previewed corpus, once it has told how far it got,
  /// waits until the file this names exists.
  static let loadGateKey = "CRONICA_DEBUG_LOAD_GATE"

  /// The fewest events a preview holds (more on a tall terminal): the first screens, so that
  /// moving down works while the rest loads.
  static let previewEvents = 200

  /// Names the corpus for its marks file: `bundled`, or the chosen corpus path made absolute.
  static func marksIdentity(chosen: String?) -> String {
    guard let chosen, !chosen.isEmpty else { return "bundled" }
    return URL(fileURLWithPath: chosen).standardizedFileURL.path
  }
}
