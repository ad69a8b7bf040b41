import CronicaSystem
import Foundation
import Synchronization

/// A progress line on stderr (`building: 1200/2000 articles`), redrawn in place at most ten
/// times a second and cleared when the work is done. Only used when stderr is a terminal.
final class ProgressLine: Sendable {
  let total: Int
  /// What is counted, singular (`article`).
  let noun: String
  /// Where the line goes (stderr; tests collect it).
  let output: @Sendable (String) -> Void
  /// The count shown last and when, in nanoseconds of the monotonic clock (nil: nothing yet).
  private let shown: Mutex<(count: Int, at: UInt64?)> = Mutex((0, nil))

  init(total: Int, noun: String, output: @escaping @Sendable (String) -> Void = { try? StandardStream.error.write($0) }) {
    self.total = total
    self.noun = noun
    self.output = output
  }

  /// Notes that `count` items are done (from any thread).
  func advance(to count: Int) {
    let now = DispatchTime.now().uptimeNanoseconds
    let draw = shown.withLock { state -> Bool in
      guard count > state.count else { return false }
      if let last = state.at, now - last < 100_000_000, count != total { return false }
      state = (count, now)
      return true
    }
    if draw { output("\rbuilding: \(count)/\(total) \(noun)\(total == 1 ? "" : "s")") }
  }

  func finish() {
    output("\r\u{1B}[K")
  }
}
