import CronicaSystem
import Foundation

/// Where a crash is logged: `$XDG_STATE_HOME/cronica/crash.log` (next to the marks files).
enum CrashLog {
  /// Creates the state folder and returns the log's URL, or nil when there is no usable home.
  static func prepare(environment: [String: String]) -> URL? {
    guard let folder = MarksStore.folder(environment: environment) else { return nil }
    do {
      try Folder.create(folder.path)
    } catch {
      return nil
    }
    return folder.appendingPathComponent("crash.log")
  }
}
