import CronicaTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A bash script run to completion in a scratch folder of its own: `$CRONICA` is the built
/// binary, `$SOURCE` the checkout's bundled corpus, the XDG cache and state folders lie inside the
/// scratch folder, and the script runs in a process group of its own with a clean signal state,
/// killed whole if it overruns its deadline (a hang is a failure, not a stuck test run). Its
/// standard input is /dev/null (`CleanSpawn`).
struct ShellScript {
  /// The scratch folder (the script's working directory).
  let folder: URL

  /// The checkout's `Resources/corpus`.
  static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Resources/corpus")

  init() throws {
    folder = try TemporaryFolder("shell").url
  }

  /// Removes the scratch folder.
  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// The path of a file in the folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// A file's text ("" when missing).
  func text(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }

  /// Runs `script` and returns its exit status, or nil when it was still running after `seconds`
  /// (then its whole process group is killed). Its own stdout and stderr go to `script.out` and
  /// `script.err`.
  @discardableResult
  func run(_ script: String, environment extra: [String: String] = [:], seconds: Double = 60) throws -> Int32? {
    var environment = ProcessInfo.processInfo.environment
    environment["CRONICA_CORPUS"] = nil
    environment["CRONICA_SNAPSHOTS"] = nil
    environment["CRONICA_SNAPSHOT_MIN_EVENTS"] = nil
    environment["CRONICA"] = try CronicaBinary.path()
    environment["SOURCE"] = Self.source.path
    environment["XDG_CACHE_HOME"] = path("cache")
    environment["XDG_STATE_HOME"] = path("state")
    for (key, value) in extra { environment[key] = value }
    let pid: pid_t
    do {
      pid = try CleanSpawn.start(
        "/bin/bash", ["-c", "cd \"$0\" || exit 99\n" + script, folder.path], stdout: path("script.out"),
        stderr: path("script.err"), environment: environment, newProcessGroup: true)
    } catch {
      throw EndToEndError(error.description)
    }
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result == -1, errno != EINTR { throw EndToEndError("waitpid failed: errno \(errno)") }
      if Date() > deadline {
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return nil
      }
      usleep(5_000)
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
