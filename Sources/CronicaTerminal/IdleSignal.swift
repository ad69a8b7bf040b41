import Foundation

/// Writes the number of input events handled to a file once the screen is up to date.
///
/// End-to-end tests poll this file instead of sleeping. Each write replaces the file atomically
/// (a temporary file renamed over it), so a reader never sees a partial number.
struct IdleSignal: Sendable {
  /// Where to write; nil disables the signal.
  let path: String?

  /// Records that `count` input events have been handled and the frame is presented.
  func write(_ count: Int) {
    guard let path else { return }
    let url = URL(fileURLWithPath: path)
    try? Data("\(count)\n".utf8).write(to: url, options: .atomic)
  }
}
