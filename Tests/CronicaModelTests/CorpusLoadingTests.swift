import CronicaModel
import Foundation
import Testing

@Suite("Loading a corpus folder reports every problem at once")
struct CorpusLoadingTests {
  /// A temporary copy of the bundled corpus whose events file is changed by `edit`.
  static func brokenCopy(_ edit: (inout [[String: Any]]) -> Void) throws -> URL {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources/corpus")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-load-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: folder)
    let eventsURL = folder.appendingPathComponent("events.json")
    var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: eventsURL)) as? [String: Any])
    var events = try #require(root["events"] as? [[String: Any]])
    edit(&events)
    root["events"] = events
    try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted]).write(to: eventsURL)
    return folder
  }

  @Test func badEventsDoNotHideTheOthersProblems() throws {
    let folder = try Self.brokenCopy { events in
      events[3]["start"] = "2019-02-30"
      events[7].removeValue(forKey: "title")
      var citations = events[5]["citations"] as? [[String: Any]] ?? []
      citations[0]["quote"] = "a sentence no article contains"
      events[5]["citations"] = citations
      events[9]["themes"] = ["no-such-theme"]
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try Corpus.load(from: folder)
      Issue.record("a broken corpus loaded")
    } catch {
      let problems = error.problems
      #expect(problems.count == 4, "\(problems)")
      let text = problems.map(\.description)
      #expect(text.contains { $0.contains("events[3]") && $0.contains("2019-02-30") && $0.contains("line ") })
      #expect(text.contains { $0.contains("events[7]") && $0.contains("'title' is missing") })
      #expect(problems.contains { $0.location == "events[5].citations[0].quote" })
      #expect(problems.contains { $0.location == "events[9].themes[0]" && $0.message.contains("no-such-theme") })
    }
  }

  @Test func badDatesAreLocatedByLineColumnAndId() throws {
    let folder = try Self.brokenCopy { events in
      events[2]["start"] = "2019-25"
      events[4]["end"] = "1999"
      events[6]["start"] = "2019/2018"
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      _ = try Corpus.load(from: folder)
      Issue.record("a corpus with bad dates loaded")
    } catch {
      let text = error.problems.map(\.description)
      #expect(text.count == 3, "\(text)")
      let ids = try Self.brokenCopyIDs()
      for (index, field, words) in [(2, "start", "level 2 code 25"), (4, "end", "before it starts"), (6, "start", "ends before it starts")] {
        #expect(
          text.contains {
            $0.hasPrefix("events.json: line ") && $0.contains(", column ")
              && $0.contains("events[\(index)] (id '\(ids[index])').\(field)") && $0.contains(words)
          }, "\(index): \(text)")
      }
    }
  }

  /// The event ids of the bundled events file, in file order.
  static func brokenCopyIDs() throws -> [String] {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources/corpus/events.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
    return try #require(root["events"] as? [[String: Any]]).map { $0["id"] as? String ?? "" }
  }

  @Test func aJSONSyntaxErrorIsLocatedByLineAndColumn() throws {
    let folder = try Self.brokenCopy { _ in }
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("themes.json")
    try Data("{\n  \"format_version\": 1,\n  \"themes\": [ }\n".utf8).write(to: url)
    #expect(throws: CorpusError.self) { try Corpus.load(from: folder) }
    do {
      _ = try Corpus.load(from: folder)
    } catch {
      #expect(error.problems.first?.file == "themes.json")
      #expect(error.problems.first?.location?.hasPrefix("line 3, column") == true, "\(error.problems)")
    }
  }
}
