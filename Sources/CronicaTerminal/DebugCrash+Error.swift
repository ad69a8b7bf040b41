import CronicaUI

extension DebugCrash {
  /// The key that ends the browser with an error, under the same switch as the crash key.
  static let errorKey = Key.function(11)

  /// The error F11 ends the browser with when the switch is on; nil otherwise.
  ///
  /// Nothing in the browser throws after curses has started today, so this is the only way to
  /// exercise that exit path end to end: restore the terminal, then report the error and fail.
  static func error(for event: InputEvent, enabled: Bool) -> TerminalError? {
    guard enabled, event == .key(errorKey) else { return nil }
    return TerminalError(
      "deliberate error from F11 (CRONICA_DEBUG_CRASH is set); unset CRONICA_DEBUG_CRASH to turn the debug keys off",
      whileRunning: true)
  }
}
