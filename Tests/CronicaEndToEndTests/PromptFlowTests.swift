import CronicaTestSupport
import Foundation
import Testing

/// Prompts, search history, overwriting and the ASCII fallback, through the real binary in tmux.
@Suite("End-to-end: prompts, history and locales (tmux)")
struct PromptFlowTests {
  /// A private state folder for marks and the search history.
  static func stateFolder() throws -> URL {
    try TemporaryFolder("state").url
  }

  @Test("Backspace on an empty prompt does nothing: what follows is typed, not run as commands", arguments: sizes)
  func backspaceOnEmptyPrompt(width: Int, height: Int) async throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(
      width: width, height: height, environment: ["XDG_STATE_HOME": state.path])
    defer { session.close() }
    try await session.press("/")
    for _ in 0..<9 { try await session.press("BSpace") }
    try await session.typeText("merida")
    let typing = try session.tmux.capture()
    #expect(typing.split(separator: "\n").last?.hasPrefix("/merida") == true, "screen:\n\(typing)")
    try await session.press("Enter")
    let screen = try session.tmux.capture()
    #expect(screen.contains("/merida: match 1/"), "screen:\n\(screen)")
    #expect(!screen.contains("marked"), "a mark was toggled:\n\(screen)")
    #expect(!screen.contains("export to:"), "the export prompt opened:\n\(screen)")
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }

  @Test("Esc and Ctrl-C cancel a prompt and put back what was shown; the browser keeps running")
  func cancelRestores() async throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(width: 80, height: 24, environment: ["XDG_STATE_HOME": state.path])
    defer { session.close() }
    try await session.press("G")
    let before = try session.tmux.capture()
    try await session.press("/")
    try await session.typeText("merida")
    #expect(try session.tmux.capture() != before)  // the search moved to its first match
    try await session.press("Escape")
    #expect(try session.tmux.capture() == before)
    try await session.press("&")
    try await session.typeText("merida")
    try await session.press("C-c")
    #expect(try session.tmux.capture() == before)
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("the search history is kept in the state folder: the next run's / has it one Up away")
  func historyPersists() async throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let environment = ["XDG_STATE_HOME": state.path]
    let first = try await BrowserSession.start(width: 80, height: 24, environment: environment)
    try await first.press("/")
    try await first.typeText("fentanyl")
    try await first.press("Enter", "&")
    try await first.typeText("cartel")
    try await first.press("Enter")
    try first.tmux.send("q")
    #expect(try await first.waitForExit() == 0)
    first.close()
    let file = state.appendingPathComponent("cronica/search-history.json")
    let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    #expect(saved?["searches"] as? [String] == ["fentanyl", "cartel"])
    let second = try await BrowserSession.start(width: 80, height: 24, environment: environment)
    defer { second.close() }
    try await second.press("/", "Up")
    #expect(try second.tmux.capture().split(separator: "\n").last?.hasPrefix("/cartel") == true)
    try await second.press("Up")
    #expect(try second.tmux.capture().split(separator: "\n").last?.hasPrefix("/fentanyl") == true)
    try await second.press("Enter")
    #expect(try second.tmux.capture().contains("/fentanyl: match 1/"))
    try second.tmux.send("q")
    #expect(try await second.waitForExit() == 0)
  }

  @Test("e asks before overwriting an existing file; n keeps it, y replaces it")
  func exportAsksBeforeOverwriting() async throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(width: 80, height: 24, environment: ["XDG_STATE_HOME": state.path])
    defer { session.close() }
    let target = session.folder.appendingPathComponent("keep.json")
    try Data("precious\n".utf8).write(to: target)
    try await session.press("e")
    try await session.typeText("keep.json")
    try await session.press("Enter")
    try await session.waitForScreen(containing: "keep.json exists: overwrite it? (y/n)")
    try await session.press("n")
    try await session.waitForScreen(containing: "left as it was")
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    try await session.press("e", "Up", "Enter", "y")
    try await session.waitForScreen(containing: "exported \(try bundledCorpus().events.count) events")
    #expect(try String(contentsOf: target, encoding: .utf8).contains("\"events\""))
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
  }

  @Test("a locale that is not UTF-8 draws in ASCII and says so", arguments: ["C", "POSIX"])
  func asciiFallback(locale: String) async throws {
    let state = try Self.stateFolder()
    defer { try? FileManager.default.removeItem(at: state) }
    let session = try await BrowserSession.start(
      width: 120, height: 40, environment: ["LC_ALL": locale, "LANG": locale, "XDG_STATE_HOME": state.path])
    defer { session.close() }
    let screen = try session.tmux.capture()
    #expect(screen.contains("The Merida Initiative"), "screen:\n\(screen)")
    #expect(screen.contains("the locale is not UTF-8: drawing in ASCII"), "screen:\n\(screen)")
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "screen:\n\(screen)")
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.contains { $0.hasPrefix(">") }, "no ASCII cursor:\n\(screen)")
    #expect(rows.contains { $0.hasPrefix("-- 2008 . ") }, "no ASCII heading:\n\(screen)")
    #expect(rows[0].contains("@"), "the strip is not drawn:\n\(screen)")
    try await session.press("j")  // the note is said once
    #expect(!(try session.tmux.capture()).contains("not UTF-8"))
    try session.tmux.send("q")
    #expect(try await session.waitForExit() == 0)
    try expectRestored(session)
  }
}
