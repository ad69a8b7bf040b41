import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

/// Marks and export through the real binary: marks survive a restart; `e` writes the view.
@Suite("End-to-end: marks and export (tmux)")
struct MarksFlowTests {
  @Test("two events marked, quit, restart: both are still marked and ' shows only them")
  func marksSurviveRestart() async throws {
    let corpus = try bundledCorpus()
    let state = try TemporaryFolder("e2e-state").url
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = ["XDG_STATE_HOME": state.path]

    let first = try await BrowserSession.start(width: 120, height: 40, environment: environment)
    defer { first.close() }
    try await first.press("j", "m", "j", "j", "m")
    #expect(try first.tmux.capture().contains("2 marked"))
    try first.tmux.send("q")
    #expect(try await first.waitForExit() == 0)
    try expectRestored(first)
    let files = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("cronica").path)
      .filter { !$0.hasSuffix(".marks.json.lock") }
    #expect(files.count == 1 && files.allSatisfy { $0.hasSuffix(".marks.json") })

    let second = try await BrowserSession.start(width: 120, height: 40, environment: environment)
    defer { second.close() }
    let screen = try second.tmux.capture()
    #expect(screen.contains("2 marked"), "screen:\n\(screen)")
    // The marked rows (events 2 and 4) carry the star; nothing else does on the first screen.
    let starred = screen.split(separator: "\n").filter { $0.contains("★") }
    #expect(starred.count == 2, "screen:\n\(screen)")
    #expect(starred.first?.contains(String(corpus.events[1].title.prefix(20))) == true, "screen:\n\(screen)")
    try await second.press("'")
    let only = try second.tmux.capture()
    #expect(only.contains("2/\(corpus.events.count) events"), "screen:\n\(only)")
    #expect(only.contains("only marked (2)"), "screen:\n\(only)")
    try second.tmux.send("q")
    #expect(try await second.waitForExit() == 0)
  }

  @Test("e, Up (the default name), Enter writes the shown events to cronica-export.json in the current directory")
  func exportWritesTheView() async throws {
    let corpus = try bundledCorpus()
    let state = try TemporaryFolder("e2e-state").url
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(width: 120, height: 40, environment: ["XDG_STATE_HOME": state.path])
    defer { session.close() }
    try await session.press("m", "G", "m", "'", "e")
    #expect(try session.tmux.capture().contains("export to:    Up: cronica-export.json"))
    try await session.press("Up")
    #expect(try session.tmux.capture().contains("export to: cronica-export.json"))
    try await session.press("Enter")
    let screen = try await session.waitForScreen(containing: "exported 2 events")
    #expect(screen.contains("cronica-export.json"))
    let data = try Data(contentsOf: session.folder.appendingPathComponent("cronica-export.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let ids = (json["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ids == [corpus.events[0].id, corpus.events[corpus.events.count - 1].id])
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }
}

/// `O` through the real binary: the terminal is handed to `$BROWSER` and taken back.
@Suite("End-to-end: open the cited article (tmux, fake $BROWSER)")
struct OpenURLFlowTests {
  @Test("O runs $BROWSER with the address, outside curses, then the screen is redrawn")
  func openRunsBrowser() async throws {
    let work = try TemporaryFolder("e2e-open").url
    defer { try? FileManager.default.removeItem(at: work) }
    let corpusFolder = work.appendingPathComponent("corpus")
    try Corpus.writeExample(to: corpusFolder)
    let corpus = try Corpus.open(at: corpusFolder).corpus
    // The first event whose first cited article has a web address.
    let target = try #require(
      corpus.events.firstIndex { event in
        event.citations.contains { citation in corpus.article(id: citation.article)?.url != nil }
      })
    let addresses = corpus.events[target].citations.compactMap { citation -> String? in
      corpus.article(id: citation.article).flatMap(\.url)
    }
    let address = try #require(addresses.first)
    let record = work.appendingPathComponent("launched.txt")
    let script = work.appendingPathComponent("fake-browser")
    // Records its arguments and whether the terminal was back in cooked mode (curses off) while it ran.
    try CleanSpawn.writeScript(
      """
    #!/bin/sh
    printf '%s\\n' "$@" > '\(record.path)'
    stty -a | grep -q ' icanon' && echo cooked >> '\(record.path)'
    """, to: script)

    let session = try await BrowserSession.start(
      width: 120, height: 40,
      environment: [
        "CRONICA_CORPUS": corpusFolder.path, "BROWSER": script.path,
        "XDG_STATE_HOME": work.appendingPathComponent("state").path,
      ])
    defer { session.close() }
    for _ in 0..<target { try await session.press("j") }
    try await session.press("O")
    let screen: String
    do {
      screen = try await poll("the screen to show opened \(address)", seconds: 60) {
        let screen = try session.tmux.capture()
        return screen.contains("opened \(address)") ? screen : nil
      }
    } catch {
      // Seen once in CI under heavy load (2026-12-03) and not reproduced since: say what was there.
      let launched = (try? String(contentsOf: record, encoding: .utf8)) ?? "(the fake browser never ran)"
      Issue.record("\(error)\nfake browser record: \(launched)\nscreen:\n\((try? session.tmux.capture()) ?? "?")")
      throw error
    }
    #expect(screen.contains("events │"), "the status line was not redrawn:\n\(screen)")
    #expect(try String(contentsOf: record, encoding: .utf8) == address + "\ncooked\n")
    #expect(try session.tmux.display("#{alternate_on}") == "1", "curses did not take the screen back")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }
}
