import Foundation
import Testing

/// Issue 14, point 3: every signal whose default action ends the process restores the terminal
/// before it does (then the browser dies by it: status 128 + n). SIGXFSZ is ignored instead (a
/// write past `ulimit -f` fails with EFBIG and is reported), so it ends nothing.
@Suite("End-to-end: every terminating signal restores the terminal (tmux)")
struct SignalRestoreTests {
  /// Signals that used to leave the terminal dirty (the first four were handled already), and
  /// the first and last real-time signals (34 and 64 with glibc on Linux).
  static let signals: [Int32] = [
    SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGPROF, SIGSYS, SIGPWR, SIGIO, SIGSTKFLT, 34, 64,
  ]

  @Test("the terminal is restored and the process dies by the signal", arguments: signals)
  func terminatingSignal(signal: Int32) async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    let pid = try #require(session.pid)
    #expect(kill(pid, signal) == 0)
    #expect(try await session.waitForExit() == 128 + Int(signal))
    try expectRestored(session)
  }

  @Test("SIGXFSZ is ignored: the browser goes on, and q still restores the terminal")
  func fileSizeSignalIsIgnored() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    let pid = try #require(session.pid)
    #expect(kill(pid, SIGXFSZ) == 0)
    try await session.press("j")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }
}
