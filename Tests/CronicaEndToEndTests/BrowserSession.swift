import CronicaTestSupport
import Foundation

/// The real `cronica browse` running in a tmux pane under an interactive shell.
///
/// A driver script records `stty -g` before and after the run, the browser's pid, its exit
/// status, and the idle count the browser writes (`CRONICA_IDLE_FILE`), all in a private folder.
struct BrowserSession {
  let tmux: Tmux
  let folder: URL

  /// Starts a shell in a fresh tmux server at the given size and runs the browser in it.
  ///
  /// - Parameters:
  ///   - environment: extra variables for the browser (`CRONICA_DEBUG_CRASH=1`).
  ///   - prelude: shell lines run just before the browser, in its shell (`ulimit -f 16`).
  static func start(
    width: Int, height: Int, environment: [String: String] = [:], prelude: String = ""
  ) async throws -> BrowserSession {
    let binary = try CronicaBinary.path()
    let folder = try TemporaryFolder("e2e").url
    let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(quoted($0.value))\n" }.joined()
    let driver = """
      trap '' INT
      cd \(quoted(folder.path))
      stty -g > before
      export CRONICA_IDLE_FILE=\(quoted(folder.appendingPathComponent("idle").path))
      \(exports)\(prelude)
      bash -c 'echo $$ > pid; exec "$0" browse' \(quoted(binary))
      code=$?
      stty -g > after
      printf 'cronica exited %s\\n' "$code"
      echo "$code" > status.tmp && mv status.tmp status

      """
    try driver.write(to: folder.appendingPathComponent("driver.sh"), atomically: true, encoding: .utf8)
    let shell = "env PS1='$ ' TERM=screen LANG=C.UTF-8 LC_ALL=C.UTF-8 bash --norc --noprofile -i"
    let tmux = try Tmux.start(width: width, height: height, command: shell)
    let session = BrowserSession(tmux: tmux, folder: folder)
    do {
      try tmux.type("bash \(quoted(folder.appendingPathComponent("driver.sh").path))")
      try tmux.send("Enter")
      try await session.waitForIdle(count: 0)
    } catch {
      session.close()
      throw error
    }
    return session
  }

  /// Single-quotes a string for the shell.
  static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  private func read(_ name: String) -> String? {
    guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The number of input events the browser has handled, as of its last idle moment.
  var idleCount: Int? { read("idle").flatMap { Int($0) } }

  /// Waits until the browser is idle having handled at least `count` input events.
  @discardableResult
  func waitForIdle(count: Int) async throws -> Int {
    try await poll("the browser to be idle after \(count) input events") {
      idleCount.flatMap { $0 >= count ? $0 : nil }
    }
  }

  /// Sends keys and waits until the browser has handled them.
  func press(_ keys: String...) async throws {
    let before = idleCount ?? 0
    for key in keys { try tmux.send(key) }
    try await waitForIdle(count: before + keys.count)
  }

  /// Types text (one input event per character) and waits until the browser has handled it.
  func typeText(_ text: String) async throws {
    let before = idleCount ?? 0
    try tmux.type(text)
    try await waitForIdle(count: before + text.count)
  }

  /// Sends one xterm (X10) mouse report, as the terminal would, and waits until it is handled.
  ///
  /// - Parameter button: 0 left press, 3 release, 64 wheel up, 65 wheel down; x and y from 0.
  func mouse(button: Int, x: Int, y: Int) async throws {
    let before = idleCount ?? 0
    let report = [32 + button, 33 + x, 33 + y].compactMap(Unicode.Scalar.init).map(String.init).joined()
    try tmux.type("\u{1B}[M" + report)
    try await waitForIdle(count: before + 1)
  }

  /// The browser's process id.
  var pid: pid_t? { read("pid").flatMap { pid_t($0) } }

  /// Waits for the browser to exit and returns its exit status as the shell reports it.
  func waitForExit() async throws -> Int {
    try await poll("the browser to exit") { read("status").flatMap { Int($0) } }
  }

  /// `stty -g` before and after the browser ran.
  var sttyBeforeAndAfter: (before: String?, after: String?) { (read("before"), read("after")) }

  /// Waits until the screen contains `text` and returns it.
  @discardableResult
  func waitForScreen(containing text: String) async throws -> String {
    try await poll("the screen to show \(text)") {
      let screen = try tmux.capture()
      return screen.contains(text) ? screen : nil
    }
  }

  /// Kills this test's tmux server and removes the folder.
  func close() {
    tmux.kill()
    try? FileManager.default.removeItem(at: folder)
  }
}
