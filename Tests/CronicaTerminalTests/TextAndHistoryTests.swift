import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

@testable import CronicaTerminal

@Suite("Clusters curses cannot keep in one cell")
struct ClusterTests {
  @Test(arguments: [
    ("e\u{301}", false, ["e\u{301}"]),  // a combining accent stays with its letter
    ("❤️", true, ["❤️"]),  // a variation selector is zero-width
    ("👩‍💻", true, ["\u{FFFD}", " "]),  // a ZWJ sequence would be cut after its first picture
    ("👍🏽", true, ["\u{FFFD}", " "]),  // so would a skin tone
    ("🇲🇽", true, ["M", "X"]),  // a flag becomes its letters
    ("👨‍👩‍👧‍👦", true, ["\u{FFFD}", " "]),  // more scalars than a cell holds
    ("A", false, ["A"]),
  ])
  func replacedWhole(_ symbol: String, _ wide: Bool, _ expected: [String]) {
    #expect(CellSymbol.columns(for: symbol, wide: wide) == expected)
  }

  @Test("the presenter draws a replaced cluster across both of its columns")
  func presenterDrawsBothColumns() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.put("👩‍💻🇲🇽x", x: 0, y: 0)
    let screen = RecordingScreen()
    var presenter = Presenter(palette: ColorPalette(capacity: 0))
    presenter.present(grid, on: screen)
    let drawn = screen.draws.compactMap { call -> String? in
      if case .draw(let symbol, let x, _, _, _) = call { return "\(x):\(symbol)" }
      return nil
    }
    #expect(drawn == ["0:\u{FFFD}", "1: ", "2:M", "3:X", "4:x", "5: "])
  }
}

@Suite("Search history file")
struct SearchHistoryStoreTests {
  static func folder() throws -> URL {
    let url = try TemporaryFolder("history").url
    return url
  }

  @Test("searches are kept in the state folder, newest last, without repeats")
  func recordAndLoad() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(SearchHistoryStore(environment: ["XDG_STATE_HOME": folder.path]))
    #expect(store.url.path == folder.path + "/cronica/search-history.json")
    #expect(store.load().searches.isEmpty)
    #expect(store.record("merida") == nil)
    #expect(store.record("fentanyl") == nil)
    #expect(store.record("merida") == nil)
    #expect(store.load().searches == ["fentanyl", "merida"])
  }

  @Test("two browsers' searches merge instead of overwriting each other")
  func concurrentWritersMerge() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = SearchHistoryStore(url: folder.appendingPathComponent("h.json"))
    let second = SearchHistoryStore(url: folder.appendingPathComponent("h.json"))
    _ = first.record("from the first")
    _ = second.record("from the second")
    _ = first.record("first again")
    #expect(first.load().searches == ["from the first", "from the second", "first again"])
  }

  @Test("a damaged file is moved aside, never dropped")
  func damagedFileMovedAside() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("h.json")
    try Data("not json".utf8).write(to: url)
    let store = SearchHistoryStore(url: url)
    let loaded = store.load()
    #expect(loaded.searches.isEmpty)
    #expect(loaded.problem?.contains(".bad") == true)
    #expect(try String(contentsOf: URL(fileURLWithPath: url.path + ".bad"), encoding: .utf8) == "not json")
    #expect(store.record("new") == nil)
    #expect(store.load().searches == ["new"])
  }

  @Test("the loop loads the history before the first key and saves each search")
  func loopLoadsAndSaves() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_STATE_HOME": folder.path]
    _ = try #require(SearchHistoryStore(environment: environment)).record("earlier")
    let host = EffectHost(options: TerminalOptions(debugCrash: false, corpusIdentity: "bundled", environment: environment))
    #expect(host.loadSearches().searches == ["earlier"])
    #expect(host.recordSearch("later") == nil)
    #expect(host.loadSearches().searches == ["earlier", "later"])
  }
}
