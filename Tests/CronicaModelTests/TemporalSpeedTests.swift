import CronicaModel
import Foundation
import Testing

/// Tagging speed on news text made by repeating and permuting the seed articles' paragraphs.
///
/// The size defaults to 1 MB; set `CRONICA_TEMPORAL_BENCH_MB=10` for the figure in docs/extraction.md.
@Suite struct TemporalSpeedTests {
  /// The paragraphs of the five seed articles.
  static func paragraphs() throws -> [String] {
    var result: [String] = []
    for document in try TemporalFixtures.gold() where document.id.count == 3 {
      let text = try TemporalFixtures.text(of: document)
      result += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
    return result
  }

  @Test func tagsMegabytesOfNewsTextInLinearTime() throws {
    let megabytes = Int(ProcessInfo.processInfo.environment["CRONICA_TEMPORAL_BENCH_MB"] ?? "") ?? 1
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    let paragraphs = try Self.paragraphs()
    let published = EDTFDate.fixture("2017-05-24")
    // Expressions per paragraph, tagged alone: the big text must find exactly their sum.
    let perParagraph = paragraphs.map { tagger.tag($0, published: published, mode: .news).count }
    var generator = SplitMix(seed: 7)
    var text = ""
    var expected = 0
    let target = megabytes * 1_000_000
    while text.utf8.count < target {
      for index in paragraphs.indices.shuffled(using: &generator) {
        text += paragraphs[index] + "\n\n"
        expected += perParagraph[index]
      }
    }
    let clock = ContinuousClock()
    var found: [TemporalExpression] = []
    let elapsed = clock.measure { found = tagger.tag(text, published: published, mode: .news) }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let size = Double(text.utf8.count) / 1_000_000
    print(String(format: "Temporal tagging: %.2f MB in %.3f s (%.1f MB/s), %d expressions", size, seconds, size / seconds, found.count))
    #expect(found.count == expected)
  }
}

/// A small deterministic random generator for reproducible permutations.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
