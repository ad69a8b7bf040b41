import CNcurses
import CronicaUI

/// The real terminal through ncurses: start, read, draw and restore.
///
/// A non-`Sendable` class owned by the run loop, so curses is only ever used from one place.
final class CursesScreen: TerminalDevice {
  /// True while curses owns the terminal.
  private(set) var isActive = false
  /// How many colour pairs are usable (0 when colour is off).
  private(set) var colorCapacity = 0
  /// What the terminal can draw: Unicode (a UTF-8 locale) and 256 colours.
  private(set) var display = DisplayCapabilities()

  /// Starts curses on the terminal named by `term`, configured for the browser.
  init(term: String, options: TerminalOptions, environment: [String: String]) throws(TerminalError) {
    cn_set_locale()
    display.unicode = cn_locale_is_utf8() != 0
    if let log = CrashLog.prepare(environment: environment) { cn_set_crash_log(log.path) }
    cn_install_signal_handlers()
    guard cn_start(term) == 0 else {
      cn_restore_signal_handlers()
      throw .unknownTerminal(term)
    }
    isActive = true
    cn_configure_input(Int32(options.escapeDelay))
    _ = cn_enable_mouse()
    if options.usesColor(environment: environment, terminalHasColors: true) {
      colorCapacity = Int(cn_start_color())
      display.colors256 = colorCapacity > 0 && cn_color_count() >= 256
    }
  }

  var size: Size { Size(width: Int(cn_cols()), height: Int(cn_lines())) }

  /// Waits up to `timeout` milliseconds (0 polls) for one input and decodes it.
  func read(timeout: Int) -> ReadResult {
    cn_set_timeout(Int32(timeout))
    var code: UInt32 = 0
    let status: ReadStatus
    switch cn_read(&code) {
    case 0: status = .character
    case 1: status = .keyCode
    default: return .timeout
    }
    var mouse: RawMouse?
    if status == .keyCode, code == KeyCodes.curses.mouse {
      var x: Int32 = 0
      var y: Int32 = 0
      let kinds: [Int32: MouseEvent.Kind] = [1: .press, 2: .wheelUp, 3: .wheelDown]
      let kind = cn_read_mouse(&x, &y)
      mouse = RawMouse(kind: kinds[kind], x: Int(x), y: Int(y))
    }
    guard let event = KeyDecoder.decode(status: status, code: code, size: size, mouse: mouse) else {
      return .ignored
    }
    return .event(event)
  }

  func draw(symbol: String, x: Int, y: Int, attributes: CellAttributes, pair: Int) {
    let scalars = symbol.unicodeScalars.map(\.value)
    scalars.withUnsafeBufferPointer { buffer in
      cn_put_cell(Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count), attributes.rawValue, Int32(pair))
    }
  }

  func definePair(_ pair: Int, _ combination: ColorPalette.Combination) -> Bool {
    let foreground = combination.foreground.map { Int32($0.index) } ?? -1
    let background = combination.background.map { Int32($0.index) } ?? -1
    return cn_init_pair(Int32(pair), foreground, background) == 0
  }

  func clearAll() { cn_clear() }

  func flush() { cn_refresh() }

  /// Stops the process as Ctrl-Z does, restoring the terminal while stopped; returns once continued.
  func suspend() {
    cn_suspend()
    _ = cn_take_continued()
  }

  func pauseForProgram() { cn_pause() }

  func resumeAfterProgram() { cn_resume() }

  func takeTerminatingSignal() -> Int { Int(cn_take_terminating_signal()) }

  func takeStopRequest() -> Bool { cn_take_stop_request() != 0 }

  func takeContinued() -> Bool { cn_take_continued() != 0 }

  /// Restores the terminal and the previous signal handlers. Safe to call more than once.
  func stop() {
    guard isActive else { return }
    isActive = false
    cn_stop()
    cn_restore_signal_handlers()
  }

  deinit { stop() }
}

enum ReadResult: Hashable, Sendable {
  case timeout
  /// Input arrived but means nothing to the UI.
  case ignored
  case event(InputEvent)
}
