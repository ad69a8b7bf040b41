import Foundation
import Testing

@testable import CronicaModel

/// JSON saved as UTF-16 (an events.json, a TimelineJS file), with or without a byte-order mark, is
/// refused with its file, line and column and told to be saved as UTF-8, never misread or trapped
/// on: every JSON file Cronica reads is UTF-8 (docs/data-format.md).
@Suite struct UTF16JSONTests {
  static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> Data {
    var data = Data(mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : [])
    for unit in text.utf16 {
      data += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    return data
  }

  /// Little-endian: the `{` is read, then its NUL half; big-endian: the NUL comes first; with a
  /// mark, the mark is the first byte that is not JSON.
  static func refusal(_ file: String, bigEndian: Bool, mark: Bool) -> String {
    let hint = " (is it UTF-16? save the file as UTF-8)"
    if mark { return "\(file): line 1, column 1: not valid JSON: expected a value, found byte 0x\(bigEndian ? "fe" : "ff")" + hint }
    return bigEndian
      ? "\(file): line 1, column 1: not valid JSON: expected a value, found byte 0x0" + hint
      : "\(file): line 1, column 2: not valid JSON: expected a quoted key, found byte 0x0" + hint
  }

  @Test(arguments: [false, true], [false, true])
  func timelineJS(bigEndian: Bool, mark: Bool) throws {
    let text = try String(contentsOf: TestFiles.fixture("timelinejs/full.json"), encoding: .utf8)
    let url = try TestFiles.scratchFolder().appendingPathComponent("timeline.json")
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    #expect(try Corpus.open(at: TestFiles.fixture("timelinejs/full.json")).corpus.events.count == 7)
    try Self.utf16(text, bigEndian: bigEndian, mark: mark).write(to: url)
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: url) }
    #expect(problems.map(\.description) == [Self.refusal("timeline.json", bigEndian: bigEndian, mark: mark)])
  }

  @Test(arguments: [false, true], [false, true])
  func eventsFile(bigEndian: Bool, mark: Bool) throws {
    let folder = try TestFiles.scratchFolder().appendingPathComponent("corpus")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    try FileManager.default.copyItem(at: try TestFiles.fixture("usercorpus/valid"), to: folder)
    let events = folder.appendingPathComponent("events.json")
    let text = try String(contentsOf: events, encoding: .utf8)
    #expect(try Corpus.open(at: folder).corpus.events.count > 0)
    try Self.utf16(text, bigEndian: bigEndian, mark: mark).write(to: events)
    let problems = TestFiles.problems { () throws(CorpusError) in _ = try Corpus.open(at: folder) }
    #expect(problems.map(\.description) == [Self.refusal("events.json", bigEndian: bigEndian, mark: mark)])
  }

  @Test func aCorpusFoldersFilesAreToldTheSame() throws {
    let folder = try BundledCorpusFiles.temporaryCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in [CorpusFiles.events, CorpusFiles.manifest] {
      let url = folder.appendingPathComponent(file)
      let original = try Data(contentsOf: url)
      try Self.utf16(String(decoding: original, as: UTF8.self), bigEndian: false, mark: true).write(to: url)
      let error = try #require(throws: CorpusError.self) { try Corpus.load(from: folder) }
      #expect(error.problems.map(\.description).contains(Self.refusal(file, bigEndian: false, mark: true)), "\(error)")
      try original.write(to: url)
    }
  }
}
