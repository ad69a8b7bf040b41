import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A finished child process: status, output and resource use.
struct ChildResult: Sendable {
  /// Exit status, or 128 + signal; -1 when killed for exceeding the time bound.
  var status: Int32
  var stdout: String
  var stderr: String
  /// Wall-clock seconds.
  var seconds: Double
  /// Peak resident memory in MB: the child's `VmHWM`, polled from /proc while it runs (wait4's
  /// `ru_maxrss` is useless here: it starts from the parent's size, inherited across exec).
  var peakMB: Double
  /// True when the child was killed at the time bound.
  var timedOut: Bool
}

/// Runs programs with posix_spawn, a time bound and peak-memory accounting.
enum ChildProcess {
  /// Runs `executable` with `arguments`; output goes through files; killed after `seconds`.
  static func run(
    _ executable: String, _ arguments: [String], seconds: Double = 30, environment: [String: String] = [:]
  ) throws -> ChildResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let err = folder.appendingPathComponent("err").path
    let started = Date()
    let pid = try spawn(executable, arguments, stdout: out, stderr: err, environment: environment)
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peakKB = 0
    while true {
      peakKB = max(peakKB, highWaterKB(of: pid))
      let result = wait4(pid, &status, WNOHANG, &usage)
      if result == pid { break }
      if result == -1, errno != EINTR { throw HostileError("wait4 failed: errno \(errno)") }
      if Date().timeIntervalSince(started) > seconds, !timedOut {
        kill(pid, SIGKILL)
        timedOut = true
      }
      usleep(2_000)
    }
    let signal = status & 0x7F
    let code = timedOut ? -1 : (signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    func read(_ path: String) -> String {
      String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
    }
    return ChildResult(
      status: code, stdout: read(out), stderr: read(err), seconds: Date().timeIntervalSince(started),
      peakMB: Double(peakKB) / 1024, timedOut: timedOut)
  }

  /// The peak resident set (`VmHWM`) of a running process in KB, or 0 once it has exited.
  static func highWaterKB(of pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  /// Starts a child with default signal dispositions, stdin from /dev/null and output to files.
  static func spawn(
    _ executable: String, _ arguments: [String], stdout: String, stderr: String, environment: [String: String] = [:]
  ) throws -> pid_t {
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
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var env = ProcessInfo.processInfo.environment
    env["CRONICA_CORPUS"] = nil
    // Under `swift test --sanitize=address` the children are ASan builds too. LeakSanitizer would
    // turn a 4 KB leak inside Foundation's `Data(contentsOf:)` of an empty file (not ours, see
    // docs/reliability.md) into exit status 1; memory errors still abort the child.
    env["ASAN_OPTIONS"] = "detect_leaks=0"
    for (key, value) in environment { env[key] = value }
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw HostileError("cannot start \(executable): error \(result)") }
    return pid
  }

  /// Finds a product built next to the test bundle (or in `.build/*/debug`).
  static func product(_ name: String) throws -> String {
    var urls: [URL] = []
    if let first = CommandLine.arguments.first {
      var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
      for _ in 0..<4 {
        urls.append(folder.appendingPathComponent(name))
        folder = folder.deletingLastPathComponent()
      }
    }
    let build = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build")
    for triple in ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).sorted() {
      urls.append(build.appendingPathComponent(triple).appendingPathComponent("debug").appendingPathComponent(name))
    }
    guard let found = urls.map(\.path).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw HostileError("\(name) not found; looked in:\n" + urls.map(\.path).joined(separator: "\n"))
    }
    return found
  }
}
