import ArgumentParser
import CronicaModel
import CronicaSystem
import CronicaTerminal
import CronicaUI
import Foundation
import Glibc

/// The `cronica` command: browse and script the chronology.
///
/// With no arguments it opens the browser when stdout is a terminal and prints the timeline
/// (as `cronica list` does) when it is not.
public struct CronicaCommand: ParsableCommand {
  public static let version = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "cronica",
    abstract: "A terminal timeline browser for a cited chronology.",
    discussion: """
      With no subcommand, opens the browser when stdout is a terminal and prints the timeline \
      as text when it is not. Every subcommand takes --corpus PATH (or $CRONICA_CORPUS): a corpus \
      folder, a folder of your own articles, or a TimelineJS JSON or CSV file.

      Exit status: 0 ok, 1 terminal unusable, 64 usage error, 65 bad corpus data, \
      73 cannot create or write a file, 74 cannot write standard output or the corpus snapshot \
      changed while in use, 130 Ctrl-C in the browser, 128+N ended by signal N.
      """,
    version: version,
    subcommands: [
      Browse.self, List.self, Show.self, Sources.self, Read.self, Themes.self, Validate.self, Export.self,
      Extract.self, Build.self, Init.self,
    ],
    defaultSubcommand: Browse.self)

  public init() {}

  /// Parses the arguments, runs the command, and exits with its status (the `cronica` executable's entry).
  public static func main() {
    ProcessAllocator.configure()
    StandardStream.reserveClosedDescriptors()
    StandardStream.reportFileSizeLimit()
    FaultGuard.watchMappedFiles()
    let outcome = execute(Array(CommandLine.arguments.dropFirst()), in: .live())
    let status = write(outcome)
    Glibc.exit(status)
  }

  /// Parses and runs a command line completely, returning what to print and the exit status.
  ///
  /// `cronica` with no subcommand opens the browser only when stdout is a terminal; otherwise it
  /// lists the timeline. `cronica browse` always tries the browser.
  public static func execute(_ arguments: [String], in context: CommandContext) -> CommandOutcome {
    if arguments == ["browse"] || (arguments.isEmpty && context.stdoutIsTerminal) {
      // The most common start, the browser with default options: skip the parser, whose first
      // use costs several milliseconds of runtime reflection (`docs/performance.md`).
      return outcome(of: Browse(path: nil, corpusOptions: CorpusOptions(corpus: nil)), in: context)
    }
    if let failure = unknownCommand(arguments) {
      return CommandOutcome(stderr: "Error: " + failure.message + "\n", status: failure.status)
    }
    let parsed: any ParsableCommand
    do {
      parsed = try parseAsRoot(arguments)
    } catch {
      return outcome(of: error, in: context)
    }
    guard let command = parsed as? any CronicaSubcommand else {
      // Built-in commands (help): they report their text by throwing.
      do {
        var builtIn = parsed
        try builtIn.run()
        return CommandOutcome()
      } catch {
        return outcome(of: error, in: context)
      }
    }
    if let browse = command as? Browse, arguments.first != "browse", !context.stdoutIsTerminal {
      // Not a terminal: print the timeline as `cronica list` would, with the same corpus.
      let listArguments = browse.chosenPath.map { ["--corpus", $0] } ?? []
      do {
        return outcome(of: try List.parse(listArguments), in: context)
      } catch {
        return outcome(of: error, in: context)
      }
    }
    return outcome(of: command, in: context)
  }

  /// The names of the subcommands (`browse`, `list`, …).
  static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

  /// A first word that is neither a subcommand nor a path that exists (`cronica lst`): a usage
  /// error that suggests the nearest commands, as git's "did you mean", instead of saying that
  /// no corpus has that name.
  static func unknownCommand(_ arguments: [String]) -> CommandFailure? {
    guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("/"), !commandNames.contains(word),
      word != "help", FileStatus.at(word) == nil
    else { return nil }
    let folded = Array(word.lowercased())
    let distances = commandNames.map { TextFolding.editDistance(folded, Array($0)) }
    let nearest = distances.min() ?? Int.max
    let close = commandNames.indices.filter { index in
      (distances[index] <= 2 && distances[index] == nearest)
        || (folded.count >= 2 && commandNames[index].hasPrefix(String(folded)))
    }.map { commandNames[$0] }
    guard !close.isEmpty else {
      return .usage(
        "'\(DisplayText.sanitizedLine(word))' is neither a cronica command (\(commandNames.joined(separator: ", "))) "
          + "nor a corpus path that exists")
    }
    let names = close.map { "`cronica \($0)`" }
    let suggestion = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
    return .usage(
      "'\(DisplayText.sanitizedLine(word))' is not a cronica command (nor a corpus path); did you mean \(suggestion)? "
        + "`cronica --help` lists the commands")
  }

  /// The outcome of a parse error or a built-in request: help and version on stdout (status 0),
  /// usage errors on stderr with the usage line (status 64).
  static func outcome(of error: any Error, in context: CommandContext) -> CommandOutcome {
    let code = exitCode(for: error).rawValue
    let text = fullMessage(for: error, columns: context.width)
    let line = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    return code == 0 ? CommandOutcome(stdout: line) : CommandOutcome(stderr: line, status: code)
  }

  /// Runs a parsed subcommand, turning a failure into `Error: …` on stderr and its status.
  public static func outcome(of command: some CronicaSubcommand, in context: CommandContext) -> CommandOutcome {
    do {
      let output = try command.output(in: context)
      return CommandOutcome(stdout: output.text, stderr: output.notes, status: output.status)
    } catch {
      return CommandOutcome(stderr: "Error: " + error.message + "\n", status: error.status)
    }
  }

  /// The exit status when standard output cannot be written (EX_IOERR).
  public static let outputErrorStatus: Int32 = 74

  /// Writes an outcome's stdout and stderr to the process streams and returns the exit status.
  ///
  /// A reader that left (EPIPE, when SIGPIPE is ignored; otherwise SIGPIPE has ended the process
  /// already, status 141) ends the output quietly. Any other failure to write standard output is
  /// said in one line on standard error and gives status 74. When standard error itself cannot
  /// be written there is nowhere to say so: a failed command keeps its own status, else 74.
  static func write(_ outcome: CommandOutcome) -> Int32 {
    var status = outcome.status
    var stderr = outcome.stderr
    if !outcome.stdout.isEmpty {
      do {
        try StandardStream.output.write(outcome.stdout)
      } catch where error.isBrokenPipe {
        // The reader has what it wanted (`| head`).
      } catch {
        stderr += "cronica: \(error.description)\n"
        status = outputErrorStatus
      }
    }
    if !stderr.isEmpty {
      do {
        try StandardStream.error.write(stderr)
      } catch {
        if status == 0 { status = outputErrorStatus }
      }
    }
    return status
  }
}
