import CronicaModel
import CronicaSystem
import CronicaTestSupport
import Foundation
import Testing

/// Curation steps on an events file: each one changes what it says, and undo puts it back.
@Suite struct EventsFileCurationTests {
  static func event(
    _ id: String, _ start: String, _ end: String? = nil, themes: [String] = ["a"], quote: String? = nil,
    origin: String? = "extracted"
  ) -> Event {
    Event(
      id: id, start: try! EDTFDate(parsing: start), end: end.map { try! EDTFDate(parsing: $0) }, display: start,
      kind: .meeting, title: "Title \(id)", summary: "Summary", themes: themes,
      citations: [Citation(article: "x", quote: quote ?? "Quote \(id).")], origin: origin, themeEvidence: ["a": "p"])
  }

  static let file = CorpusFiles.EventsFile(events: [event("e1", "2017"), event("e2", "2017-05"), event("e3", "2018")])

  @Test func acceptingDropsTheOriginAndUndoBringsItBack() throws {
    var file = Self.file
    let (undo, focus) = try file.apply(.accept(id: "e2"))
    #expect(file.events[1].origin == nil && focus == "e2" && undo.summary == "accepted 'e2'")
    #expect(throws: CurationError.self) { _ = try file.apply(.accept(id: "e2")) }
    _ = try file.apply(.undo(undo))
    #expect(file == Self.file)
  }

  @Test func rejectingRemovesAndRemembersAndUndoForgets() throws {
    var file = Self.file
    let (undo, focus) = try file.apply(.reject(id: "e2"))
    #expect(file.events.map(\.id) == ["e1", "e3"] && focus == "e3")
    #expect(file.rejected == [Citation(article: "x", quote: "Quote e2.")])
    _ = try file.apply(.undo(undo))
    #expect(file == Self.file)
  }

  @Test func retitlingTrimsAndRefusesEmptyOrTwoLines() throws {
    var file = Self.file
    let (undo, _) = try file.apply(.retitle(id: "e1", title: "  A better title "))
    #expect(file.events[0].title == "A better title")
    #expect(throws: CurationError.self) { _ = try file.apply(.retitle(id: "e1", title: "   ")) }
    #expect(throws: CurationError.self) { _ = try file.apply(.retitle(id: "e1", title: "two\nlines")) }
    _ = try file.apply(.undo(undo))
    #expect(file == Self.file)
  }

  @Test func mergingJoinsCitationsAndThemesAndNarrowsTheDate() throws {
    var file = CorpusFiles.EventsFile(events: [
      Self.event("wide", "2017", themes: ["b"], quote: "Wide."),
      Self.event("narrow", "2017-05", themes: ["a"], quote: "Narrow.", origin: nil),
      Self.event("other", "2019"),
    ])
    let original = file
    let themes = ["a", "b"].map { Theme(key: $0, label: $0, description: "", phrases: []) }
    let (undo, focus) = try file.apply(.merge(id: "narrow", into: "wide"), themes: themes)
    #expect(focus == "wide")
    #expect(file.events.map(\.id) == ["wide", "other"])
    let merged = file.events[0]
    #expect(merged.title == "Title wide")
    #expect(merged.citations.map(\.quote) == ["Wide.", "Narrow."])
    #expect(merged.themes == ["a", "b"])
    #expect(merged.start == EDTFDate(PartialDate(year: 2017, month: 5)!) && merged.end == nil)
    #expect(merged.origin == nil)  // one of them was curated
    #expect(throws: CurationError.self) { _ = try file.apply(.merge(id: "wide", into: "other")) }
    #expect(throws: CurationError.self) { _ = try file.apply(.merge(id: "wide", into: "wide")) }
    _ = try file.apply(.undo(undo))
    #expect(file == original)
  }

  @Test func undoWorksByIdOnAFileChangedSince() throws {
    var file = Self.file
    let (undo, _) = try file.apply(.reject(id: "e1"))
    // Someone else appended an event meanwhile.
    file.events.append(Self.event("e4", "2020"))
    _ = try file.apply(.undo(undo))
    #expect(file.events.map(\.id) == ["e1", "e2", "e3", "e4"])
    #expect(file.rejected == nil)
  }

  @Test func aMissingEventIsAnError() {
    var file = Self.file
    #expect(throws: CurationError.self) { _ = try file.apply(.accept(id: "nope")) }
  }

  @Test func addingGivesATakenIdASuffix() {
    let (result, added) = Self.file.adding([Self.event("e1", "2020", quote: "New.")])
    #expect(added == 1 && result.events.map(\.id) == ["e1", "e2", "e3", "e1-2"])
  }

  @Test func anUpdateWaitsForTheLockAndChangesTheFileAsItIsThen() throws {
    let folder = try TemporaryFolder("events-lock").url
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(CorpusFiles.events)
    try CorpusFiles.EventsFile(events: [Self.event("e1", "2017")]).encoded().write(to: url)
    // Another writer holds the lock (a browser curating, another build).
    let lock = try FileLock(exclusive: folder.appendingPathComponent(".events.json.lock").path)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = try? CorpusFiles.EventsFile.update(
        in: folder, missing: { CorpusFiles.EventsFile(events: []) },
        change: { (file: inout CorpusFiles.EventsFile) throws(EventsFileUpdateFailure) in
          file.events.append(Self.event("e9", "2020"))
        },
        check: { _ in [] })
      finished.signal()
    }
    #expect(finished.wait(timeout: .now() + 0.5) == .timedOut, "the update did not wait for the lock")
    // The other writer changes the file, then lets go.
    try CorpusFiles.EventsFile(events: [Self.event("e1", "2017"), Self.event("e2", "2018")]).encoded().write(to: url)
    lock.unlock()
    #expect(finished.wait(timeout: .now() + 30) == .success)
    #expect(try CorpusFiles.EventsFile.read(at: url)?.events.map(\.id) == ["e1", "e2", "e9"])
  }

  @Test func aFailedCheckLeavesTheFileAsItWas() throws {
    let folder = try TemporaryFolder("events-check").url
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(CorpusFiles.events)
    let before = try CorpusFiles.EventsFile(events: [Self.event("e1", "2017")]).encoded()
    try before.write(to: url)
    #expect(throws: EventsFileUpdateFailure.self) {
      _ = try CorpusFiles.EventsFile.update(
        in: folder, missing: { CorpusFiles.EventsFile(events: []) },
        change: { (file: inout CorpusFiles.EventsFile) throws(EventsFileUpdateFailure) in file.events.removeAll() },
        check: { _ in [CorpusProblem(file: CorpusFiles.events, message: "broken")] })
    }
    #expect(try Data(contentsOf: url) == before)
  }

  @Test func addingKeepsTheFileAndSkipsWhatIsCitedOrRejected() {
    var file = Self.file
    file.rejected = [Citation(article: "x", quote: "Rejected.")]
    let built = [
      Self.event("n1", "2020", quote: "Quote e1."), Self.event("n2", "2020", quote: "Rejected."),
      Self.event("n3", "2020", quote: "New."),
    ]
    let (result, added) = file.adding(built)
    #expect(added == 1)
    #expect(result.events.map(\.id) == ["e1", "e2", "e3", "n3"])
    #expect(result.rejected == file.rejected)
  }

  @Test func rejectionsAreWrittenAndReadBack() throws {
    var file = Self.file
    _ = try file.apply(.reject(id: "e3"))
    let data = try file.encoded()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try data.write(to: url)
    #expect(try CorpusFiles.EventsFile.read(at: url) == file)
    #expect(String(decoding: data, as: UTF8.self).contains("\"rejected\""))
    #expect(!String(decoding: try Self.file.encoded(), as: UTF8.self).contains("\"rejected\""))
  }
}
