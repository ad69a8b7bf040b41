import CronicaCLI
import CronicaModel
import CronicaResources
import CronicaTestSupport
import Foundation
import Testing

/// `list` through the command layer with snapshots on: the first run saves one, later runs print
/// the same from it, and an edited corpus is read from its files again.
@Suite struct SnapshotCommandTests {
  /// A copy of the bundled corpus with old file times, and an environment whose cache takes it.
  struct Setup {
    let folder: TemporaryFolder
    var corpus: String { folder.path("corpus") }
    var environment: [String: String] {
      ["XDG_CACHE_HOME": folder.path("cache"), "CRONICA_SNAPSHOT_MIN_EVENTS": "1"]
    }
    var snapshots: URL { folder.url.appendingPathComponent("cache/cronica/snapshots") }

    init() throws {
      folder = try TemporaryFolder()
      try FileManager.default.copyItem(at: try #require(CronicaResources.corpusURL), to: folder.url.appendingPathComponent("corpus"))
      try FileAge.backdate(folder.url.appendingPathComponent("corpus"))
    }

    func list(_ arguments: [String] = [], environment extra: [String: String] = [:]) -> CommandOutcome {
      CLIHarness.run(["list", "--corpus", corpus] + arguments, environment: environment.merging(extra) { $1 })
    }
  }

  @Test func theFirstListSavesASnapshotAndLaterOnesPrintTheSame() throws {
    let setup = try Setup()
    defer { setup.folder.remove() }
    let first = setup.list(["--search", "cartel"])
    #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
    let saved = try FileManager.default.contentsOfDirectory(atPath: setup.snapshots.path)
    #expect(saved.count == 1 && saved[0].hasSuffix(".snapshot"), "\(saved)")
    for arguments in [["--search", "cartel"], [], ["--theme", "fentanyl"], ["--format", "json"], ["--format", "csv"]] {
      let withSnapshot = setup.list(arguments)
      let fromFiles = setup.list(arguments, environment: ["CRONICA_SNAPSHOTS": "off"])
      #expect(withSnapshot.status == 0 && withSnapshot.stdout == fromFiles.stdout, "\(arguments)")
    }
  }

  @Test func anEditedCorpusIsListedFromItsFiles() throws {
    let setup = try Setup()
    defer { setup.folder.remove() }
    _ = setup.list()
    let events = URL(fileURLWithPath: setup.corpus).appendingPathComponent("events.json")
    let text = try String(contentsOf: events, encoding: .utf8)
    let title = try #require(try Corpus.load(from: URL(fileURLWithPath: setup.corpus)).events.first?.title)
    try text.replacingOccurrences(of: "\"\(title)\"", with: "\"Edited: \(title)\"").write(to: events, atomically: true, encoding: .utf8)
    try FileAge.backdate(URL(fileURLWithPath: setup.corpus))
    let after = setup.list(["--format", "json"])
    #expect(after.status == 0)
    #expect(after.stdout.contains("Edited: "))
  }

  @Test func snapshotsOffWritesNothing() throws {
    let setup = try Setup()
    defer { setup.folder.remove() }
    #expect(setup.list(environment: ["CRONICA_SNAPSHOTS": "off"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: setup.snapshots.path))
  }
}
