import CNcurses
import CronicaUI
import Foundation

/// Runs the browser full-screen on the terminal until the user quits.
public enum TerminalApp {
  /// Starts curses, runs the input → reduce → present loop, and restores the terminal on every exit path.
  ///
  /// Throws when standard input/output is not a terminal, `TERM` is missing, or ncurses does not
  /// know the terminal. When SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the loop, the terminal is
  /// restored first and the process then dies by that signal (exit status 128 + n).
  public static func run(browser: Browser, options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
    let environment = ProcessInfo.processInfo.environment
    guard let term = environment["TERM"], !term.isEmpty else { throw .termMissing }
    guard cn_is_terminal() != 0 else { throw .notATerminal }
    let outcome: BrowserLoop.Outcome
    do {
      let screen = try CursesScreen(term: term, options: options, environment: environment)
      defer { screen.stop() }
      var loop = BrowserLoop(browser: browser, options: options, colorCapacity: screen.colorCapacity)
      outcome = loop.run(on: screen)
    }
    if case .signal(let number) = outcome { cn_reraise(Int32(number)) }
  }
}

/// The synchronous render → present → read → handle loop.
struct BrowserLoop {
  /// Why the loop ended.
  enum Outcome: Hashable, Sendable {
    /// The UI asked to quit.
    case quit
    /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP or SIGQUIT).
    case signal(Int)
  }

  /// How long one wait for input lasts, so signal flags are polled at least this often.
  static let pollInterval = 100
  /// Present at least once per this many events even while input keeps arriving.
  static let maxBatch = 32

  var browser: Browser
  var presenter: Presenter
  let idle: IdleSignal
  let debugCrash: Bool
  /// Input events handled so far (keys, mouse, resizes).
  private(set) var handled = 0

  init(browser: Browser, options: TerminalOptions, colorCapacity: Int) {
    self.browser = browser
    self.presenter = Presenter(palette: ColorPalette(capacity: colorCapacity))
    self.idle = IdleSignal(path: options.idleFile)
    self.debugCrash = options.debugCrash
  }

  /// Runs until the UI quits or a terminating signal arrives.
  mutating func run(on screen: CursesScreen) -> Outcome {
    predefineColors(on: screen)
    _ = browser.handle(.resize(screen.size))
    var dirty = true
    var batch = 0
    while true {
      let signal = Int(cn_take_terminating_signal())
      if signal != 0 { return .signal(signal) }
      if cn_take_stop_request() != 0 { suspend(screen) }
      if cn_take_continued() != 0 { presenter.invalidate() }
      if presenter.last == nil { dirty = true }
      if dirty, batch >= Self.maxBatch { present(on: screen, batch: &batch) }
      switch screen.read(timeout: dirty ? 0 : Self.pollInterval) {
      case .timeout:
        if dirty {
          present(on: screen, batch: &batch)
          idle.write(handled)
          dirty = false
        }
      case .ignored:
        continue
      case .event(let event):
        DebugCrash.check(event, enabled: debugCrash)
        handled += 1
        batch += 1
        dirty = true
        for effect in browser.handle(event) {
          switch effect {
          case .quit: return .quit
          case .suspend: suspend(screen)
          }
        }
      }
    }
  }

  /// Draws the current frame.
  private mutating func present(on screen: CursesScreen, batch: inout Int) {
    presenter.present(browser.render(), on: screen)
    batch = 0
  }

  /// Suspends (Ctrl-Z or SIGTSTP) and, once continued, prepares a full repaint at the current size.
  private mutating func suspend(_ screen: CursesScreen) {
    screen.suspend()
    presenter.invalidate()
    let size = screen.size
    if size != browser.size { _ = browser.handle(.resize(size)) }
  }

  /// Defines pairs 1–8: the eight colours on the terminal's default background.
  private mutating func predefineColors(on screen: CursesScreen) {
    presenter.predefine(ColorPalette.basic, on: screen)
  }
}
