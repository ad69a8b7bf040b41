import Synchronization
import Testing

@testable import CronicaModel

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

  /// Each piece gets exactly its range's values, in order (popped from the end of its share),
  /// empty ranges included.
  @Test func movesEachRangeToItsPiece() {
    let values = Array(0..<10)
    let ranges = [0..<3, 3..<3, 3..<10]
    let got = Parallel.map(moving: values, ranges: ranges) { piece, share -> [Int] in
      var taken: [Int] = []
      while let value = share.popLast() { taken.append(value) }
      return taken
    }
    #expect(got == [[0, 1, 2], [], Array(3..<10)])
  }
}
