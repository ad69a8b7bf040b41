import CronicaUI
import Foundation

/// Messages posted by other threads for the browser's status line; the loop takes them at its
/// next turn (at least every poll interval), so the state machine only ever changes on its thread.
///
/// `@unchecked Sendable`: the only state, `pending`, is read and written under `lock`.
public final class StatusNotes: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [Message] = []

  public init() {}

  /// Posts a note (not an error: the browser goes on).
  public func post(_ text: String) {
    lock.withLock { pending.append(Message(text: text, isError: false)) }
  }

  /// The notes posted since the last call, oldest first.
  func take() -> [Message] {
    lock.withLock {
      defer { pending = [] }
      return pending
    }
  }
}
