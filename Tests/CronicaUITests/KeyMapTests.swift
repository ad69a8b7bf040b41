import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

@Suite struct KeyMapTests {
  @Test(arguments: Mode.allCases)
  func noDuplicateKeyInMode(_ mode: Mode) {
    var seen: [Key: String] = [:]
    for binding in KeyMap.standard.bindings(for: mode) {
      for key in binding.keys {
        #expect(seen[key] == nil, "\(key.name) bound twice in \(mode): \(seen[key] ?? "") and \(binding.help)")
        seen[key] = binding.help
      }
    }
  }

  @Test(arguments: Mode.allCases)
  func everyBindingHasHelpAndKeys(_ mode: Mode) {
    for binding in KeyMap.standard.bindings(for: mode) {
      #expect(!binding.help.trimmingCharacters(in: .whitespaces).isEmpty)
      #expect(!binding.group.isEmpty)
      #expect(!binding.keys.isEmpty)
    }
  }

  @Test(arguments: Mode.allCases)
  func everyModeCanQuitAndLeave(_ mode: Mode) {
    let actions = KeyMap.standard.bindings(for: mode).map(\.action)
    // In a prompt every printable key is typed and Ctrl-C cancels it, as in readline.
    if !mode.isPrompt { #expect(actions.contains(.quit)) }
    // Ctrl-C leaves the program (status 130) except where it answers a question (keep the file).
    if !mode.isPrompt, mode != .confirm { #expect(actions.contains(.interrupt)) }
    #expect(actions.contains(.cancel) || actions.contains(.close))
  }

  @Test func lookupPrefersModeThenTypingThenGlobal() {
    let map = KeyMap.standard
    #expect(map.action(for: .char("Q"), in: .timeline) == .quit)
    #expect(map.action(for: .char("Q"), in: .search) == .promptInput("Q"))
    #expect(map.action(for: .ctrl("c"), in: .search) == .cancel)
    #expect(map.action(for: .ctrl("c"), in: .timeline) == .interrupt)
    #expect(map.action(for: .ctrl("u"), in: .search) == .promptEdit(.killToStart))
    #expect(map.action(for: .ctrl("u"), in: .timeline) == .move(.halfPageUp))
    #expect(map.action(for: .escape, in: .timeline) == .clearFilters)
    #expect(map.action(for: .char(" "), in: .themes) == .toggleTheme)
    #expect(map.action(for: .char(" "), in: .timeline) == .move(.pageDown))
    #expect(map.action(for: .char(" "), in: .detail) == .scrollDetail(.pageDown))
    #expect(map.action(for: .char("n"), in: .reader) == .nextMatch)
    #expect(map.action(for: .tab, in: .reader) == .nextPassage)
    #expect(map.action(for: .char("n"), in: .timeline) == .nextMatch)
    #expect(map.action(for: .char("7"), in: .timeline) == .openCitation(7))
    #expect(map.action(for: .char("z"), in: .timeline) == nil)
  }

  @Test(arguments: KeyMap.documentedModes)
  func helpScreenListsEveryListedBinding(_ mode: Mode) {
    let entries = KeyMap.standard.helpEntries(for: mode)
    let listed = KeyMap.standard.bindings(for: mode).filter(\.listed)
    #expect(entries.count == listed.count)
    // The help screen of a view shows the same entries (scrolling through all of them).
    guard !mode.isPrompt, mode != .confirm else { return }
    var browser = Browser(corpus: Fixtures.corpus, size: Size(width: 100, height: 60))
    let opener =
      ["timeline": "", "detail": "<Enter>", "reader": "o", "themes": "t", "sources": "s", "help": ""][mode.rawValue]
      ?? ""
    browser.press(opener + "?")
    let text = browser.render().lines.joined(separator: "\n")
    let described = mode == .help ? Mode.timeline : mode
    for entry in KeyMap.standard.helpEntries(for: described) {
      #expect(text.contains(entry.help), "\(mode): \(entry.help)")
    }
  }

  @Test func keysMarkdownIsGenerated() {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs").appendingPathComponent("KEYS.md")
    assertTextSnapshot(KeyMap.standard.markdown(), at: url)
  }
}

@Suite("README key table")
struct ReadmeKeyTableTests {
  /// The README shows the timeline's key table; it must be the generated one, row for row.
  @Test func readmeShowsTheGeneratedTimelineTable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let markdown = KeyMap.standard.markdown()
    let start = try #require(markdown.range(of: "## Timeline\n"))
    let rest = markdown[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    let table = rest[..<end].trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(table.hasPrefix("| Keys |"))
    #expect(readme.contains(table), "README.md's key table differs from KeyMap.standard; copy it from docs/KEYS.md")
  }
}
