// Speed measurement of the temporal tagger, optimized, outside SwiftPM (a measurement only).
//
//   M=Sources/CronicaModel
//   swiftc -O -wmo -module-name TemporalBench docs/extraction/bench-main.swift $M/Temporal/*.swift \
//     $M/PartialDate.swift $M/PartialDate+Parsing.swift $M/PartialDate+Codable.swift $M/Event.swift \
//     $M/Theme.swift $M/TextFolding.swift -o /tmp/tbench && /tmp/tbench .
//
// Builds ~10 MB of news text by shuffling the seed articles' paragraphs and tags it three times.
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// CPU seconds used by this process so far (the machine is shared: wall time varies with load).
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

let root = URL(fileURLWithPath: CommandLine.arguments[1])
let rules = try TemporalRules.load(from: root.appendingPathComponent("Resources/temporal"))
let tagger = TemporalTagger(rules: rules)
var paragraphs: [String] = []
for id in ["000", "001", "002", "003", "004"] {
  let text = try String(contentsOf: root.appendingPathComponent("Tests/CronicaModelTests/Fixtures/temporal/articles/\(id).txt"), encoding: .utf8)
  paragraphs += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
}
var generator = SystemRandomNumberGenerator()
var text = ""
while text.utf8.count < 10_000_000 {
  for index in paragraphs.indices.shuffled(using: &generator) { text += paragraphs[index] + "\n\n" }
}
let published = PartialDate(year: 2017, month: 5, day: 24)
for run in 1...3 {
  let clock = ContinuousClock()
  var count = 0
  let cpuBefore = cpuSeconds()
  let elapsed = clock.measure { count = tagger.tag(text, published: published, mode: .news).count }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let size = Double(text.utf8.count) / 1_000_000
  let cpu = cpuSeconds() - cpuBefore
  print(String(format: "run %d: %.2f MB in %.3f s wall, %.3f s CPU (%.1f MB/s CPU), %d expressions", run, size, seconds, cpu, size / cpu, count))
}
