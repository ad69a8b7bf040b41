import Foundation
import Synchronization

/// A progress line on stderr (`building: 1200/2000 articles`), redrawn in place at most ten
/// times a second and cleared when the work is done. Only used when stderr is a terminal.
final class ProgressLine: Sendable {
  /// How many items there are.
  let total: Int
  /// What is counted, singular (`article`).
  let noun: String
  /// The count shown last and when, in nanoseconds of the monotonic clock.
  private let shown: Mutex<(count: Int, at: UInt64)> = Mutex((0, 0))

  init(total: Int, noun: String) {
    self.total = total
    self.noun = noun
  }

  /// Notes that `count` items are done (from any thread).
  func advance(to count: Int) {
    let now = DispatchTime.now().uptimeNanoseconds
    let draw = shown.withLock { state -> Bool in
      guard count > state.count, now - state.at >= 100_000_000 || count == total else { return false }
      state = (count, now)
      return true
    }
    if draw { write("\rbuilding: \(count)/\(total) \(noun)\(total == 1 ? "" : "s")") }
  }

  /// Clears the line.
  func finish() {
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
