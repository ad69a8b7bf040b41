import CronicaTestSupport
import Foundation

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
  /// The socket name, unique per test (`cronica-test-<uuid>`).
  let socket: String
  /// The session (and target) name.
  let target = "e2e"

  /// Starts a server with no user configuration and a session running `command` at the given size.
  static func start(width: Int, height: Int, command: String) throws -> Tmux {
    guard let executable = ExternalTool.find("tmux") else { throw EndToEndError("tmux is not installed") }
    let tmux = Tmux(executable: executable, socket: "cronica-test-\(UUID().uuidString)")
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
