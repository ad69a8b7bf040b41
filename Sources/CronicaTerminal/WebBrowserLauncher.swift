import CronicaModel
import CronicaUI
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a web address with `$BROWSER` (its first `:`-separated entry) or `xdg-open`, without a shell.
///
/// The command is split on spaces only; `%s` in it is replaced by the address, otherwise the address
/// is the last argument. Only http and https addresses are opened.
struct WebBrowserLauncher: Sendable {
  /// The environment `$BROWSER` and `PATH` come from.
  var environment: [String: String]

  /// The program and arguments that open `address` (`["xdg-open", address]` by default).
  func command(for address: String) -> [String] {
    let entry = (environment["BROWSER"] ?? "").split(separator: ":").first.map(String.init) ?? ""
    var words = entry.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return ["xdg-open", address] }
    if words.contains(where: { $0.contains("%s") }) {
      words = words.map { $0.replacingOccurrences(of: "%s", with: address) }
    } else {
      words.append(address)
    }
    return words
  }

  /// Runs the command for `address` and waits for it; nil on success, else what went wrong.
  func open(_ address: String) -> String? {
    guard WebAddress.isOpenable(address) else {
      return "not opening \(address): only http and https addresses are opened"
    }
    let arguments = command(for: address)
    guard let program = arguments.first else { return "cannot open the address: no browser command" }
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    // posix_spawnp searches PATH from the environment the child gets: look the program up ourselves.
    let resolved = Self.resolve(program, path: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
    guard let resolved else { return "cannot open the address: \(program) was not found" }
    // The browser ignores SIGPIPE and SIGXFSZ for itself; the program it starts gets the defaults.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGXFSZ)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let status = posix_spawn(&pid, resolved, nil, &attributes, argv, envp)
    guard status == 0 else { return "cannot start \(program): \(String(cString: strerror(status)))" }
    var waitStatus: Int32 = 0
    while waitpid(pid, &waitStatus, 0) < 0 {
      if errno != EINTR { return "lost track of \(program): \(String(cString: strerror(errno)))" }
    }
    let exited = waitStatus & 0x7f == 0
    let code = (waitStatus >> 8) & 0xff
    if !exited { return "\(program) was killed by signal \(waitStatus & 0x7f)" }
    return code == 0 ? nil : "\(program) exited with status \(code)"
  }

  /// The executable a program name means: itself when it has a slash, else the first match on the path.
  static func resolve(_ program: String, path: String) -> String? {
    if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
    for folder in path.split(separator: ":") {
      let candidate = String(folder) + "/" + program
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
