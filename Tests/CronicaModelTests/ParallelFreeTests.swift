import Synchronization
import Testing

import CronicaModel

/// `Parallel.free` frees every value once, before it returns (never later, on a thread of its own:
/// freeing behind the caller's back contended with its rendering).
@Suite struct ParallelFreeTests {
  final class Counter: Sendable {
    let freed = Atomic<Int>(0)
  }

  final class Tracked: Sendable {
    let counter: Counter
    init(_ counter: Counter) { self.counter = counter }
    deinit { counter.freed.add(1, ordering: .relaxed) }
  }

  @Test func freesEveryValueBeforeReturning() {
    for count in [0, 1, 4_095, 20_001] {
      let counter = Counter()
      Parallel.free((0..<count).map { _ in Tracked(counter) })
      #expect(counter.freed.load(ordering: .relaxed) == count, "\(count) values")
    }
  }
}
