import Foundation
import CronicaTestSupport

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
    let folder = try TemporaryFolder("child").url
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let err = folder.appendingPathComponent("err").path
    let started = Date()
    let pid = try spawn(executable, arguments, stdout: out, stderr: err, environment: environment)
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peakKB = 0
    let program = URL(fileURLWithPath: executable).resolvingSymlinksInPath().path
    while true {
      peakKB = max(peakKB, highWaterKB(of: pid, running: program))
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

  /// The peak resident set (`VmHWM`) of a running process in KB, or 0 once it has exited or
  /// while it does not yet run `program` (a child spawned with vfork shares this process's memory
  /// until its exec, and showed this test process's 2.3 GB under ASan as its own peak).
  static func highWaterKB(of pid: pid_t, running program: String) -> Int {
    guard (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) == program,
      let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  /// Starts a child with default signal dispositions, stdin from /dev/null and output to files.
  static func spawn(
    _ executable: String, _ arguments: [String], stdout: String, stderr: String, environment: [String: String] = [:]
  ) throws -> pid_t {
    var env = ProcessInfo.processInfo.environment
    env["CRONICA_CORPUS"] = nil
    // Under `swift test --sanitize=address` the children are ASan builds too. LeakSanitizer would
    // turn a 4 KB leak inside Foundation's `Data(contentsOf:)` of an empty file (not ours, see
    // docs/reliability.md) into exit status 1; memory errors still abort the child.
    env["ASAN_OPTIONS"] = "detect_leaks=0"
    for (key, value) in environment { env[key] = value }
    do {
      return try CleanSpawn.start(executable, arguments, stdout: stdout, stderr: stderr, environment: env)
    } catch {
      throw HostileError(error.description)
    }
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
