import Foundation
import Testing

@testable import CronicaModel

/// The fast events reader must agree with `JSONDecoder` on every file it accepts, and give up
/// (leaving the file to `JSONDecoder`'s located errors) on everything it does not fully understand.
@Suite struct EventsFileScannerTests {
  /// Decodes with the reference path.
  static func reference(_ data: Data) -> [Event]? {
    try? JSONDecoder().decode(CorpusFiles.EventsFile.self, from: data).events
  }

  /// Equal as values and byte for byte (Swift's `==` on strings is canonical equivalence).
  static func same(_ a: [Event], _ b: [Event]) -> Bool {
    guard a == b else { return false }
    func bytes(_ e: Event) -> [UInt8] {
      let strings = [e.id, e.display, e.kind.rawValue, e.title, e.summary, e.dateBasis ?? "∅", e.origin ?? "∅"]
        + e.themes + e.citations.flatMap { [$0.article, $0.quote] }
      return Array(strings.joined(separator: "\u{1}").utf8)
    }
    return a.map(bytes) == b.map(bytes)
  }

  /// Every `events.json` in the repository: the bundled corpus and all test fixtures.
  static let repositoryFiles: [URL] = {
    let root = BundledCorpusFiles.folder.deletingLastPathComponent().deletingLastPathComponent()
    var found: [URL] = []
    for base in ["Resources", "Tests"] {
      let walker = FileManager.default.enumerator(at: root.appendingPathComponent(base), includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.lastPathComponent == "events.json" { found.append(url) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }()

  @Test func agreesWithJSONDecoderOnEveryRepositoryFile() throws {
    #expect(Self.repositoryFiles.count >= 10, "the walk should find the bundled corpus and the fixtures")
    var accepted = 0
    for url in Self.repositoryFiles {
      guard let data = try? Data(contentsOf: url) else { continue }  // a directory case, a link loop
      guard let fast = EventsFileScanner.events(in: data) else { continue }
      accepted += 1
      let slow = try #require(Self.reference(data), "JSONDecoder rejects \(url.path), which the scanner accepted")
      #expect(Self.same(fast, slow), "\(url.path)")
    }
    #expect(accepted >= 5)
  }

  @Test func readsTheBundledCorpusOnTheFastPath() throws {
    let data = try Data(contentsOf: BundledCorpusFiles.folder.appendingPathComponent(CorpusFiles.events))
    let fast = try #require(EventsFileScanner.events(in: data))
    #expect(fast.count == 49)
    #expect(fast.contains { $0.order != nil } && fast.contains { $0.start.isInterval })
  }

  /// A one-event file with `extra` spliced into the event object and `title` as the title's JSON.
  static func file(title: String = "\"T\"", extra: String = "", top: String = "", prefix: String = "") -> Data {
    let text = """
      \(prefix){"format_version": 1, \(top)"events": [{"id": "e1", "start": "2019-02", "display": "Feb 2019",
      "kind": "report", "title": \(title), "summary": "S.", "themes": ["arms"],
      "citations": [{"article": "a", "quote": "q"}]\(extra)}]}
      """
    return Data(text.utf8)
  }

  @Test(arguments: [
    (title: #""caf\u00e9 \ud83d\ude00 \n\t\/\\\"""#, extra: ""),
    (title: #""a\u0000b""#, extra: ""),
    (title: "\"plain\"", extra: #", "end": null, "date_basis": null, "origin": "extracted""#),
    (title: "\"plain\"", extra: #", "end": "2019-03-01", "date_basis": "stated""#),
    (title: "\"plain\"", extra: #", "unknown": {"a": [1, 2.5, -0, true, false, null, "x", {"b": []}]}"#),
    (title: "\"Mérida\"", extra: #", "start_note": "-12.75""#),
    (title: "\"plain\"", extra: #", "end": "2019-41", "order": 2"#),
    (title: "\"plain\"", extra: #", "end": "2019-05-22/2019-05-28~", "order": -3"#),
    (title: "\"plain\"", extra: #", "end": "2020/..", "order": null"#),
    (title: "\"built\"", extra: #", "theme_evidence": {"arms": "weapons", "cash-flow": "caf\u00e9"}, "confidence": 72, "rules": ["cue:met", "date:absolute"]"#),
    (title: "\"built\"", extra: #", "theme_evidence": {}, "confidence": -3, "rules": []"#),
    (title: "\"built\"", extra: #", "theme_evidence": null, "confidence": null, "rules": null"#),
    (title: "\"trailing commas, as JSONDecoder accepts them\"", extra: #", "rules": ["a", ],"#),
  ])
  func acceptsAndAgrees(title: String, extra: String) throws {
    let data = Self.file(title: title, extra: extra)
    let fast = try #require(EventsFileScanner.events(in: data), "should be on the fast path")
    let slow = try #require(Self.reference(data))
    #expect(Self.same(fast, slow))
  }

  @Test func readsTheBuildersNotes() throws {
    let data = Self.file(extra: #", "theme_evidence": {"arms": "weapons"}, "confidence": 72, "rules": ["cue:met"]"#)
    let event = try #require(EventsFileScanner.events(in: data)?.first)
    #expect(event.themeEvidence == ["arms": "weapons"] && event.confidence == 72 && event.rules == ["cue:met"])
  }

  @Test(arguments: [#""rejected": [{"article": "a", "quote": "no"}], "#, #""rejected": null, "#, #""rejected": [], "#])
  func readsRejectedCitationsAsJSONDecoderDoes(top: String) throws {
    let data = Self.file(top: top)
    let fast = try #require(EventsFileScanner.eventsFile(in: data))
    #expect(fast == (try JSONDecoder().decode(CorpusFiles.EventsFile.self, from: data)))
  }

  @Test func acceptsAByteOrderMarkAndUnknownTopLevelKeys() throws {
    var data = Data([0xEF, 0xBB, 0xBF])
    data.append(Self.file(top: #""generator": {"name": "x", "v": [1]}, "#))
    let fast = try #require(EventsFileScanner.events(in: data))
    #expect(fast.map(\.id) == ["e1"])
  }

  @Test(arguments: [
    ("duplicate key", file(extra: #", "title": "again""#)),
    ("lone high surrogate", file(title: #""\ud83d x""#)),
    ("lone low surrogate", file(title: #""\ude00""#)),
    ("bad escape", file(title: #""\x41""#)),
    ("raw control character", file(title: "\"a\u{1}b\"")),
    ("number out of range", file(extra: #", "n": 1e309"#)),
    ("exponent", file(extra: #", "n": 1e3"#)),
    ("long number", file(extra: #", "n": 1234567890123456"#)),
    ("leading zero", file(extra: #", "n": 012"#)),
    ("order not an integer", file(extra: #", "order": 1.5"#)),
    ("order a string", file(extra: #", "order": "1""#)),
    ("malformed EDTF", file(extra: #", "end": "2019-25""#)),
    ("invalid date", Data(String(decoding: file(), as: UTF8.self).replacingOccurrences(of: "2019-02", with: "2019-02-30").utf8)),
    ("title null", file(title: "null")),
    ("title a number", file(title: "3")),
    ("version not an integer", Data(String(decoding: file(), as: UTF8.self).replacingOccurrences(of: "1,", with: "1.0,").utf8)),
    ("no version", Data(String(decoding: file(), as: UTF8.self).replacingOccurrences(of: "\"format_version\": 1,", with: "").utf8)),
    ("trailing garbage", file() + Data("x".utf8)),
    ("truncated", file().prefix(100)),
    ("empty", Data()),
    ("a list at top level", Data("[]".utf8)),
    ("a theme named twice in the evidence", file(extra: #", "theme_evidence": {"arms": "x", "arms": "y"}"#)),
    ("evidence that is not text", file(extra: #", "theme_evidence": {"arms": 1}"#)),
    ("a fractional confidence", file(extra: #", "confidence": 72.5"#)),
    ("a rule that is not text", file(extra: #", "rules": [1]"#)),
  ] as [(String, Data)])
  func givesUp(_ reason: String, _ data: Data) {
    #expect(EventsFileScanner.events(in: data) == nil, "\(reason)")
  }

  @Test func givesUpOnInvalidUTF8InAString() {
    var bytes = Array(Self.file(title: "\"zz\""))
    for index in bytes.indices where bytes[index] == UInt8(ascii: "z") { bytes[index] = 0xFF }
    #expect(EventsFileScanner.events(in: Data(bytes)) == nil)
  }

  /// Valid UTF-8 comes back as its text; invalid bytes give nil, including sequences whose
  /// replacement character is exactly as long as they are (a truncated 3-byte prefix of a
  /// 4-byte character, a UTF-8-encoded surrogate).
  @Test(arguments: [
    ([], ""), (Array("plain ascii".utf8), "plain ascii"), (Array("Mérida, 東京, 🙂, \u{FFFD}".utf8), "Mérida, 東京, 🙂, \u{FFFD}"),
    ([0xFF], nil), ([0x61, 0xC3], nil), ([0xF0, 0x9F, 0x99, 0x78], nil), ([0xED, 0xA0, 0x80], nil),
    ([0xC0, 0xAF], nil), ([0xF4, 0x90, 0x80, 0x80], nil),
  ] as [([UInt8], String?)])
  func validatesUTF8(_ bytes: [UInt8], _ expected: String?) {
    #expect(bytes.withUnsafeBufferPointer(EventsFileScanner.validatedUTF8) == expected)
    #expect((String(validating: bytes, as: UTF8.self) == nil) == (expected == nil))  // the reference agrees
  }

  @Test func givesUpOnInvalidUTF8InAnUnknownKey() {
    var bytes = Array(Self.file(extra: #", "dat@e_basis": "x""#))
    for index in bytes.indices where bytes[index] == UInt8(ascii: "@") { bytes[index] = 0xFF }
    #expect(EventsFileScanner.events(in: Data(bytes)) == nil)
  }

  /// Inputs on which the `events` fuzz target found the scanner and `JSONDecoder` disagreeing;
  /// each must now go to `JSONDecoder` (or be read identically by both).
  @Test(arguments: ["fuzz-disagreement-1.json", "fuzz-disagreement-2.json"])
  func fuzzFindingsAgree(_ name: String) throws {
    let url = BundledCorpusFiles.folder.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Tests/CronicaModelTests/Fixtures/scanner").appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    let slow = Self.reference(data)
    let fast = EventsFileScanner.events(in: data)
    if let fast {
      let slow = try #require(slow, "the scanner accepts \(name), JSONDecoder does not")
      #expect(Self.same(fast, slow))
    }
  }

  @Test func givesUpOnDeepNestingWithoutRecursingForever() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(EventsFileScanner.events(in: Self.file(extra: ", \"deep\": " + deep)) == nil)
  }

  @Test(arguments: ["2019", "2019-02", "2019-02-28", "2020-02-29", "0000", "9999-12-31"])
  func quickDatesMatchTheParser(_ text: String) throws {
    let quick = try #require(EventsFileScanner.quickDate(text))
    #expect(quick == (try EDTFDate(parsing: text)))
  }

  @Test(arguments: ["2019-02-30", "2019-13", "-0044", "12019", "20x9", "2019-1-01", ""])
  func quickDatesLeaveOtherShapesToTheParser(_ text: String) {
    #expect(EventsFileScanner.quickDate(text) == nil)
  }
}
