import CronicaSystem
import Foundation

public struct SpawnError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}

/// Starts child processes for end-to-end tests with a clean signal state and output to files.
///
/// Not `Process`: the test runner's threads block signals and a child (or a tmux server it starts)
/// would inherit that mask, so `kill` could not reach it; and a daemon holding an output pipe keeps
/// `readDataToEndOfFile` waiting forever. Here the child gets an empty signal mask, default
/// dispositions, stdin from /dev/null and its output in files.
public enum CleanSpawn {
  /// Starts `executable` and returns its pid. `environment` nil keeps this process's environment.
  /// With `newProcessGroup` the child leads a process group of its own (`kill(-pid, …)` then
  /// reaches it and everything it started).
  public static func start(
    _ executable: String, _ arguments: [String], stdout: String, stderr: String, environment: [String: String]? = nil,
    newProcessGroup: Bool = false
  ) throws(SpawnError) -> pid_t {
    do {
      return try ChildProcess.start(
        executable, arguments, environment: environment,
        defaultSignals: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTTIN, SIGTTOU],
        clearSignalMask: true, newProcessGroup: newProcessGroup, standardInput: "/dev/null", standardOutput: stdout,
        standardError: stderr)
    } catch {
      throw SpawnError(error.description)
    }
  }

  /// Waits for a child and returns its exit status, or 128 + the signal that ended it; with
  /// `seconds`, kills it (SIGKILL; its whole process group with `group`) when it runs longer.
  public static func wait(for pid: pid_t, name: String, seconds: Double? = nil, group: Bool = false) throws(SpawnError)
    -> Int32
  {
    do {
      return try ChildProcess.wait(for: pid, name: name, deadline: seconds, group: group).status
    } catch {
      throw SpawnError(error.description)
    }
  }

  /// Writes an executable script (mode 0755) whose descriptor no concurrently started child can
  /// inherit (close-on-exec), so running it right after does not fail with "Text file busy".
  public static func writeScript(_ text: String, to url: URL) throws {
    try FileWriter.write(Data(text.utf8), to: url.path, permissions: [.ownerReadWriteExecute, .groupReadExecute, .otherReadExecute])
  }
}
