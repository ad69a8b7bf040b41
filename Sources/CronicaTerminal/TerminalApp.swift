import CNcurses
import CronicaUI
import Foundation

/// Runs the browser full-screen on the terminal until the user quits.
public enum TerminalApp {
  public enum Ending: Sendable, Equatable {
    /// The user quit (`q`, `Q`): exit status 0.
    case quit
    /// The user pressed Ctrl-C: exit status 130, as for an interrupted program.
    case interrupted
    /// The corpus snapshot was changed on disk by another process while the browser read it.
    case snapshotChanged
    /// The corpus behind the preview could not be loaded: the message is the command's error.
    case loadFailed(message: String, status: Int32)
  }

  /// Starts curses, runs the input → reduce → present loop, and restores the terminal on every exit path.
  ///
  /// Throws when standard input/output is not a terminal, `TERM` is missing, or ncurses does not
  /// know the terminal, and (with `whileRunning` set) when an error ends the running browser,
  /// after the terminal is restored. When a signal whose default action ends the process
  /// (SIGTERM, SIGHUP, SIGUSR1…) ends the loop, the terminal is restored first and the process
  /// then dies by that signal (exit status 128 + n).
  public static func run(browser: Browser, options: TerminalOptions = TerminalOptions()) throws(TerminalError)
    -> Ending
  {
    let environment = ProcessInfo.processInfo.environment
    guard let term = environment["TERM"], !term.isEmpty else { throw .termMissing }
    guard cn_is_terminal() != 0 else { throw .notATerminal }
    let outcome: BrowserLoop.Outcome
    do {
      let screen = try CursesScreen(term: term, options: options, environment: environment)
      defer { screen.stop() }
      var loop = BrowserLoop(
        browser: browser, options: options, colorCapacity: screen.colorCapacity, display: screen.display)
      outcome = loop.run(on: screen)
    }
    // The screen has been stopped (the terminal restored) by now.
    switch outcome {
    case .quit: return .quit
    case .interrupted: return .interrupted
    case .snapshotChanged: return .snapshotChanged
    case .loadFailed(let message, let status): return .loadFailed(message: message, status: status)
    case .signal(let number): cn_reraise(Int32(number))
    case .failed(let error): throw error
    }
  }
}
