import Testing

import CronicaModel

/// `Parallel.ranges` cuts `0..<count` into contiguous ranges that start at 0, end at `count`, and
/// are no more than `perCore` for each core nor shorter than `minimum` (unless there is one).
@Suite struct ParallelRangesTests {
  @Test(arguments: [1, 8])
  func rangesCoverEveryElementOnce(perCore: Int) {
    for count in [0, 1, 7, 8, 63, 64, 100, 1_000, 100_003] {
      for minimum in [1, 8, 64] {
        let ranges = Parallel.ranges(of: count, minimum: minimum, perCore: perCore)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == count, "\(count) by \(minimum)")
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.count <= Parallel.width * perCore)
        #expect(ranges.count == 1 || ranges.allSatisfy { $0.count >= minimum })
      }
    }
  }
}
