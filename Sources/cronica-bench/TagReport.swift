import CronicaModel
import Foundation

/// Times the temporal tagger alone on one text file (issue 7's "10 MB in under a second").
struct TagReport {
  /// The text to tag (cleaned article text, e.g. seeds repeated to 10 MB).
  var file: URL
  /// The folder of rule files (`Resources/temporal`).
  var rules: URL
  /// How many times to tag; the median and the range are reported.
  var runs: Int

  /// Loads the rules and the text, then tags the text `runs` times.
  func run() throws(BenchError) -> String {
    let rules: TemporalRules
    do {
      rules = try TemporalRules.load(from: self.rules)
    } catch {
      throw BenchError(error.description)
    }
    guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else {
      throw BenchError("cannot read \(file.path) as UTF-8 text")
    }
    let tagger = TemporalTagger(rules: rules)
    let published = PartialDate(year: 2020, month: 8).map(EDTFDate.init)
    var times: [Double] = []
    var count = 0
    for _ in 0..<max(1, runs) {
      let start = ContinuousClock.now
      count = tagger.tag(text, published: published, mode: .news).count
      times.append((ContinuousClock.now - start).milliseconds)
    }
    times.sort()
    let median = times[times.count / 2]
    let megabytes = Double(data.count) / 1_000_000
    return String(
      format: "tagged %.1f MB (%d expressions) in %.0f ms median (%.0f–%.0f ms, %d runs): %.1f MB/s",
      megabytes, count, median, times[0], times[times.count - 1], times.count, megabytes / (median / 1000))
  }
}
