import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

@testable import CronicaTerminal

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ name: String) throws -> URL {
  let url = try TemporaryFolder("cronica").url
  return url
}

/// Three events citing one article (with an optional web address).
func smallCorpus(url: String? = nil) -> Corpus {
  let text = "Alpha happened. Beta happened. Gamma happened."
  let article = Article(
    id: "a", title: "Article A", outlet: "Outlet", authors: [], published: nil, publishedDisplay: "2020",
    dateBasis: "test", origin: "a.txt", text: text, url: url)
  let events = ["alpha", "beta", "gamma"].enumerated().compactMap { offset, id -> Event? in
    guard let start = PartialDate(year: 2000 + offset) else { return nil }
    return Event(
      id: id, start: EDTFDate(start), display: "\(2000 + offset)",
      kind: .report, title: id.capitalized, summary: "\(id) summary.", themes: [],
      citations: [Citation(article: "a", quote: "\(id.capitalized) happened.")])
  }
  return Corpus(articles: [article], events: events, themes: [])
}

@Suite("Marks file lifecycle (temporary XDG_STATE_HOME)")
struct MarksStoreTests {
  @Test("the file lives under $XDG_STATE_HOME/cronica, else ~/.local/state/cronica; one file per identity")
  func location() throws {
    let state = try #require(MarksStore(identity: "/data/my corpus", environment: ["XDG_STATE_HOME": "/x/state"]))
    #expect(state.url.deletingLastPathComponent().path == "/x/state/cronica")
    #expect(state.url.lastPathComponent.hasPrefix("my-corpus-") && state.url.lastPathComponent.hasSuffix(".marks.json"))
    let home = try #require(MarksStore(identity: "bundled", environment: ["HOME": "/home/u", "XDG_STATE_HOME": "rel"]))
    #expect(home.url.deletingLastPathComponent().path == "/home/u/.local/state/cronica")
    let other = try #require(MarksStore(identity: "/other/my corpus", environment: ["XDG_STATE_HOME": "/x/state"]))
    #expect(other.url != state.url)
    #expect(MarksStore(identity: "bundled", environment: [:]) == nil)
  }

  @Test("no file is no marks; saved marks load back, sorted, in a versioned file")
  func roundTrip() throws {
    let folder = try temporaryFolder("marks")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(MarksStore(identity: "bundled", environment: ["XDG_STATE_HOME": folder.path]))
    let empty = store.load()
    #expect(empty.marks.isEmpty && empty.problem == nil)
    #expect(store.save(["beta", "alpha"], since: []).problem == nil)
    let loaded = store.load()
    #expect(loaded.marks == ["alpha", "beta"] && loaded.problem == nil)
    let text = try String(contentsOf: store.url, encoding: .utf8)
    #expect(text.contains("\"format_version\" : 1") && text.contains("\"corpus\" : \"bundled\""))
    // Saving again replaces the file (atomically: no temporary file is left behind).
    #expect(store.save(["gamma"], since: ["alpha", "beta"]).problem == nil)
    #expect(store.load().marks == ["gamma"])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path)
    #expect(leftovers.sorted() == [store.lockURL.lastPathComponent, store.url.lastPathComponent])
  }

  @Test(
    "a damaged file is moved aside to .bad with a message, never silently dropped",
    arguments: ["{not json", "[1, 2]", "{\"marks\": \"alpha\"}", "{\"marks\": [\"alpha\", 3]}", ""])
  func damaged(_ content: String) throws {
    let folder = try temporaryFolder("marks-bad")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(MarksStore(identity: "bundled", environment: ["XDG_STATE_HOME": folder.path]))
    try FileManager.default.createDirectory(
      at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(content.utf8).write(to: store.url)
    let loaded = store.load()
    #expect(loaded.marks.isEmpty)
    let problem = try #require(loaded.problem)
    #expect(problem.contains(store.url.path + ".bad"))
    #expect(!FileManager.default.fileExists(atPath: store.url.path))
    #expect(try Data(contentsOf: URL(fileURLWithPath: store.url.path + ".bad")) == Data(content.utf8))
  }

  @Test("ids the corpus does not have are kept in the file across a change, but not shown")
  func unknownIdsKept() throws {
    let folder = try temporaryFolder("marks-unknown")
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_STATE_HOME": folder.path]
    let store = try #require(MarksStore(identity: "/c", environment: environment))
    #expect(store.save(["removed-event", "beta"], since: []).problem == nil)
    let device = ScriptedDevice([.input(.event(.key(.char("m")))), .input(.timeout)])
    var loop = BrowserLoop(
      browser: Browser(corpus: smallCorpus(), size: Size(width: 80, height: 24)),
      options: TerminalOptions(debugCrash: false, corpusIdentity: "/c", environment: environment), colorCapacity: 0)
    #expect(loop.run(on: device) == .interrupted)
    #expect(loop.browser.state.markedCount == 2)
    #expect(store.load().marks == ["alpha", "beta", "removed-event"])
  }

  @Test("the loop puts the damaged-file message on the message line at start")
  func damagedMessageShown() throws {
    let folder = try temporaryFolder("marks-loop")
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_STATE_HOME": folder.path]
    let store = try #require(MarksStore(identity: "/c", environment: environment))
    try FileManager.default.createDirectory(
      at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("garbage".utf8).write(to: store.url)
    let device = ScriptedDevice([.input(.timeout)])
    device.size = Size(width: 80, height: 24)
    var loop = BrowserLoop(
      browser: Browser(corpus: smallCorpus(), size: Size(width: 80, height: 24)),
      options: TerminalOptions(debugCrash: false, corpusIdentity: "/c", environment: environment), colorCapacity: 0)
    _ = loop.run(on: device)
    let shown = try #require(loop.presenter.last).lines[23]
    #expect(shown.contains("damaged"))
    #expect(FileManager.default.fileExists(atPath: store.url.path + ".bad"))
  }

  @Test("two browsers: A marks 1, B marks 2, A marks 3 → the file has all three; B unmarks 2 → 1 and 3")
  func twoBrowsersMerge() throws {
    let folder = try temporaryFolder("marks-merge")
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_STATE_HOME": folder.path]
    let a = try #require(MarksStore(identity: "/c", environment: environment))
    let b = try #require(MarksStore(identity: "/c", environment: environment))
    var baseA = a.load().marks
    var baseB = b.load().marks
    baseA = try #require(a.save(["1"], since: baseA).marks)
    baseB = try #require(b.save(["2"], since: baseB).marks)
    #expect(baseB == ["1", "2"], "B's save shows A's mark")
    baseA = try #require(a.save(["1", "3"], since: baseA).marks)
    #expect(a.load().marks == ["1", "2", "3"])
    baseB = try #require(b.save(["1"], since: baseB).marks)
    #expect(b.load().marks == ["1", "3"])
    #expect(baseA == ["1", "2", "3"] && baseB == ["1", "3"])
  }

  @Test("browsers saving at the same time lose nothing (the merge is under a lock)")
  func concurrentSavesLoseNothing() async throws {
    let folder = try temporaryFolder("marks-race")
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_STATE_HOME": folder.path]
    let writers = 4
    let marksEach = 40
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<writers {
        group.addTask {
          guard let store = MarksStore(identity: "/race", environment: environment) else { return }
          var base = store.load().marks
          var mine: [String] = []
          for number in 0..<marksEach {
            mine.append("w\(writer)-\(number)")
            // This browser's view: what it last saw plus its own marks.
            let view = base.union(mine)
            if let merged = store.save(Array(view), since: base).marks { base = merged }
          }
        }
      }
    }
    let store = try #require(MarksStore(identity: "/race", environment: environment))
    let expected = Set((0..<writers).flatMap { writer in (0..<marksEach).map { "w\(writer)-\($0)" } })
    #expect(store.load().marks == expected)
  }

  @Test("a FIFO at the marks path is set aside, never waited on")
  func fifoAtTheMarksPath() throws {
    let folder = try temporaryFolder("marks-fifo")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(MarksStore(identity: "bundled", environment: ["XDG_STATE_HOME": folder.path]))
    try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
    #expect(mkfifo(store.url.path, 0o600) == 0)
    let loaded = store.load()
    #expect(loaded.marks.isEmpty)
    #expect(loaded.problem?.contains("not a regular file (a FIFO)") == true, "\(String(describing: loaded.problem))")
  }
}
