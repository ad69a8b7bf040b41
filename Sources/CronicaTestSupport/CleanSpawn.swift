import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGPIPE, SIGCHLD, SIGWINCH, SIGTTIN, SIGTTOU] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    if newProcessGroup {
      posix_spawnattr_setpgroup(&attributes, 0)
      flags |= POSIX_SPAWN_SETPGROUP
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp ?? [] { free(pointer) }
    }
    var pid: pid_t = 0
    let result =
      if let envp { posix_spawn(&pid, executable, &actions, &attributes, argv, envp) } else {
        posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
      }
    guard result == 0 else { throw SpawnError("cannot start \(executable): error \(result)") }
    return pid
  }

  /// Waits for a child and returns its exit status, or 128 + the signal that ended it; with
  /// `seconds`, kills it (SIGKILL) when it runs longer.
  public static func wait(for pid: pid_t, name: String, seconds: Double? = nil) throws(SpawnError) -> Int32 {
    var status: Int32 = 0
    let deadline = seconds.map { Date().addingTimeInterval($0) }
    var killed = false
    while true {
      let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
      if result == pid { break }
      if result == -1 {
        guard errno == EINTR else { throw SpawnError("waitpid failed for \(name): errno \(errno)") }
        continue
      }
      if let deadline, !killed, Date() > deadline {
        kill(pid, SIGKILL)
        killed = true
      }
      usleep(10_000)
    }
    // WIFEXITED / WEXITSTATUS are macros: decode the wait status by hand.
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }
}
