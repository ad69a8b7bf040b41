import Foundation

/// A value computed once, on another thread when asked to start, else by its first reader.
///
/// `value` waits while another thread computes it, so every reader sees the same value as if it
/// had been computed first; only the moment of the work moves (after the first frame, say).
///
/// `@unchecked Sendable`: the only mutable state, `stage`, is read and written under `condition`.
final class Pending<Value: Sendable>: @unchecked Sendable {
  /// Where the computation is.
  private enum Stage {
    case waiting(@Sendable () -> Value)
    case running
    case done(Value)
  }

  private let condition = NSCondition()
  private var stage: Stage

  /// Prepares the computation; nothing runs until `start()` or the first `value`.
  init(_ compute: @escaping @Sendable () -> Value) {
    stage = .waiting(compute)
  }

  /// Starts computing on a thread of its own, unless it has started already.
  func start() {
    guard let compute = claim() else { return }
    Thread.detachNewThread { [self] in finish(compute()) }
  }

  /// The value: computed now on this thread if nobody started it, else once it is ready.
  var value: Value {
    if let compute = claim() { finish(compute()) }
    condition.lock()
    defer { condition.unlock() }
    while true {
      if case .done(let value) = stage { return value }
      condition.wait()
    }
  }

  /// The value if it has been computed, without waiting or starting anything.
  var finished: Value? {
    condition.lock()
    defer { condition.unlock() }
    if case .done(let value) = stage { return value }
    return nil
  }

  /// True while another thread computes the value (reading `value` now would wait).
  var isRunning: Bool {
    condition.lock()
    defer { condition.unlock() }
    if case .running = stage { return true }
    return false
  }

  /// Takes the computation if it has not started (marking it running), else nil.
  private func claim() -> (@Sendable () -> Value)? {
    condition.lock()
    defer { condition.unlock() }
    guard case .waiting(let compute) = stage else { return nil }
    stage = .running
    return compute
  }

  /// Stores the value and wakes every waiting reader.
  private func finish(_ value: Value) {
    condition.lock()
    stage = .done(value)
    condition.broadcast()
    condition.unlock()
  }
}
