import Foundation
import Testing

/// The hostile corpus in a real terminal: escape sequences, C1 controls and bidi overrides in every
/// text field must not reach tmux (no title change, no cleared screen) and the terminal is restored.
@Suite("End-to-end: hostile text in a real terminal (tmux)", .serialized)
struct HostileDisplayTests {
  /// The hostile-corpus case with controls in every field (see Tests/CronicaHostileTests/Fixtures).
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CronicaHostileTests/Fixtures/cases/controls-in-every-field").path

  @Test("browsing every view of a corpus full of controls leaves the pane title and the terminal alone")
  func hostileCorpusInEveryView() async throws {
    let session = try await BrowserSession.start(width: 100, height: 30, environment: ["CRONICA_CORPUS": Self.corpus])
    defer { session.close() }
    let titleBefore = try session.tmux.display("#{pane_title}")
    #expect(!titleBefore.contains("pwned"))
    // Timeline, detail, reader, sources, themes, help, search: each view shows hostile fields.
    for keys in [["j"], ["Enter"], ["Escape"], ["2"], ["Escape"], ["s"], ["Escape"], ["t"], ["Escape"], ["?"], ["Escape"]] {
      try await session.press(keys[0])
      let screen = try session.tmux.capture()
      #expect(!screen.isEmpty)
      #expect(try session.tmux.display("#{pane_title}") == titleBefore, "a title-setting OSC got through after \(keys)")
      #expect(try session.tmux.display("#{alternate_on}") == "1", "the browser left the alternate screen after \(keys)")
    }
    let timeline = try session.tmux.capture()
    #expect(timeline.contains("pwned"), "the hostile titles are not displayed (as visible text)")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
    #expect(try session.tmux.display("#{pane_title}") == titleBefore)
  }
}
