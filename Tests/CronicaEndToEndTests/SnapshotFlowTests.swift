import CronicaModel
import CronicaResources
import CronicaTestSupport
import Foundation
import Testing

/// The real browser saves a large corpus's snapshot on its own thread and opens from it later.
@Suite("End-to-end: corpus snapshot (tmux)")
struct SnapshotFlowTests {
  @Test("browse saves the snapshot in the background; the next browse shows the same screen")
  func browseSavesAndReopens() async throws {
    let work = try TemporaryFolder("e2e-snap").url
    defer { try? FileManager.default.removeItem(at: work) }
    let corpus = work.appendingPathComponent("corpus")
    try FileManager.default.copyItem(at: try #require(CronicaResources.corpusURL), to: corpus)
    try FileAge.backdate(corpus)
    let snapshots = work.appendingPathComponent("cache/cronica/snapshots")
    let environment = [
      "CRONICA_CORPUS": corpus.path, "XDG_CACHE_HOME": work.appendingPathComponent("cache").path,
      "CRONICA_SNAPSHOT_MIN_EVENTS": "1",
    ]

    let first = try await BrowserSession.start(width: 100, height: 30, environment: environment)
    defer { first.close() }
    let screen = try first.tmux.capture()
    // The background work starts at the first quiet moment; the save follows on its own thread.
    let saved = try await poll("the snapshot to be saved") { () -> [String]? in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path)) ?? []
      return names.contains { $0.hasSuffix(".snapshot") } ? names : nil
    }
    #expect(saved.filter { $0.contains(".tmp") }.isEmpty, "\(saved)")
    try first.tmux.send("q")
    #expect(try await first.waitForExit() == 0)
    try expectRestored(first)

    let second = try await BrowserSession.start(width: 100, height: 30, environment: environment)
    defer { second.close() }
    #expect(try second.tmux.capture() == screen)
    try await second.press("j", "Enter")
    #expect(try second.tmux.capture().contains("citation"))
    try second.tmux.send("Q")
    #expect(try await second.waitForExit() == 0)
  }
}
