/// Why the terminal could not be used, or why the browser stopped.
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A sentence for the user saying what is wrong and what to do.
  public var message: String
  /// True when the error ended a running browser (curses had started and has been stopped);
  /// false when the browser could not start.
  public var whileRunning: Bool
  public init(_ message: String, whileRunning: Bool = false) {
    self.message = message
    self.whileRunning = whileRunning
  }
  public var description: String { message }

  /// `TERM` is not set, so no terminal description can be loaded.
  static let termMissing = TerminalError(
    "TERM is not set: cannot start the full-screen browser (set it, e.g. TERM=xterm-256color)")

  /// Standard input or output is not a terminal.
  static let notATerminal = TerminalError(
    "standard input and output must be a terminal to start the full-screen browser")

  /// ncurses has no description of the terminal named by `TERM`.
  static func unknownTerminal(_ name: String) -> TerminalError {
    TerminalError(
      "unknown terminal type '\(name)' (from TERM): no terminfo entry; try TERM=xterm-256color")
  }
}
