import Testing

@testable import CronicaModel

/// `Parallel.joined` against `Array(runs.joined())`: every value once, in order, over empty runs,
/// one run, many runs, big runs.
@Suite struct ParallelJoinedTests {
  final class Box: Sendable {
    let number: Int
    init(_ number: Int) { self.number = number }
  }

  @Test func joinsTheRunsInOrder() {
    var generator = SplitMix(seed: 21)
    for round in 0..<60 {
      let runCount = [0, 1, 2, 3, 16, 40][round % 6]
      let sizes = (0..<runCount).map { _ in [0, 1, 7, 5_000][Int.random(in: 0..<4, using: &generator)] }
      var next = 0
      let runs = sizes.map { size in
        (0..<size).map { _ in
          next += 1
          return "\(next)-\(String(repeating: "é", count: next % 20))"
        }
      }
      let expected = Array(runs.joined())
      #expect(Parallel.joined(runs) == expected, "round \(round)")
    }
  }

  /// Class values given as the last references: every value once, in order. (Whether they were
  /// moved or copied no test here can tell: once the runs are consumed, each value is held once
  /// either way.)
  @Test func joinsTheLastReferencesInOrder() {
    var runs = [[Box]]()
    var number = 0
    for size in [3_000, 0, 1, 6_000] {
      runs.append((0..<size).map { _ in
        number += 1
        return Box(number)
      })
    }
    let joined = Parallel.joined(consume runs)
    #expect(joined.map(\.number) == Array(1...number))
  }
}
