import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation


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
    // posix_spawnp searches PATH from the environment the child gets: look the program up ourselves.
    guard let resolved = ChildProcess.resolve(program, path: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
    else { return "cannot open the address: \(program) was not found" }
    // The browser ignores SIGPIPE and SIGXFSZ for itself; the program it starts gets the defaults.
    let ending: ChildProcess.Ending
    do {
      let pid = try ChildProcess.start(
        resolved, Array(arguments.dropFirst()), environment: environment, defaultSignals: [SIGPIPE, SIGXFSZ])
      ending = try ChildProcess.wait(for: pid, name: program)
    } catch {
      return "cannot start \(program): \(error.reason)"
    }
    switch ending {
    case .exited(0): return nil
    case .exited(let code): return "\(program) exited with status \(code)"
    case .signalled(let signal): return "\(program) was killed by signal \(signal)"
    }
  }
}
