import Foundation

/// A value computed on another thread so that the first frame does not wait for it.
///
/// `value` waits until it is ready, so every reader sees the same value as if it had been
/// computed first; only the moment of the wait moves (to the first search, say).
///
/// `@unchecked Sendable`: the only mutable state, `computed`, is read and written under `condition`.
final class Pending<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var computed: Value?

  /// Starts computing; with `inBackground: false` the value is computed before `init` returns.
  init(inBackground: Bool, _ compute: @escaping @Sendable () -> Value) {
    guard inBackground else {
      computed = compute()
      return
    }
    Thread.detachNewThread { [self] in
      let value = compute()
      condition.lock()
      computed = value
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The value, once computed.
  var value: Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let computed { return computed }
      condition.wait()
    }
  }
}
