import Foundation

/// Times blocks by wall clock and by this process's CPU time, and keeps the figures by name.
///
/// CPU time matters on a shared machine: wall time there includes waiting for a core.
struct Stopwatch {
  struct Figure {
    var name: String
    var value: Double
    var unit: String
  }

  /// The figures so far, in the order they were taken.
  var figures: [Figure] = []

  /// Runs `body` and records `<name>_ms` (wall) and `<name>_cpu_ms` (user + system CPU).
  mutating func time<T>(_ name: String, _ body: () throws(BenchError) -> T) throws(BenchError) -> T {
    let clock = ContinuousClock()
    let cpuStart = Self.cpuMilliseconds()
    let start = clock.now
    let result = try body()
    let wall = (clock.now - start).milliseconds
    figures.append(Figure(name: name + "_ms", value: wall, unit: "ms"))
    figures.append(Figure(name: name + "_cpu_ms", value: Self.cpuMilliseconds() - cpuStart, unit: "ms"))
    return result
  }

  /// Records a plain value (a count or a size).
  mutating func record(_ name: String, _ value: Double, unit: String = "") {
    figures.append(Figure(name: name, value: value, unit: unit))
  }

  /// CPU time used by this process so far, in milliseconds.
  static func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
  }
}

extension Duration {
  var milliseconds: Double {
    let parts = components
    return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
  }
}
