import CronicaResources
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// `Corpus.preview(of:events:)`: the first events of a large events.json, from its first bytes.
@Suite struct CorpusPreviewTests {
  /// A folder with the bundled themes and an events.json of `count` events (dates from `dates`).
  static func folder(count: Int, head: String = "\"format_version\": 1, \"events\"", year: (Int) -> Int) throws -> URL {
    let folder = try TemporaryFolder("preview").url
    let bundled = try #require(CronicaResources.corpusURL)
    try FileManager.default.copyItem(
      at: bundled.appendingPathComponent("themes.json"), to: folder.appendingPathComponent("themes.json"))
    let events = (0..<count).map { index in
      """
      {"id": "e\(String(format: "%05d", index))", "start": "\(year(index))", "display": "\(year(index))", "kind": "report", \
      "title": "Event \(index)", "summary": "\(String(repeating: "words ", count: 60))", "themes": ["arms"], \
      "citations": [{"article": "a", "quote": "q"}]}
      """
    }
    try ("{\(head): [\n" + events.joined(separator: ",\n") + "\n]}").write(
      to: folder.appendingPathComponent("events.json"), atomically: true, encoding: .utf8)
    return folder
  }

  @Test func readsTheFirstEventsOfALargeFile() throws {
    let folder = try Self.folder(count: 5_000) { 1950 + $0 / 100 }
    defer { try? FileManager.default.removeItem(at: folder) }
    let preview = try #require(Corpus.preview(of: folder, events: 300))
    #expect(preview.events.count == 300)
    #expect(preview.events.id(at: 299) == "e00299")
    #expect(preview.articles.isEmpty)
    let full = try #require(EventsFileScanner.events(in: try Data(contentsOf: folder.appendingPathComponent("events.json"))))
    #expect(Array(preview.events) == Array(full.prefix(300)), "the same events the whole file's scan gives")
  }

  @Test func aSmallFileOrOneItCannotTrustIsLoadedAsUsual() throws {
    let small = try Self.folder(count: 200) { 1950 + $0 }
    defer { try? FileManager.default.removeItem(at: small) }
    #expect(Corpus.preview(of: small, events: 300) == nil, "the array ends in the prefix: load it all")
    #expect(Corpus.preview(of: try #require(CronicaResources.corpusURL), events: 10) == nil, "the bundled corpus")

    let unordered = try Self.folder(count: 5_000) { $0 == 5 ? 1900 : 1950 + $0 / 100 }
    defer { try? FileManager.default.removeItem(at: unordered) }
    #expect(Corpus.preview(of: unordered, events: 300) == nil, "the first events are not in order")

    let versionLast = try Self.folder(count: 5_000, head: "\"events\"") { 1950 + $0 / 100 }
    defer { try? FileManager.default.removeItem(at: versionLast) }
    #expect(Corpus.preview(of: versionLast, events: 300) == nil, "no format_version before the events")
  }
}
