import CronicaTestSupport
import Foundation
import Glibc

/// Why an end-to-end step failed, with what was seen.
struct EndToEndError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Runs a command and returns its standard output; throws with stderr when it fails.
@discardableResult
func runCommand(_ executable: String, _ arguments: [String]) throws -> String {
  let result = try ExternalTool.run(executable, arguments)
  guard result.status == 0 else {
    throw EndToEndError("\(executable) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
  }
  return result.stdout
}

/// One private tmux server (its own socket) holding one detached session of a fixed size.
struct Tmux {
  /// The tmux executable.
  let executable: String
  /// The socket name, unique per test (`cronica-test-<pid>-<uuid>`, the test process's id first).
  let socket: String
  /// The session (and target) name.
  let target = "e2e"

  /// Starts a server with no user configuration and a session running `command` at the given size.
  static func start(width: Int, height: Int, command: String) throws -> Tmux {
    guard let executable = ExternalTool.find("tmux") else { throw EndToEndError("tmux is not installed") }
    _ = staleServersStopped
    let tmux = Tmux(executable: executable, socket: "cronica-test-\(getpid())-\(UUID().uuidString)")
    try tmux.run([
      "-f", "/dev/null", "new-session", "-d", "-s", tmux.target, "-x", "\(width)", "-y", "\(height)", command,
    ])
    try tmux.run(["set-option", "-t", tmux.target, "status", "off"])
    return tmux
  }

  /// Runs a tmux command on this server.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    try runCommand(executable, ["-u", "-L", socket] + arguments)
  }

  /// Sends named keys (`Enter`, `C-c`, `Escape`, `F12`, `j`).
  func send(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }

  /// Types text literally.
  func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

  /// The visible screen as text lines.
  func capture() throws -> String { try run(["capture-pane", "-p", "-t", target]) }

  /// The visible screen with attribute escape sequences, to see where the highlight is.
  func captureWithAttributes() throws -> String { try run(["capture-pane", "-p", "-e", "-t", target]) }

  /// A pane format such as `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Done once per test run, before its first server starts.
  private static let staleServersStopped: Void = {
    if let executable = ExternalTool.find("tmux") { stopStaleServers(executable: executable) }
  }()

  /// Stops the servers of earlier test runs whose test process is gone, and removes their sockets.
  /// An interrupted `swift test` cannot stop its own, and their browsers would go on running; a
  /// server whose test process lives (this run's, or another run's) is never touched.
  static func stopStaleServers(executable: String) {
    let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix("cronica-test-") {
      let parts = name.split(separator: "-")
      guard parts.count > 3, let pid = Int32(parts[2]), pid != getpid(), Glibc.kill(pid, 0) != 0, errno == ESRCH else { continue }
      _ = try? ExternalTool.run(executable, ["-L", name, "kill-server"])
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
  }

  /// Stops this test's server (never another one) and removes its socket file.
  func kill() {
    let socketPath = try? display("#{socket_path}")
    _ = try? run(["kill-server"])
    if let socketPath, socketPath.contains(socket) { try? FileManager.default.removeItem(atPath: socketPath) }
  }
}

/// Polls `condition` every 10 ms until it returns a value or `seconds` pass.
@discardableResult
func poll<T>(
  _ what: String, seconds: Double = 20, _ condition: () throws -> T?
) async throws -> T {
  let deadline = Date().addingTimeInterval(seconds)
  while true {
    if let value = try condition() { return value }
    if Date() > deadline { throw EndToEndError("timed out after \(seconds)s waiting for \(what)") }
    try await Task.sleep(for: .milliseconds(10))
  }
}
