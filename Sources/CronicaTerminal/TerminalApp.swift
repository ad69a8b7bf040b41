import CronicaUI

/// How the interactive browser should run.
public struct TerminalOptions: Sendable {
  /// When set, after every input has been handled and the frame presented, the loop writes the
  /// number of input events handled so far to this file (an idle signal for end-to-end tests).
  public var idleFile: String?
  /// Force colour off (as `NO_COLOR` does); nil decides from the environment and the terminal.
  public var color: Bool?

  public init(idleFile: String? = nil, color: Bool? = nil) {
    self.idleFile = idleFile
    self.color = color
  }
}

/// Why the terminal could not be used.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Runs the browser full-screen on the terminal until the user quits.
public enum TerminalApp {
  /// Starts curses, runs the input → reduce → present loop, and restores the terminal on every exit path.
  ///
  /// BOOTSTRAP: replaced by the ncurses backend.
  public static func run(browser: Browser, options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
    throw TerminalError("the interactive browser is not built yet")
  }
}
