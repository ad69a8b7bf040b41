import ArgumentParser
import Foundation

/// What a finished command hands back: its whole standard output and its exit status.
public struct CommandOutput: Sendable, Equatable {
  public var text: String
  /// The exit status (0 unless the output is itself a report of failure, as `validate` gives).
  public var status: Int32
  /// Notes for standard error that do not fail the command (a snapshot that was not saved, files
  /// skipped, a summary).
  public var notes: String

  public init(_ text: String, status: Int32 = 0, notes: String = "") {
    self.text = text
    self.status = status
    self.notes = notes
  }
}

/// A `cronica` subcommand that computes its whole output before anything is printed.
public protocol CronicaSubcommand: ParsableCommand {
  var corpusOptions: CorpusOptions { get }
  /// Runs the command in a context and returns its output, or fails with a message and status.
  func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput
}

extension CronicaSubcommand {
  /// Runs the command in the live process context, printing its output or its error.
  public mutating func run() throws {
    let outcome = CronicaCommand.outcome(of: self, in: .live())
    let status = CronicaCommand.write(outcome)
    if status != 0 { throw ExitCode(status) }
  }
}
