import CronicaModel
import CronicaUI
import Foundation

/// The terminal as the loop sees it: a screen that also reads input, reports signals and suspends.
///
/// `CursesScreen` is the real one; tests drive the loop with a scripted fake.
protocol TerminalDevice: TerminalScreen {
  var size: Size { get }
  /// Waits up to `timeout` milliseconds (0 polls) for one input.
  func read(timeout: Int) -> ReadResult
  /// Stops the process as Ctrl-Z does; returns once continued.
  func suspend()
  /// The pending terminating signal number, cleared; 0 when none.
  func takeTerminatingSignal() -> Int
  /// Whether SIGTSTP arrived since the last call.
  func takeStopRequest() -> Bool
  /// Whether SIGCONT arrived since the last call.
  func takeContinued() -> Bool
  /// Hands the terminal to another program (curses off) until `resumeAfterProgram`.
  func pauseForProgram()
  /// Takes the terminal back after `pauseForProgram`.
  func resumeAfterProgram()
}

/// The synchronous render → present → read → handle loop.
struct BrowserLoop {
  enum Outcome: Hashable, Sendable {
    case quit
    /// The user interrupted the browser (Ctrl-C).
    case interrupted
    /// The corpus snapshot being read was changed on disk by another process.
    case snapshotChanged
    /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP or SIGQUIT).
    case signal(Int)
    /// An error ended the browser; it is reported once the terminal is restored.
    case failed(TerminalError)
    /// The corpus behind the preview could not be loaded (the message says why).
    case loadFailed(message: String, status: Int32)
  }

  /// How long one wait for input lasts, so signal flags are polled at least this often.
  static let pollInterval = 100
  /// Present at least once per this many events even while input keeps arriving.
  static let maxBatch = 32

  var browser: Browser
  var presenter: Presenter
  let idle: IdleSignal
  let debugCrash: Bool
  /// Performs file and program effects.
  var host: EffectHost
  /// Input events handled so far (keys, mouse, resizes).
  private(set) var handled = 0
  /// Told once the search index is built (see `TerminalOptions.afterIndexBuilt`).
  let afterIndexBuilt: (@Sendable (EventIndex) -> Void)?
  /// Actions from other threads (background work's results, notes), handled as they arrive.
  let inbox: ActionInbox
  /// Loads the corpus behind a preview (see `TerminalOptions.loadCorpus`).
  let loadCorpus: (@Sendable (Int) -> Action)?
  /// Runs a job of background work on a thread of its own; scripted tests decide when instead.
  var runInBackground: (@escaping @Sendable () -> Void) -> Void = { Thread.detachNewThread($0) }

  /// Said once at start when the locale cannot show Unicode.
  static let asciiMessage = Message(
    text: "the locale is not UTF-8: drawing in ASCII (set LANG=C.UTF-8 or another UTF-8 locale for accents and lines)",
    isError: false)

  /// What the terminal can draw, told to the UI before the first frame.
  let display: DisplayCapabilities

  init(browser: Browser, options: TerminalOptions, colorCapacity: Int, display: DisplayCapabilities = .init()) {
    self.browser = browser
    self.display = display
    self.presenter = Presenter(palette: ColorPalette(capacity: colorCapacity))
    self.idle = IdleSignal(path: options.idleFile)
    self.debugCrash = options.debugCrash
    self.afterIndexBuilt = options.afterIndexBuilt
    self.inbox = options.inbox
    self.loadCorpus = options.loadCorpus
    self.host = EffectHost(options: options)
  }

  /// Runs until the UI quits, a terminating signal arrives or an error ends it.
  mutating func run(on screen: some TerminalDevice) -> Outcome {
    predefineColors(on: screen)
    _ = browser.handle(.resize(screen.size))
    _ = browser.perform(.setDisplay(display))
    let loaded = host.loadMarks()
    if !loaded.marks.isEmpty { _ = browser.perform(.setMarks(loaded.marks)) }
    let searches = host.loadSearches()
    if !searches.searches.isEmpty { _ = browser.perform(.setSearchHistory(searches.searches)) }
    if !display.unicode { _ = browser.perform(.notify(Self.asciiMessage)) }
    if let message = loaded.message ?? searches.message { _ = browser.perform(.notify(message)) }
    var dirty = true
    var batch = 0
    var backgroundStarted = false
    while true {
      let signal = screen.takeTerminatingSignal()
      if signal != 0 { return .signal(signal) }
      // Before anything is drawn from it again (one fstat; a truncation that faults first is
      // caught by FaultGuard with the same message).
      if browser.corpus.events.snapshotChangedOnDisk() { return .snapshotChanged }
      if screen.takeStopRequest() { suspend(screen) }
      if screen.takeContinued() { presenter.invalidate() }
      if presenter.last == nil { dirty = true }
      for action in inbox.take() {
        if let outcome = perform(browser.perform(action), on: screen) { return outcome }
        dirty = true
      }
      if dirty, batch >= Self.maxBatch { present(on: screen, batch: &batch) }
      switch screen.read(timeout: dirty ? 0 : Self.pollInterval) {
      case .timeout:
        if dirty {
          present(on: screen, batch: &batch)
          idle.write(handled)
          dirty = false
        } else if !backgroundStarted {
          // The first quiet moment after the first frame: the terminal has drawn it by now, so
          // the background work no longer competes with that for the cores.
          backgroundStarted = true
          if let outcome = perform(browser.perform(.startBackgroundWork), on: screen) { return outcome }
        }
      case .ignored:
        continue
      case .event(let event):
        if !backgroundStarted {
          // A key before that moment: start now, so that no key builds the index itself.
          backgroundStarted = true
          if let outcome = perform(browser.perform(.startBackgroundWork), on: screen) { return outcome }
        }
        DebugCrash.check(event, enabled: debugCrash)
        if let error = DebugCrash.error(for: event, enabled: debugCrash) { return .failed(error) }
        handled += 1
        batch += 1
        dirty = true
        if let outcome = perform(browser.handle(event), on: screen) { return outcome }
      }
    }
  }

  /// Performs effects in order; the outcome when one ends the loop.
  private mutating func perform(_ effects: [Effect], on screen: some TerminalDevice) -> Outcome? {
    for effect in effects {
      switch effect {
      case .quit: return .quit
      case .interrupt: return .interrupted
      case .suspend: suspend(screen)
      case .saveMarks(let ids):
        let saved = host.saveMarks(ids)
        // Marks another browser saved meanwhile are shown here too.
        if let merged = saved.marks, merged != Set(ids) { _ = browser.perform(.setMarks(merged)) }
        if let message = saved.message { _ = browser.perform(.notify(message)) }
      case .recordSearch(let search):
        if let message = host.recordSearch(search) { _ = browser.perform(.notify(message)) }
      case .export(let request):
        _ = browser.perform(host.export(request, of: browser.corpus))
      case .openURL(let address): open(address, on: screen)
      case .curate(let step):
        switch host.curate(step, corpus: browser.corpus) {
        case .success(let result): _ = browser.perform(.curated(result))
        case .failure(let failure): _ = browser.perform(.notify(failure.message))
        }
      case .background(let work):
        let inbox = inbox
        let afterIndexBuilt = afterIndexBuilt
        runInBackground {
          let result = work.run()
          inbox.send(result)
          if case .indexReady(let built) = result { afterIndexBuilt?(built.value) }
        }
      case .loadCorpus(let revision):
        let inbox = inbox
        guard let loadCorpus else {
          inbox.send(.corpusLoadFailed("the browser was given a preview but no way to load the corpus", status: 1))
          continue
        }
        runInBackground { inbox.send(loadCorpus(revision)) }
      case .loadFailed(let message, let status): return .loadFailed(message: message, status: status)
      }
    }
    return nil
  }

  private mutating func present(on screen: some TerminalDevice, batch: inout Int) {
    presenter.present(browser.render(), on: screen)
    batch = 0
  }

  /// Suspends (Ctrl-Z or SIGTSTP) and, once continued, prepares a full repaint at the current size.
  private mutating func suspend(_ screen: some TerminalDevice) {
    screen.suspend()
    presenter.invalidate()
    let size = screen.size
    if size != browser.size { _ = browser.handle(.resize(size)) }
  }

  /// Opens a web address with the terminal handed over to the browser program, then repaints fully.
  private mutating func open(_ address: String, on screen: some TerminalDevice) {
    screen.pauseForProgram()
    let problem = host.open(address)
    screen.resumeAfterProgram()
    presenter.invalidate()
    let size = screen.size
    if size != browser.size { _ = browser.handle(.resize(size)) }
    _ = browser.perform(.notify(problem ?? Message(text: "opened \(address)", isError: false)))
  }

  /// Defines pairs 1–8: the eight colours on the terminal's default background.
  private mutating func predefineColors(on screen: some TerminalDevice) {
    presenter.predefine(ColorPalette.basic, on: screen)
  }
}
