import CronicaUI

/// A hidden switch that crashes on purpose so tests can prove the terminal survives a crash.
///
/// Enabled only by `TerminalOptions.debugCrash` (the `CRONICA_DEBUG_CRASH` environment variable);
/// then F12 ends the program with a Swift trap (SIGILL on x86_64, SIGTRAP on arm64), which the
/// fatal-signal handler must turn back into a usable terminal, and F11 ends it with an error
/// (`DebugCrash+Error.swift`).
enum DebugCrash {
  /// The key that triggers the crash.
  static let key = Key.function(12)

  /// Crashes when the switch is on and the key is the trigger key.
  static func check(_ event: InputEvent, enabled: Bool) {
    guard enabled, event == .key(key) else { return }
    trap()
  }

  /// A Swift runtime trap, the way a real bug (overflow, bad index) would end the program.
  private static func trap() -> Never {
    fatalError("CRONICA_DEBUG_CRASH: deliberate crash to test terminal restore")
  }
}
