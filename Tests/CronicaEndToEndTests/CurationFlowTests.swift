import CronicaModel
import Foundation
import Testing

/// Curating a built chronology in the real browser: every step lands in events.json at once.
@Suite("End-to-end: curation (tmux)")
struct CurationFlowTests {
  /// A folder of three articles (no events.json), so the browser opens on built proposals.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-e2e-curate-\(UUID().uuidString)")
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    try """
      ---
      published: 2021-03-15
      ---
      On March 3, 2021, officials opened a new border crossing in Nogales.
      On March 9, 2021, the governor of Sonora signed a water agreement in Hermosillo.
      """.write(to: articles.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try """
      ---
      published: 2021-05-01
      ---
      In April 2021, police in Tijuana arrested three suspects in a kidnapping case.
      On April 28, 2021, the mayor of Ensenada launched a program for fishermen.
      """.write(to: articles.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
    return folder
  }

  /// The folder's events.json, read back.
  static func events(in folder: URL) throws -> CorpusFiles.EventsFile {
    try #require(try CorpusFiles.EventsFile.read(at: folder.appendingPathComponent("events.json")))
  }

  @Test("a, x, r, M and u change events.json; build --update keeps the curated events")
  func curationRoundTrip() async throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = folder.appendingPathComponent("state")
    let session = try await BrowserSession.start(
      width: 120, height: 40, environment: ["CRONICA_CORPUS": folder.path, "XDG_STATE_HOME": state.path])
    defer { session.close() }
    let opening = try session.tmux.capture()
    #expect(opening.contains("4/4 events") && opening.contains("◇"), "screen:\n\(opening)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("events.json").path))

    // a: the first proposal is accepted; events.json now holds the whole chronology.
    try await session.press("a")
    try await session.waitForScreen(containing: "accepted '2021-03-03-officials-opened")
    var file = try Self.events(in: folder)
    #expect(file.events.count == 4)
    #expect(file.events.filter { $0.origin == nil }.map(\.id) == ["2021-03-03-officials-opened-a-new-border"])

    // x: the second is rejected and remembered.
    try await session.press("j", "x")
    try await session.waitForScreen(containing: "rejected '2021-03-09")
    file = try Self.events(in: folder)
    #expect(file.events.count == 3)
    #expect(file.rejected?.first?.quote == "On March 9, 2021, the governor of Sonora signed a water agreement in Hermosillo.")

    // r: the selected event's title gets more words.
    try await session.press("r")
    try await session.waitForScreen(containing: "title: ")
    try await session.typeText(" (checked)")
    try await session.press("Enter")
    try await session.waitForScreen(containing: "retitled '")
    file = try Self.events(in: folder)
    #expect(file.events.contains { $0.title.hasSuffix(" (checked)") })

    // M, j, M: the April events become one; u undoes it.
    try await session.press("g", "j", "M", "j", "M")
    try await session.waitForScreen(containing: "merged '")
    file = try Self.events(in: folder)
    #expect(file.events.count == 2)
    #expect(file.events.contains { $0.citations.count == 2 })
    try await session.press("u")
    try await session.waitForScreen(containing: "undid: merged '")
    file = try Self.events(in: folder)
    #expect(file.events.count == 3)
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)

    // A rebuild with --update brings back neither the rejected event nor duplicates.
    let binary = try CronicaBinary.path()
    let update = Process()
    update.executableURL = URL(fileURLWithPath: binary)
    update.arguments = ["build", folder.path, "--update"]
    update.standardOutput = FileHandle.nullDevice
    update.standardError = FileHandle.nullDevice
    try update.run()
    update.waitUntilExit()
    #expect(update.terminationStatus == 0)
    let after = try Self.events(in: folder)
    #expect(after.events == file.events)
    #expect(after.rejected == file.rejected)
  }
}
