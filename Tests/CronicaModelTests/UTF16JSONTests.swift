import Foundation
import Testing

@testable import CronicaModel

/// JSON saved as UTF-16 without a byte-order mark (an events.json, a TimelineJS file) is refused
/// with its file, line and column, never misread or trapped on. With its mark, a TimelineJS file
/// is read (as JSONDecoder reads it) and an events.json is refused as not UTF-8.
@Suite struct UTF16JSONTests {
  static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> Data {
    var data = Data(mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : [])
    for unit in text.utf16 {
      data += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    return data
  }

  /// Little-endian: the `{` is read, then its NUL half; big-endian: the NUL comes first.
  static func refusal(_ file: String, bigEndian: Bool) -> String {
    bigEndian
      ? "\(file): line 1, column 1: not valid JSON: expected a value, found byte 0x0"
      : "\(file): line 1, column 2: not valid JSON: expected a quoted key, found byte 0x0"
  }

  @Test(arguments: [false, true])
  func timelineJS(bigEndian: Bool) throws {
    let text = try String(contentsOf: TestFiles.fixture("timelinejs/full.json"), encoding: .utf8)
    let url = try TestFiles.scratchFolder().appendingPathComponent("timeline.json")
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    try Self.utf16(text, bigEndian: bigEndian, mark: false).write(to: url)
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: url) }
    #expect(problems.map(\.description) == [Self.refusal("timeline.json", bigEndian: bigEndian)])
    try Self.utf16(text, bigEndian: bigEndian, mark: true).write(to: url)
    #expect(try Corpus.open(at: url).corpus.events.count == 7)
  }

  @Test(arguments: [false, true])
  func eventsFile(bigEndian: Bool) throws {
    let folder = try TestFiles.scratchFolder().appendingPathComponent("corpus")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    try FileManager.default.copyItem(at: try TestFiles.fixture("usercorpus/valid"), to: folder)
    let events = folder.appendingPathComponent("events.json")
    let text = try String(contentsOf: events, encoding: .utf8)
    let count = try Corpus.open(at: folder).corpus.events.count
    try Self.utf16(text, bigEndian: bigEndian, mark: false).write(to: events)
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: folder) }
    #expect(problems.map(\.description) == [Self.refusal("events.json", bigEndian: bigEndian)])
    #expect(count > 0)
    try Self.utf16(text, bigEndian: bigEndian, mark: true).write(to: events)
    let marked = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: folder) }
    #expect(marked.map(\.description) == ["events.json: not valid UTF-8 text; convert it to UTF-8"])
  }
}
