import CronicaSystem
import Foundation
import Synchronization
import Testing

@testable import CronicaModel

/// `Corpus.load` stores and checks each piece of a large `events.json` on its own core as it is
/// read; what it gives must be what building the store from all the events and validating them
/// gives (the same events in the same order, the same problems in the same order).
@Suite struct LoadInPiecesTests {
  /// A copy of the bundled corpus whose `events.json` holds `count` events (the bundled ones
  /// repeated under new ids, out of chronological order), after `edit`; the events written.
  static func largeCopy(count: Int, edit: (inout [Event]) -> Void = { _ in }) throws -> (URL, [Event]) {
    let folder = try BundledCorpusFiles.temporaryCopy()
    let bundled = try BundledCorpusFiles.decode(CorpusFiles.EventsFile.self, CorpusFiles.events).events
    var events = (0..<count).map { position in
      var event = bundled[(position * 7) % bundled.count]
      event.id = "\(event.id)-\(position)"
      return event
    }
    edit(&events)
    let data = try JSONEncoder().encode(CorpusFiles.EventsFile(formatVersion: 1, events: events))
    #expect(data.count > 2 * 2_000_000, "large enough to be read in pieces")
    try data.write(to: folder.appendingPathComponent(CorpusFiles.events))
    return (folder, events)
  }

  @Test func aLargeFileLoadsAsItsEventsStoredAndSorted() throws {
    let (folder, events) = try Self.largeCopy(count: 12_000)
    defer { try? FileManager.default.removeItem(at: folder) }
    let loaded = try Corpus.load(from: folder)
    let reference = Corpus(articles: loaded.articles, events: events, themes: loaded.themes)
    #expect(loaded.events == reference.events)
    #expect(loaded.events.kindsInUse() == reference.events.kindsInUse())
    #expect(Array(loaded.events.years) == Array(reference.events.years))
    #expect(Array(loaded.events.themeWords) == Array(reference.events.themeWords))
    for article in loaded.articles.indices {
      #expect(
        loaded.events.citations(ofArticleAt: article).map { [$0.event, $0.citation] }
          == reference.events.citations(ofArticleAt: article).map { [$0.event, $0.citation] })
    }
  }

  @Test func problemsInEveryPieceAreReportedAsValidationReportsThem() throws {
    let (folder, events) = try Self.largeCopy(count: 12_000) { events in
      events[3].id = ""
      events[4].id = ""
      events[10].themes = ["no-such-theme"]
      events[6_000].citations[0].quote = "Not in the article."
      events[9_000].id = events[5].id
      events[9_001].id = events[9_000].id
      events[9_001].title = " "
      events[11_999].title = "  "
      events[11_999].citations[0].article = "no-such-article"
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try #require(throws: CorpusError.self) { try Corpus.load(from: folder) }
    let themes = try BundledCorpusFiles.decode(CorpusFiles.ThemesFile.self, CorpusFiles.themes).themes
    let articles = try BundledCorpusFiles.load().articles
    let expected = Corpus(articles: articles, events: events, themes: themes).validate(fileEvents: events)
    #expect(expected.count == 10)
    #expect(error.problems.map(\.description) == expected.map(\.description))
  }

  @Test func progressTellsRunsOfTheFileReadOnEveryCoreThatAddUpToItsSize() throws {
    let (folder, _) = try Self.largeCopy(count: 12_000)
    defer { try? FileManager.default.removeItem(at: folder) }
    let size = try #require(FileStatus.at(folder.appendingPathComponent(CorpusFiles.events).path)?.size)
    final class Runs: Sendable { let told = Mutex<[(bytes: Int, total: Int)]>([]) }
    let runs = Runs()
    let loaded = try Corpus.load(from: folder) { bytes, total in runs.told.withLock { $0.append((bytes, total)) } }
    let told = runs.told.withLock { $0 }
    #expect(loaded.events.count == 12_000)
    #expect(told.allSatisfy { $0.total == size && $0.bytes >= 0 })
    #expect(told.reduce(0) { $0 + $1.bytes } == size, "all of the file, once it is read")
    #expect(told.dropLast().allSatisfy { $0.bytes >= size / 200 }, "half a percent or more at a time")
    #expect(told.count >= 100, "\(told.count) runs")
  }
}
