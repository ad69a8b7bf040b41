import CronicaModel
import Foundation
import Testing

/// Scores the temporal tagger on the gold set: recall, precision, value accuracy.
@Suite struct TemporalGoldTests {
  /// Figures over the whole gold set.
  struct Score {
    var gold = 0
    var tagged = 0
    var matched = 0
    var taggedMatching = 0
    var valueCorrect = 0
    var extentExact = 0
    var misses: [String] = []
    var wrongValues: [String] = []
    var spurious: [String] = []

    var recall: Double { Double(matched) / Double(max(gold, 1)) }
    var precision: Double { Double(taggedMatching) / Double(max(tagged, 1)) }
    var valueAccuracy: Double { Double(valueCorrect) / Double(max(matched, 1)) }
  }

  /// Tags every gold document and compares, with relaxed (overlapping) extents as in TempEval.
  static func score() throws -> Score {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var score = Score()
    for document in try TemporalFixtures.gold() {
      let text = try TemporalFixtures.text(of: document)
      let mode = TemporalMode(rawValue: document.mode) ?? .news
      let found = tagger.tag(text, published: try TemporalFixtures.published(document), mode: mode)
      let ranges = TemporalFixtures.goldRanges(document, in: text)
      score.gold += document.expressions.count
      score.tagged += found.count
      var used = Set<Int>()
      for (expression, range) in zip(document.expressions, ranges) {
        guard let range else {
          score.misses.append("\(document.id): '\(expression.text)' not in text")
          continue
        }
        let hit = found.indices.first { !used.contains($0) && found[$0].utf8Range.overlaps(range) }
        guard let hit else {
          score.misses.append("\(document.id): '\(expression.text)' (\(expression.value))")
          continue
        }
        used.insert(hit)
        score.matched += 1
        if found[hit].utf8Range == range { score.extentExact += 1 }
        if found[hit].value == expression.value {
          score.valueCorrect += 1
        } else {
          score.wrongValues.append(
            "\(document.id): '\(found[hit].text)' → \(found[hit].value ?? "unresolved"), gold \(expression.value)")
        }
      }
      for (index, expression) in found.enumerated() {
        if ranges.contains(where: { $0?.overlaps(expression.utf8Range) == true }) {
          score.taggedMatching += 1
        } else if !used.contains(index) {
          score.spurious.append("\(document.id): '\(expression.text)' → \(expression.value ?? "unresolved")")
        }
      }
    }
    return score
  }

  @Test func goldSetHasAtLeast120Expressions() throws {
    let documents = try TemporalFixtures.gold()
    let count = documents.reduce(0) { $0 + $1.expressions.count }
    #expect(count >= 120)
    for document in documents {
      let text = try TemporalFixtures.text(of: document)
      let ranges = TemporalFixtures.goldRanges(document, in: text)
      #expect(ranges.allSatisfy { $0 != nil }, "every gold expression of \(document.id) occurs in its text")
    }
  }

  @Test func taggerMeetsRecallAndValueAccuracyTargets() throws {
    let score = try Self.score()
    func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    print(
      """
      Temporal gold: \(score.gold) expressions, \(score.tagged) tagged, \(score.matched) matched, \
      \(score.extentExact) exact extents
      recall \(percent(score.recall)), precision \(percent(score.precision)), \
      value accuracy \(percent(score.valueAccuracy))
      """)
    for line in score.misses { print("  miss: \(line)") }
    for line in score.wrongValues { print("  wrong value: \(line)") }
    for line in score.spurious { print("  spurious: \(line)") }
    #expect(score.recall >= 0.95)
    #expect(score.valueAccuracy >= 0.90)
    #expect(score.precision >= 0.90)
  }
}
