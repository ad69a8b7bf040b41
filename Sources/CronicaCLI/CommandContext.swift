import CronicaSystem
import Foundation

/// What a command needs to know about the process it runs in: environment and terminal.
///
/// Commands never read the process environment directly, so tests can run them with any
/// environment and any terminal width.
public struct CommandContext: Sendable {
  /// The environment variables (`CRONICA_CORPUS`, `TERM`, `COLUMNS`…).
  public var environment: [String: String]
  public var stdoutIsTerminal: Bool
  /// The width to wrap text output to, or nil to print it unwrapped (not a terminal).
  public var width: Int?
  /// True when standard error is a terminal (long commands show their progress there).
  public var stderrIsTerminal: Bool
  /// True when the process exits once the command's output is written (the live process): what
  /// the command built is left for the exit to free (`HeldUntilExit`).
  public var exitsAfterOutput = false

  public init(
    environment: [String: String] = [:], stdoutIsTerminal: Bool = false, width: Int? = nil, stderrIsTerminal: Bool = false
  ) {
    self.environment = environment
    self.stdoutIsTerminal = stdoutIsTerminal
    self.width = width
    self.stderrIsTerminal = stderrIsTerminal
  }

  /// The context of the running process: wraps to the terminal's width only when stdout is a terminal.
  public static func live() -> CommandContext {
    let environment = ProcessInfo.processInfo.environment
    let terminal = StandardStream.output.isTerminal
    var context = CommandContext(
      environment: environment, stdoutIsTerminal: terminal,
      width: terminal ? terminalWidth(environment: environment) : nil, stderrIsTerminal: StandardStream.error.isTerminal)
    context.exitsAfterOutput = true
    return context
  }

  /// The terminal width: `ioctl(TIOCGWINSZ)` on stdout, else `COLUMNS`, else 80.
  public static func terminalWidth(environment: [String: String]) -> Int {
    if let size = StandardStream.output.windowSize, size.columns > 0 { return size.columns }
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    return 80
  }
}
