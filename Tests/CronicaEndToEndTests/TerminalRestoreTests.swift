import CronicaTestSupport
import Foundation
import Testing

/// Both fixed sizes the brief asks for.
let sizes: [(Int, Int)] = [(120, 40), (80, 24)]

/// Checks the terminal is back to how the shell had it: same `stty -g`, normal screen, cursor
/// shown, mouse reporting off.
func expectRestored(_ session: BrowserSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let stty = session.sttyBeforeAndAfter
  #expect(stty.before != nil, "stty -g before was not recorded", sourceLocation: sourceLocation)
  #expect(stty.before == stty.after, "stty -g differs after the browser exited", sourceLocation: sourceLocation)
  #expect(
    try session.tmux.display("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
  #expect(try session.tmux.display("#{cursor_flag}") == "1", "cursor still hidden", sourceLocation: sourceLocation)
  #expect(
    try session.tmux.display("#{mouse_any_flag}") == "0", "mouse reporting still on", sourceLocation: sourceLocation)
}

@Suite("End-to-end: start and restore (tmux)")
struct TerminalRestoreTests {
  @Test("opens full screen and shows the events", arguments: sizes)
  func opens(width: Int, height: Int) async throws {
    let session = try await BrowserSession.start(width: width, height: height)
    defer { session.close() }
    let screen = try session.tmux.capture()
    #expect(screen.contains("events"), "screen:\n\(screen)")
    #expect(try session.tmux.display("#{alternate_on}") == "1")
    #expect(try session.tmux.display("#{cursor_flag}") == "0")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("q quits: shell prompt back and terminal restored", arguments: sizes)
  func quitWithQ(width: Int, height: Int) async throws {
    let session = try await BrowserSession.start(width: width, height: height)
    defer { session.close() }
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    let screen = try await poll("the shell prompt after the browser") {
      let screen = try session.tmux.capture()
      let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      return screen.contains("cronica exited 0") && lines.last == "$" ? screen : nil
    }
    #expect(!screen.contains("events"), "the browser's screen is still showing:\n\(screen)")
    try expectRestored(session)
  }

  @Test("Ctrl-C quits, restores the terminal and exits 130 (interrupted)")
  func ctrlC() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    try session.tmux.send("C-c")
    #expect(try await session.waitForExit() == 130)
    try expectRestored(session)
  }

  /// Every signal whose default action ends the process: the first four, then those that left
  /// the terminal dirty before issue 14, and the first and last real-time signals (34 and 64
  /// with glibc on Linux).
  static let terminatingSignals: [Int32] = [
    SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGPROF, SIGSYS, SIGPWR, SIGIO,
    SIGSTKFLT, 34, 64,
  ]

  @Test("a terminating signal restores the terminal and exits with 128+n", arguments: terminatingSignals)
  func terminatingSignal(signal: Int32) async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    let pid = try #require(session.pid)
    #expect(kill(pid, signal) == 0)
    #expect(try await session.waitForExit() == 128 + Int(signal))
    try expectRestored(session)
  }

  @Test("SIGXFSZ is ignored (a write past ulimit -f fails with EFBIG instead): the browser goes on")
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

  @Test("a crash (Swift trap) restores the terminal through the fatal-signal handler")
  func crash() async throws {
    let state = try TemporaryFolder("crash").url
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(
      width: 80, height: 24, environment: ["CRONICA_DEBUG_CRASH": "1", "XDG_STATE_HOME": state.path])
    defer { session.close() }
    try session.tmux.send("F12")
    let status = try await session.waitForExit()
    #expect([128 + Int(SIGILL), 128 + Int(SIGTRAP)].contains(status), "exit status \(status)")
    try expectRestored(session)
    // The user is told what happened and where the log is; the log names the signal.
    let log = state.appendingPathComponent("cronica/crash.log")
    let screen = try session.tmux.capture().replacingOccurrences(of: "\n", with: "")
    #expect(screen.contains("cronica crashed (signal"), "\(screen)")
    #expect(screen.contains("crash.log"), "\(screen)")
    let text = try String(contentsOf: log, encoding: .utf8)
    #expect(text.hasPrefix("cronica crashed: signal "), "\(text)")
  }

  @Test("an error after curses started: terminal restored, then the error on stderr, then status 1")
  func errorExit() async throws {
    let session = try await BrowserSession.start(
      width: 80, height: 24, environment: ["CRONICA_DEBUG_CRASH": "1"])
    defer { session.close() }
    try session.tmux.send("F11")
    #expect(try await session.waitForExit() == 1)
    try expectRestored(session)
    // The shell's own report of $? follows the error. Had the error been printed before the
    // restore, it would have gone with the alternate screen; here it stays on the shell's screen.
    let screen = try await poll("the shell's report of the exit status") {
      let screen = try session.tmux.capture().replacingOccurrences(of: "\n", with: "")
      return screen.contains("cronica exited 1") ? screen : nil
    }
    let error = screen.range(of: "Error: the browser stopped: deliberate error from F11")
    let report = screen.range(of: "cronica exited 1")
    #expect(error != nil, "the error is not on the screen:\n\(screen)")
    if let error, let report { #expect(error.upperBound < report.lowerBound, "\(screen)") }
    #expect(!screen.contains("events"), "the browser's screen is still showing:\n\(screen)")
  }

  @Test("F12 does nothing without the crash switch")
  func noCrashWithoutSwitch() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    try await session.press("F12")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("Ctrl-Z suspends to the shell with the terminal restored; fg redraws")
  func suspendAndResume() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    let tmux = session.tmux
    try tmux.send("C-z")
    try await session.waitForScreen(containing: "Stopped")
    #expect(try tmux.display("#{alternate_on}") == "0")
    #expect(try tmux.display("#{cursor_flag}") == "1")
    #expect(try tmux.display("#{mouse_any_flag}") == "0")
    try tmux.type("fg")
    try tmux.send("Enter")
    try await poll("the browser to redraw after fg") {
      try tmux.display("#{alternate_on}") == "1" && tmux.capture().contains("events") ? true : nil
    }
    #expect(try tmux.display("#{cursor_flag}") == "0")
    try tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }

  @Test("SIGTSTP from outside suspends like Ctrl-Z")
  func externalStop() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    let pid = try #require(session.pid)
    #expect(kill(pid, SIGTSTP) == 0)
    try await session.waitForScreen(containing: "Stopped")
    #expect(try session.tmux.display("#{alternate_on}") == "0")
    try session.tmux.type("fg")
    try session.tmux.send("Enter")
    try await poll("the browser to redraw after fg") {
      try session.tmux.display("#{alternate_on}") == "1" && session.tmux.capture().contains("events") ? true : nil
    }
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }

  @Test("Esc is handled at once (no ESCDELAY wait)")
  func escapeLatency() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    // Esc is timed against a plain key sent the same way, so a loaded machine slows both alike:
    // with ncurses' default ESCDELAY every Esc would take a second more than the plain key.
    func latency(of key: String) async throws -> Double {
      let before = session.idleCount ?? 0
      let start = Date()
      try session.tmux.send(key)
      try await session.waitForIdle(count: before + 1)
      return Date().timeIntervalSince(start)
    }
    var escapes: [Double] = []
    var plain: [Double] = []
    // Eight pairs, so one quiet moment is enough on a loaded machine; the bound sits below the
    // default ESCDELAY's full second, which a regression adds to every Esc.
    for _ in 0..<8 {
      escapes.append(try await latency(of: "Escape"))
      plain.append(try await latency(of: "j"))
    }
    let best = (escapes.min() ?? 1) - (plain.min() ?? 0)
    #expect(best < 0.8, "Esc latencies: \(escapes), plain key: \(plain)")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("a resize reaches the browser, and a resize storm down to 1x1 and back does not crash it")
  func resize() async throws {
    let session = try await BrowserSession.start(width: 80, height: 24)
    defer { session.close() }
    try session.tmux.resize(width: 100, height: 30)
    try await session.waitForIdle(count: 1)
    for (width, height) in [(1, 1), (2, 1), (10, 3), (300, 100), (1, 1), (120, 40), (80, 24)] {
      try session.tmux.resize(width: width, height: height)
    }
    try await session.waitForScreen(containing: "events")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }
}
