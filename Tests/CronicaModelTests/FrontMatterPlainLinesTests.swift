import CYaml
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// Front matter of plain `name: value` lines read without libyaml reads as libyaml reads it: the
/// same fields, values, places, problems and warnings; whatever the plain reader does not accept
/// goes to libyaml.
@Suite struct FrontMatterPlainLinesTests {
  /// Whether the plain reader accepts `yaml` (the text between the `---` lines).
  static func accepts(_ yaml: String) -> Bool {
    var yaml = yaml
    return yaml.withUTF8 { FrontMatter.PlainLines($0) != nil }
  }

  /// The YAML of a text made as `---\nYAML\n---\n…`, when it is one.
  static func yaml(of text: String) -> String? {
    // The closing line's feed may be the opening line's own (no YAML between).
    let start = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex)
    guard text.hasPrefix("---\n"), let start, let close = text[text.index(before: start)...].range(of: "\n---\n")
    else { return nil }
    return close.lowerBound < start ? "" : String(text[start..<close.lowerBound])
  }

  /// Names, separators and value pieces, good and bad: indicators first and inside, ': ', ' #',
  /// ':' at the end, quotes, tabs, spaces (doubled, leading, trailing), CR, line breaks and
  /// characters beyond ASCII that libyaml allows or refuses, empty values, long names.
  static let names = [
    "id", "title", "outlet", "published", "authors", "title_supplied", "mode", "url", "note", "x_1", "Title", "2020",
    "_", "-", "? x", "", "a b", "ïd", "id ", " id", "---", "...", "%YAML", String(repeating: "n", count: 64),
    String(repeating: "n", count: 65), "&a", "*a", "[a]", "{a}", "\"id\"", "'id'", "id#",
  ]
  static let separators = [": ", ": ", ": ", ":", ":  ", ":\t", " : ", ": \t", "\t: "]
  static let valuePieces = [
    "plain", "Council notes 1", "Gazette 1", "2008-07-13", "a0000001", "a: b", "a #b", "a#b", "x:", ":", "-1", "- x",
    "?q", "? q", ":v", ",c", "[l]", "[a, b]", "{m: n}", "#c", "&a", "*a", "!t", "!!str", "|", ">", "'q'", "\"q\"", "\"",
    "'", "%p", "@a", "`b", "  ", " ", "\t", "é", "東京", "🚨", "e\u{301}", "\u{85}", "\u{A0}", "\u{9F}", "\u{80}",
    "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{E000}", "\u{D7FF}", "\u{10FFFF}",
    "\u{1}", "\u{7F}", "\u{0}", "\r", "", "https://x.org/a?b=c#d", "One, Two", "---", "...", "~", "null", "a\\b",
    "--- x", "a:b", "a,b", "a]b", "a}b", "a'b", "a\"b",
  ]
  /// The plain lines' names and values, and near misses among them: tabs (libyaml drops a
  /// trailing tab and ends a value at a tab and `#`) and names at libyaml's 1,024-byte simple-key
  /// limit.
  static let plainNames = Array(names.prefix(10))
  static let plainValues = Array(valuePieces.prefix(5))
  static let nearNames = [String(repeating: "n", count: 1_024), String(repeating: "n", count: 1_025)]
  static let nearValues = ["a\t", "\t#c", "a\tb", "a\t#c", "a \tb", "a\t"]
  /// Whole lines that are not `name: value`: blank, comments, indented, lists, documents.
  static let otherLines = [
    "", " ", "# comment", "  indented: x", "authors:\n  - One\n  - Two", "authors: [One, Two]", "- x", "---", "...",
    "title:", "title: x\n  continued", "\t", "%TAG !e! tag:e.org,2000:", "? a\n: b", "{id: f}", "id: x # c",
  ]

  /// Random front matters of 1–7 lines, mostly `name: value` lines with values of 1–3 pieces,
  /// the same every run.
  static func randomTexts(count: Int, seed: UInt64) -> [String] {
    var generator = SplitMix(seed: seed)
    func pick(_ pieces: [String]) -> String { pieces.randomElement(using: &generator)! }
    return (0..<count).map { _ in
      let lines = (0..<Int.random(in: 1...7, using: &generator)).map { _ -> String in
        if Int.random(in: 0..<12, using: &generator) == 0 { return pick(otherLines) }
        // Mostly plain lines, so that most texts have a few nasty pieces among good ones.
        let plain = Int.random(in: 0..<3, using: &generator) > 0
        if plain {
          let near = Int.random(in: 0..<16, using: &generator)
          let name = pick(near == 0 ? nearNames : plainNames)
          let value = near == 1 ? pick(plainValues) + pick(nearValues) : pick(plainValues)
          return name + ": " + value
        }
        let value = (0..<Int.random(in: 1...3, using: &generator)).map { _ in pick(valuePieces) }.joined()
        return pick(names) + pick(separators) + value
      }
      return "---\n" + lines.joined(separator: "\n") + "\n---\nThe body.\n"
    }
  }

  /// Front matters whose values are the seed articles' lines (real text: quotes, colons, dashes,
  /// non-ASCII), and the seed articles as they are.
  static func seedTexts() throws -> [String] {
    var texts: [String] = []
    for origin in CleaningFixtures.origins {
      let raw = try CleaningFixtures.raw(origin)
      texts.append(raw)
      for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
        texts.append("---\nid: x\ntitle: \(line)\noutlet: \(line.prefix(40))\n---\nBody.\n")
      }
    }
    return texts
  }

  /// The events the plain reader gives for `yaml`, to the stream's end: their types, and a
  /// scalar's line, column and bytes.
  static func plainEvents(_ yaml: String) -> [String] {
    var yaml = yaml
    return yaml.withUTF8 { buffer in
      guard var lines = FrontMatter.PlainLines(buffer) else { return ["not accepted"] }
      var events: [String] = []
      while events.count < 10_000 {
        let event = lines.next()
        events.append(describe(event.type, line: event.line, column: event.column, bytes: event.bytes))
        if event.type == YAML_STREAM_END_EVENT || event.type == YAML_NO_EVENT { break }
      }
      return events
    }
  }

  /// The events libyaml gives for `yaml` (`yaml_parser_parse`), described as `plainEvents`.
  static func libyamlEvents(_ yaml: String) -> [String] {
    var yaml = yaml
    return yaml.withUTF8 { buffer in
      FrontMatter.Parser(readsPlainLines: false).parse(buffer) { parser in
        var events: [String] = []
        while events.count < 10_000 {
          var event = yaml_event_t()
          guard yaml_parser_parse(parser, &event) == 1 else {
            events.append("error \(parser.pointee.error.rawValue)")
            break
          }
          defer { yaml_event_delete(&event) }
          let bytes =
            event.type == YAML_SCALAR_EVENT
            ? UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
            : UnsafeBufferPointer(start: nil, count: 0)
          events.append(
            describe(event.type, line: Int(event.start_mark.line), column: Int(event.start_mark.column), bytes: bytes))
          if event.type == YAML_STREAM_END_EVENT || event.type == YAML_NO_EVENT { break }
        }
        return events
      } ?? ["no parser"]
    }
  }

  static func describe(_ type: yaml_event_type_t, line: Int, column: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard type == YAML_SCALAR_EVENT else { return "\(type.rawValue)" }
    return "scalar \(line):\(column) \(Array(bytes))"
  }

  @Test("the plain reader reads as libyaml wherever it accepts, over fixtures, seeds, hostile and random texts")
  func readsAsLibyaml() throws {
    let hostile = Fixtures.hostileText.split(separator: " ").map { "---\nid: x\ntitle: a\($0)b\nnote: \($0)\n---\n" }
    let texts =
      try FrontMatterParserTests.fixedTexts() + Self.seedTexts() + hostile
      + FrontMatterParserTests.randomTexts(count: 2_000, seed: 11) + Self.randomTexts(count: 26_000, seed: 2026_12_06)
    // One parser each way for all texts, as one piece of work reads its files.
    let plain = FrontMatter.Parser()
    let libyaml = FrontMatter.Parser(readsPlainLines: false)
    var failures = 0
    var eventFailures = 0
    var accepted = 0
    var acceptedWithFaults = 0
    for text in texts {
      let expected = FrontMatterParserTests.reading(text, parser: libyaml)
      let read = FrontMatterParserTests.reading(text, parser: plain)
      if read != expected {
        failures += 1
        if failures <= 5 { Issue.record("\(text.debugDescription): \(read) against libyaml's \(expected)") }
      }
      if let yaml = Self.yaml(of: text), Self.accepts(yaml) {
        accepted += 1
        let events = Self.plainEvents(yaml)
        let libyamlEvents = Self.libyamlEvents(yaml)
        if events != libyamlEvents {
          eventFailures += 1
          if eventFailures <= 5 { Issue.record("\(yaml.debugDescription): events \(events) against libyaml's \(libyamlEvents)") }
        }
        if expected.contains(where: { $0.hasPrefix("problem") || $0.hasPrefix("warning") }) { acceptedWithFaults += 1 }
      }
    }
    #expect(failures == 0)
    #expect(eventFailures == 0)
    // Every accepted text was read plainly through `parse` (and a few more whose front matter
    // `yaml(of:)` does not find, as at a file's end), none by libyaml.
    #expect(plain.plainReads >= accepted)
    #expect(libyaml.plainReads == 0)
    // The comparison is not all libyaml's: the plain reader took many texts, some of them with a
    // repeated or unknown field (decided by the walk both ways).
    #expect(accepted >= 4_000, "the plain reader accepted only \(accepted) of \(texts.count) texts")
    #expect(acceptedWithFaults >= 500, "only \(acceptedWithFaults) accepted texts had a problem or warning")
  }

  @Test("the common front matter is read plainly; what may mean more in YAML is left to libyaml")
  func acceptsCommonShape() {
    for yaml in [
      "id: a0000001\ntitle: Council notes 1\noutlet: Gazette 1\npublished: 2008-07-13",
      "id: x\ntitle: Culiacán, la noche\nauthors: María Pérez\nurl: https://x.org/a?b=c#d\nmode: news",
      "title: a#b, [c] {d} it's \"e\"\nnote: 東京 🚨", "title: x  y",
    ] {
      #expect(Self.accepts(yaml), "\(yaml.debugDescription)")
    }
    for yaml in [
      "", "id: a\n", "id: a\n\ntitle: T", "id:", "id: ", "id:  a", "id:\ta", "id: a ", "id: a\t", "id: a:", "id: a: b",
      "id: a #b", "id: a\r", "id: a\u{85}b", "id: a\u{2028}b", "id: a\u{FEFF}", "id: a\u{9F}", "id: a\u{7F}",
      "-id: a", " id: a", "id : a", "id: -a", "id: 'a'", "id: \"a\"", "id: [a]", "id: {a}", "id: #a", "id: &a",
      "id: *a", "id: !a", "id: |", "id: >", "id: %a", "id: @a", "id: `a", "id: ?a", "id: :a", "id: ,a",
      "ïd: a", String(repeating: "n", count: 65) + ": a", "# c\nid: a", "id: a\n  b",
    ] {
      #expect(!Self.accepts(yaml), "\(yaml.debugDescription)")
    }
  }
}
