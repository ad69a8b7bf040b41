import Foundation
import Testing

@testable import CronicaModel

/// Damaged copies of the bundled corpus fail to load, with the problem located in the file.
@Suite struct BundledCorpusMutationTests {
  /// Runs `body` on a fresh temporary copy of the bundled corpus and removes the copy afterwards.
  func withCopy(_ body: (URL) throws -> Void) throws {
    let copy = try BundledCorpusFiles.temporaryCopy()
    defer { try? FileManager.default.removeItem(at: copy) }
    try body(copy)
  }

  @Test func theUntouchedCopyLoads() throws {
    try withCopy { copy in
      #expect(BundledCorpusFiles.loadProblems(at: copy).isEmpty)
    }
  }

  @Test(arguments: [0, 7, 20])
  func anAlteredQuoteIsLocated(eventIndex: Int) throws {
    try withCopy { copy in
      try BundledCorpusFiles.edit(CorpusFiles.events, in: copy) { object in
        guard var events = object["events"] as? [[String: Any]], eventIndex < events.count,
          var citations = events[eventIndex]["citations"] as? [[String: Any]],
          let quote = citations.first?["quote"] as? String
        else { throw BundledCorpusFiles.EditFailure(message: "no citation at events[\(eventIndex)]") }
        citations[0]["quote"] = quote.replacingOccurrences(of: " ", with: " not ", options: [], range: nil)
        events[eventIndex]["citations"] = citations
        object["events"] = events
      }
      let problems = BundledCorpusFiles.loadProblems(at: copy)
      #expect(problems.count == 1, "\(problems)")
      #expect(problems.first?.file == CorpusFiles.events)
      #expect(problems.first?.location == "events[\(eventIndex)].citations[0].quote")
      #expect(problems.first?.message.contains("not found in article") == true)
    }
  }

  @Test func aDuplicateEventIdIsLocated() throws {
    try withCopy { copy in
      try BundledCorpusFiles.edit(CorpusFiles.events, in: copy) { object in
        guard var events = object["events"] as? [[String: Any]], events.count > 3 else {
          throw BundledCorpusFiles.EditFailure(message: "too few events")
        }
        events[3]["id"] = events[1]["id"]
        object["events"] = events
      }
      let problems = BundledCorpusFiles.loadProblems(at: copy)
      #expect(problems.map(\.location) == ["events[3].id"], "\(problems)")
      #expect(problems.first?.message.contains("duplicate event id") == true)
    }
  }

  @Test func aThemeRemovedFromTheTaxonomyIsLocatedAtEveryEventUsingIt() throws {
    let fileEvents = try BundledCorpusFiles.decode(CorpusFiles.EventsFile.self, CorpusFiles.events).events
    let expected = fileEvents.enumerated().compactMap { index, event in
      event.themes.firstIndex(of: "arms").map { "events[\(index)].themes[\($0)]" }
    }
    #expect(!expected.isEmpty)
    try withCopy { copy in
      try BundledCorpusFiles.edit(CorpusFiles.themes, in: copy) { object in
        guard let themes = object["themes"] as? [[String: Any]] else {
          throw BundledCorpusFiles.EditFailure(message: "no themes")
        }
        object["themes"] = themes.filter { ($0["key"] as? String) != "arms" }
      }
      let problems = BundledCorpusFiles.loadProblems(at: copy)
      #expect(problems.compactMap(\.location) == expected, "\(problems)")
      #expect(problems.allSatisfy { $0.message.contains("unknown theme 'arms'") })
    }
  }

  @Test func aThemeRemovedFromAnEventIsAThemeWarning() throws {
    let corpus = try BundledCorpusFiles.load()
    var fileEvents = try BundledCorpusFiles.decode(CorpusFiles.EventsFile.self, CorpusFiles.events).events
    let index = try #require(fileEvents.firstIndex { $0.id == "weapons-commitment-2017-05-18" })
    fileEvents[index].themes.removeAll { $0 == "arms" }
    fileEvents[index].themes.append("diplomacy")
    let damaged = Corpus(articles: corpus.articles, events: fileEvents, themes: corpus.themes)
    #expect(damaged.validate(fileEvents: fileEvents).isEmpty)
    let warnings = damaged.themeWarnings(fileEvents: fileEvents)
    #expect(warnings.map(\.location) == ["events[\(index)].themes"], "\(warnings)")
    #expect(warnings.first?.message.contains("'arms'") == true)
    #expect(warnings.first?.message.contains("\"weapons\"") == true)
  }

  @Test func aMissingEventsFileIsReported() throws {
    try withCopy { copy in
      try FileManager.default.removeItem(at: copy.appendingPathComponent(CorpusFiles.events))
      let problems = BundledCorpusFiles.loadProblems(at: copy)
      #expect(problems.map(\.file) == [CorpusFiles.events], "\(problems)")
    }
  }
}
