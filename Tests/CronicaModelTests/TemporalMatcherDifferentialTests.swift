import Foundation
import Testing

@testable import CronicaModel

/// The temporal matcher against its behaviour before issue 17 joined its two passes (a plain-data
/// probe, then the capturing match): on the three gold sets, every pattern that matches at every
/// token, with its extent and captures, and every expression tagged, must be what the old code
/// recorded in `Fixtures/temporal/matches-before-17.txt` (RECORD_TEMPORAL_BASELINE=1 writes it;
/// it was written once, by the old matcher, and is not to be re-recorded by the new one).
@Suite struct TemporalMatcherDifferentialTests {
  static let sets = [("gold.json", "articles"), ("heldout.json", "heldout"), ("heldout2.json", "heldout2")]
  static let baseline = TemporalFixtures.folder.appendingPathComponent("matches-before-17.txt")

  /// One line per pattern that matches at a token (with what it captured, or that its conditions
  /// refused it), one per tagged expression.
  static func lines(tagger: TemporalTagger, id: String, text: String, published: EDTFDate?, mode: TemporalMode) -> [String] {
    var lines: [String] = []
    let prepared = TemporalText(text, abbreviations: tagger.rules.abbreviations)
    let ids = prepared.tokens.indices.map { prepared.tokens[$0].kind == .number ? -1 : tagger.vocabulary.ids[prepared.lower($0)] ?? -1 }
    let plain = ids.withUnsafeBufferPointer { TemporalMatcher.tokens(prepared, ids: $0) }
    var path: [Int] = []
    for t in prepared.tokens.indices {
      for p in tagger.vocabulary.candidates(in: plain, at: t) where tagger.matcher.walk(p, plain, at: t, path: &path) != nil {
        let rule = tagger.rules.patterns[p].id
        guard let state = tagger.match(p, in: prepared, tokens: plain, at: t, path: &path) else {
          lines.append("\(id) t\(t) \(rule) fails its conditions")
          continue
        }
        let captures = state.captures.pairs.sorted { $0.key < $1.key }.map { key, value in
          switch value {
          case .number(let n): "\(key)=\(n)"
          case .code(let c): "\(key)='\(c)'"
          }
        }
        lines.append(
          "\(id) t\(t) \(rule) tokens \(state.first)-\(state.last) end \(state.end) plural \(String(describing: state.unitPlural)) "
            + captures.joined(separator: " "))
      }
    }
    for expression in tagger.tag(text, published: published, mode: mode) {
      lines.append(
        "\(id) tagged \(expression.utf8Range) '\(expression.text)' \(expression.value ?? "-") \(expression.type) "
          + "\(expression.mod.map { "\($0)" } ?? "-") \(expression.anchor) \(expression.rule)")
    }
    return lines
  }

  @Test func theMatcherMatchesWhatItMatchedBefore() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var lines: [String] = []
    for (file, folder) in Self.sets {
      for document in try TemporalFixtures.gold(file) {
        lines += Self.lines(
          tagger: tagger, id: "\(folder)/\(document.id)", text: try TemporalFixtures.text(of: document, in: folder),
          published: try TemporalFixtures.published(document), mode: TemporalMode(rawValue: document.mode) ?? .news)
      }
    }
    let text = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_TEMPORAL_BASELINE"] == "1" {
      try text.write(to: Self.baseline, atomically: true, encoding: .utf8)
    }
    let recorded = try String(contentsOf: Self.baseline, encoding: .utf8)
    #expect(lines.count > 500, "the gold sets exercise the matcher")
    let before = recorded.split(separator: "\n", omittingEmptySubsequences: false)
    let after = text.split(separator: "\n", omittingEmptySubsequences: false)
    for change in after.difference(from: before).prefix(20) {
      switch change {
      case .remove(_, let line, _): Issue.record("no longer: \(line)")
      case .insert(_, let line, _): Issue.record("new: \(line)")
      }
    }
    #expect(recorded == text)
  }
}
