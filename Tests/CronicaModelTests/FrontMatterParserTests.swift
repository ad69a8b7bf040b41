import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// One libyaml parser set back after each file reads every front matter as a new parser does:
/// the same fields, positions, problems and messages, in any order of good and bad inputs.
@Suite struct FrontMatterParserTests {
  /// What one parse gave, as text to compare.
  static func reading(_ text: String, parser: FrontMatter.Parser) -> [String] {
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let matter = FrontMatter.parse(text, file: "a.md", parser: parser, problems: &problems, warnings: &warnings)
    let fields = FrontMatter.Field.allCases.map { field in
      matter.scalar(field).map { "\(field.rawValue)=\($0.value)@\($0.position)" } ?? "\(field.rawValue) none"
    }
    return fields + [
      "authors \(matter.authors.map { "\($0)" } ?? "none")", "present \(matter.present)", "body \(matter.body)",
    ] + problems.map { "problem \($0)" } + warnings.map { "warning \($0)" }
  }

  /// Pieces of front matter lines, good and bad: fields, lists, flow mappings, anchors and
  /// aliases, directives, tags, quotes, documents, tabs, control and non-ASCII characters.
  static let pieces = [
    "id: a", "title: A title", "title_supplied: yes", "outlet: O", "authors: [One, Two]", "authors:\n  - One\n  - Two",
    "authors: One", "published: 2020-01-02", "published_display: Jan 2020", "date_basis: stated", "url: https://x.org",
    "mode: news", "note: x", "note:\n  deep: [1, [2, {a: b}]]", "? [a, b]\n: x", "title: &t T", "outlet: *t", "? *t\n: v",
    "%TAG !e! tag:example.com,2000:\n---", "%YAML 1.1\n---", "title: !e!x T", "title: !!str T", "--- second", "...",
    "title: \"open", "title: 'single'", "title: \"a\\u00e9b\"", "\t- One", "title: a\u{1}b", "title: 東京 🚨",
    "title: |\n  block\n  text", "title: >\n  folded", "{id: f, title: F}", "[a, b]", "- x", "id", ":", "title:",
    "  indented: x", "id: x  # comment", "\u{FEFF}id: bom", "title: \u{85}nel", "id: a\nid: b", "", " ",
  ]

  /// Texts made of 0–8 random pieces, with or without the front matter's lines, the same every run.
  static func randomTexts(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(seed: seed)
    return (0..<count).map { _ in
      let yaml = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined(separator: "\n")
      switch Int.random(in: 0..<10, using: &generator) {
      case 0: return yaml
      case 1: return "---\n" + yaml
      default: return "---\n" + yaml + "\n---\nThe body.\n"
      }
    }
  }

  /// The fixtures' article files, the hostile texts and the front matter tests' inputs.
  static func fixedTexts() throws -> [String] {
    let tests = try #require(URL(string: #filePath)).deletingLastPathComponent().deletingLastPathComponent()
    var texts: [String] = []
    if let walk = FileManager.default.enumerator(atPath: tests.path) {
      for case let path as String in walk where path.hasSuffix(".md") {
        texts.append(try String(contentsOfFile: tests.appendingPathComponent(path).path, encoding: .utf8))
      }
    }
    try #require(texts.count >= 15, "the fixtures' article files were not found under \(tests.path)")
    return texts + [
      FrontMatterFaultTests.bomb(levels: 6), "---\nid: x\ntitle: \(Fixtures.hostileText)\n---\nBody.\n",
      "---\nid: x\n" + String(repeating: "note: \(String(repeating: "x", count: 100))\n", count: 700) + "---\nBody.\n",
      "---\nid: a\ntitle: T\nid: b\n---\n", "---\nid: x\n--- [*t]\n---\n", "---\n---\n", "---\n", "no front matter\n",
      // A tag directive that reaches `reset` (its document is refused at the alias, not broken).
      "---\n%TAG !e! tag:e.org,2000:\n--- {title: &a T, outlet: *a}\n---\nBody.\n",
    ]
  }

  @Test("one parser set back after each file reads as a new parser for each file")
  func reusedParserReadsAsNew() throws {
    let texts = try Self.fixedTexts() + Self.randomTexts(count: 4_000, seed: 2026_12_06)
    // libyaml's reuse: every text goes to libyaml and `reset`, none to the plain reader.
    let shared = FrontMatter.Parser(readsPlainLines: false)
    var failures = 0
    for text in texts + texts.reversed() {
      let reused = Self.reading(text, parser: shared)
      // A new parser's memory filled with a pattern: a shared parser that read stale bytes of an
      // earlier file would read them where the new one reads the pattern.
      let fresh = Self.reading(text, parser: FrontMatter.Parser(filling: 0xA5, readsPlainLines: false))
      if reused != fresh {
        failures += 1
        if failures <= 5 { Issue.record("\(text.debugDescription): \(reused) against \(fresh)") }
      }
    }
    #expect(failures == 0)
    // The inputs reach every way a walk ends: fields, refusals, libyaml's syntax errors.
    let all = texts.flatMap { Self.reading($0, parser: FrontMatter.Parser()) }
    for expected in ["aliases", "given twice", "invalid YAML front matter", "cannot be read", "second YAML document", "title=A title@"] {
      #expect(all.contains { $0.contains(expected) }, "no input gave \(expected)")
    }
  }

  @Test("a field's place is its place among the cases")
  func fieldPlaces() {
    #expect(FrontMatter.Field.allCases.map(\.place) == Array(FrontMatter.knownFields.indices))
    #expect(FrontMatter.Field.allCases.count == 10)
  }
}
