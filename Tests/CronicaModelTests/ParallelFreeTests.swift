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

/// `Parallel.map(moving:)` moves values to the cores: given the last reference to an array, each
/// share holds the only reference to each of its values (a second reference to the array, as
/// `Corpus(articles:proposals:themes:)` once kept, made it copy every value, retaining each).
@Suite struct ParallelMovingTests {
  final class Box: Sendable {}

  @Test(arguments: [1, 4_095, 20_001])
  func theLastReferenceIsMovedNotCopied(count: Int) {
    let values = (0..<count).map { _ in Box() }
    let ranges = Parallel.ranges(of: count, minimum: 4_096)
    let shared = Parallel.map(moving: consume values, ranges: ranges) { _, share in
      var unique = 0
      while var box = share.popLast() {
        if isKnownUniquelyReferenced(&box) { unique += 1 }
      }
      return unique
    }
    #expect(shared.reduce(0, +) == count)
  }

  /// The same with a copy of the array kept by the caller: every value is shared (what the test
  /// above would see if the move became a copy).
  @Test func aKeptCopyMakesEveryValueShared() {
    let values = (0..<5_000).map { _ in Box() }
    let kept = values
    let unique = Parallel.map(moving: consume values, ranges: [0..<2_500, 2_500..<5_000]) { _, share in
      var unique = 0
      while var box = share.popLast() {
        if isKnownUniquelyReferenced(&box) { unique += 1 }
      }
      return unique
    }
    #expect(unique == [0, 0])
    #expect(kept.count == 5_000)
  }
}
