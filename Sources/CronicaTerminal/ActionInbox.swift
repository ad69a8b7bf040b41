import CronicaUI
import Foundation

/// Actions other threads send the browser: the results of background work and notes for the
/// status line. The loop takes them at its next turn (at least every poll interval), so the
/// state machine only ever changes on its thread.
///
/// `@unchecked Sendable`: the only state, `pending`, is read and written under `lock`.
public final class ActionInbox: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [Action] = []

  public init() {}

  public func send(_ action: Action) {
    lock.withLock { pending.append(action) }
  }

  /// The actions sent since the last call, oldest first.
  func take() -> [Action] {
    lock.withLock {
      defer { pending = [] }
      return pending
    }
  }
}
