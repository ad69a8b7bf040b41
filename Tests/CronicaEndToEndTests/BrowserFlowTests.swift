import CronicaModel
import CronicaResources
import Foundation
import Testing

/// The bundled corpus, as the browser loads it, so expectations follow the data.
func bundledCorpus() throws -> Corpus {
  let url = try #require(CronicaResources.corpusURL, "bundled corpus not found")
  return try Corpus.load(from: url)
}

/// The selection and list length from the status line (`12/34 · 2015`, `1/49 · start unknown`).
func selection(in screen: String) -> (position: Int, count: Int)? {
  guard let match = screen.firstMatch(of: /(\d+)\/(\d+) · (\d{4}|start unknown)/), let position = Int(match.1),
    let count = Int(match.2)
  else { return nil }
  return (position, count)
}

/// End-to-end flows through the full UI (CronicaUI from branch `ui`): move, filter, search,
/// open the source at the excerpt, jump back. They read the status line the UI draws.
@Suite("End-to-end: browsing flows (tmux, full UI)")
struct BrowserFlowTests {
  @Test("j and k move the selection; G goes to the last event", arguments: sizes)
  func move(width: Int, height: Int) async throws {
    let total = try bundledCorpus().events.count
    let session = try await BrowserSession.start(width: width, height: height)
    defer { session.close() }
    let start = try #require(selection(in: try session.tmux.capture()), "no selection in the status line")
    #expect(start.position == 1)
    #expect(start.count == total)
    try await session.press("j")
    #expect(selection(in: try session.tmux.capture())?.position == 2)
    try await session.press("Down", "Down", "k")
    #expect(selection(in: try session.tmux.capture())?.position == 3)
    try await session.press("G")
    #expect(selection(in: try session.tmux.capture())?.position == total)
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }

  @Test("t opens the themes panel; toggling arms filters the timeline to arms events")
  func filterArms() async throws {
    let corpus = try bundledCorpus()
    let arms = try #require(corpus.themes.firstIndex { $0.key == "arms" })
    let label = corpus.themes[arms].label
    let expected = corpus.events.filter { $0.themes.contains("arms") }.count
    let session = try await BrowserSession.start(width: 120, height: 40)
    defer { session.close() }
    try await session.press("t")
    #expect(try session.tmux.capture().contains(label), "theme panel does not list \(label)")
    try await session.press("x")
    for _ in 0..<arms { try await session.press("j") }
    try await session.press("Space")
    #expect(try session.tmux.capture().contains("\(expected)/\(corpus.events.count) events"))
    try await session.press("q")
    let screen = try session.tmux.capture()
    #expect(screen.contains("\(expected)/\(corpus.events.count) events"), "screen:\n\(screen)")
    try await session.press("j")
    #expect(selection(in: try session.tmux.capture()).map { [$0.position, $0.count] } == [2, expected])
    try session.tmux.send("Q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("/ finds case- and diacritic-insensitively and hides nothing; & filters to the matches")
  func search() async throws {
    let corpus = try bundledCorpus()
    let query = "merida"
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let expected = corpus.events.filter { event in
      ([event.title, event.summary] + event.citations.map(\.quote)).contains {
        $0.range(of: query, options: options) != nil
      }
    }.count
    #expect(expected > 1 && expected < corpus.events.count, "pick a query that narrows the list")
    let session = try await BrowserSession.start(width: 120, height: 40)
    defer { session.close() }
    try await session.press("/")
    try await session.typeText(query)
    try await session.press("Enter")
    var screen = try session.tmux.capture()
    #expect(screen.contains("/\(query): match 1/\(expected)"), "screen:\n\(screen)")
    #expect(screen.contains("\(corpus.events.count)/\(corpus.events.count) events"), "screen:\n\(screen)")
    #expect(screen.contains("Mérida"), "no match shown:\n\(screen)")
    try await session.press("n")
    #expect(try session.tmux.capture().contains("/\(query): match 2/\(expected)"))
    try await session.press("Escape", "&")
    try await session.typeText(query)
    try await session.press("Enter")
    screen = try session.tmux.capture()
    #expect(screen.contains("filter: &\(query)"), "screen:\n\(screen)")
    #expect(screen.contains("\(expected)/\(corpus.events.count) events"), "screen:\n\(screen)")
    try session.tmux.send("Q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("o opens the cited article at the passage; Enter jumps back to the event")
  func openSourceAndJumpBack() async throws {
    let corpus = try bundledCorpus()
    let events = corpus.events.sorted(by: Corpus.chronologicalOrder)
    let first = try #require(events.first)
    let citation = try #require(first.citations.first)
    let article = try #require(corpus.article(id: citation.article))
    let citing = events.indices.filter { events[$0].citations.contains(citation) }.map { $0 + 1 }
    let session = try await BrowserSession.start(width: 120, height: 40)
    defer { session.close() }
    try await session.press("o")
    let reader = try session.tmux.capture()
    #expect(reader.contains(String(article.title.prefix(25))), "reader does not show the title:\n\(reader)")
    #expect(reader.contains(/passage \d+\/\d+ · line/), "no current passage:\n\(reader)")
    try await session.press("Enter")
    let back = try session.tmux.capture()
    let position = try #require(selection(in: back), "not back on the timeline:\n\(back)")
    #expect(citing.contains(position.position), "selected \(position.position), citing events \(citing)")
    #expect(!back.contains(/passage \d+\/\d+ · line/))
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }

  @Test("the mouse wheel moves the selection and a click selects the row under the pointer")
  func mouse() async throws {
    let session = try await BrowserSession.start(width: 120, height: 40)
    defer { session.close() }
    try await session.mouse(button: 65, x: 10, y: 10)  // wheel down
    let down = try #require(selection(in: try session.tmux.capture())).position
    #expect(down > 1)
    try await session.mouse(button: 64, x: 10, y: 10)  // wheel up
    #expect(selection(in: try session.tmux.capture())?.position == 1)
    try await session.mouse(button: 0, x: 10, y: 12)  // left press on row 12
    let rows = try session.tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.count > 12 && rows[12].hasPrefix("▸"), "row 12 is not selected:\n\(rows.joined(separator: "\n"))")
    #expect(selection(in: try session.tmux.capture())?.position != 1)
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }
}
