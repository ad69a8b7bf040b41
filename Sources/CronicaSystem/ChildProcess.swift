import Glibc
import SystemPackage

/// Starting and waiting for child processes (`posix_spawn`, `waitpid`), without a shell.
public enum ChildProcess {
  public enum Ending: Sendable, Equatable {
    case exited(Int32)
    case signalled(Int32)

    /// The exit status, or 128 + the signal, as a shell reports it.
    public var status: Int32 {
      switch self {
      case .exited(let code): code
      case .signalled(let signal): 128 + signal
      }
    }
  }

  /// Starts `executable` (a path) and returns its pid; `environment` nil passes this process's own.
  /// Output and error files are created or truncated (mode 0600). Retries while the executable is
  /// busy (ETXTBSY): a file just written stays so while a child another thread forked meanwhile
  /// holds its write descriptor, until that child calls exec.
  public static func start(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    defaultSignals: [Int32] = [], clearSignalMask: Bool = false, newProcessGroup: Bool = false,
    standardInput: String? = nil, standardOutput: String? = nil, standardError: String? = nil
  ) throws(SystemFailure) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let standardInput { posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0) }
    for (number, path) in [(Int32(1), standardOutput), (2, standardError)] {
      if let path { posix_spawn_file_actions_addopen(&actions, number, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var flags: Int32 = 0
    var signals = sigset_t()
    sigemptyset(&signals)
    if clearSignalMask {
      posix_spawnattr_setsigmask(&attributes, &signals)
      flags |= POSIX_SPAWN_SETSIGMASK
    }
    if !defaultSignals.isEmpty {
      for signal in defaultSignals { sigaddset(&signals, signal) }
      posix_spawnattr_setsigdefault(&attributes, &signals)
      flags |= POSIX_SPAWN_SETSIGDEF
    }
    if newProcessGroup {
      posix_spawnattr_setpgroup(&attributes, 0)
      flags |= POSIX_SPAWN_SETPGROUP
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp ?? [] { free(pointer) }
    }
    var pid: pid_t = 0
    var busyRetries = 200
    while true {
      let result =
        if let envp { posix_spawn(&pid, executable, &actions, &attributes, argv, envp) } else {
          posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        }
      if result == 0 { return pid }
      if result == EINTR { continue }
      guard result == ETXTBSY, busyRetries > 0 else {
        throw SystemFailure("start", executable, .system(Errno(rawValue: result)))
      }
      busyRetries -= 1
      usleep(10_000)
    }
  }

  /// Waits for a child to end. With `deadline` (seconds from now) it kills the child with SIGKILL
  /// (its whole group when `group`) once that has passed, and still waits for it.
  public static func wait(for pid: pid_t, name: String, deadline seconds: Double? = nil, group: Bool = false)
    throws(SystemFailure) -> Ending
  {
    var status: Int32 = 0
    let deadline = seconds.map { ContinuousClock.now + .nanoseconds(Int($0 * 1e9)) }
    var killed = false
    while true {
      var result: pid_t = 0
      try SystemCall.run("wait for", name) {
        result = waitpid(pid, &status, deadline == nil || killed ? 0 : WNOHANG)
        return result
      }
      if result == pid { break }
      if let deadline, ContinuousClock.now > deadline {
        kill(group ? -pid : pid, SIGKILL)
        killed = true
      } else {
        usleep(5_000)
      }
    }
    // WIFEXITED / WEXITSTATUS are macros: decode the wait status by hand.
    let signal = status & 0x7F
    return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }

  /// The executable a program name means: itself when it has a slash, else the first match on `path`.
  public static func resolve(_ program: String, path: String) -> String? {
    if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
    return path.split(separator: ":").map { "\($0)/\(program)" }.first { access($0, X_OK) == 0 }
  }
}
