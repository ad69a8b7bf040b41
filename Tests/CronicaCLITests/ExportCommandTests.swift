import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

@Suite("cronica export")
struct ExportCommandTests {
  static let valid = CLIHarness.corpus("valid")

  @Test(arguments: ExportFormat.allCases)
  func everyFormatToStdoutMatchesTheModel(format: ExportFormat) throws {
    let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--format", format.rawValue])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let corpus = try Corpus.load(from: URL(fileURLWithPath: Self.valid))
    let expected = String(decoding: try CorpusExport.data(of: corpus, format: format), as: UTF8.self)
    #expect(outcome.stdout == JSONText.escapeUnsafe(expected) || outcome.stdout == expected)
    #expect(!outcome.stdout.isEmpty)
  }

  @Test func jsonCarriesTheFormatVersionAndTheFilteredEvents() throws {
    let all = try CLIHarness.ids(CLIHarness.run(["list", "--corpus", Self.valid, "--format", "json"]))
    let filtered = try CLIHarness.ids(
      CLIHarness.run(["list", "--corpus", Self.valid, "--format", "json", "--from", "2019"]))
    #expect(filtered.count < all.count && !filtered.isEmpty)
    let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--from", "2019"])
    let file = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    #expect(file["format_version"] as? Int == 1)
    let events = try #require(file["events"] as? [[String: Any]])
    #expect(events.compactMap { $0["id"] as? String } == filtered)
  }

  @Test(arguments: [ExportFormat.timelinejs, .timelinejsCSV])
  func roundTripThroughCorpusFile(format: ExportFormat) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path(format == .timelinejs ? "out.json" : "out.csv")
    let export = CLIHarness.run(["export", "--corpus", Self.valid, "--format", format.rawValue, "-o", file])
    #expect(export.status == 0, "\(export.stderr)")
    let original = try #require(
      try CLIHarness.json(CLIHarness.run(["list", "--corpus", Self.valid, "--format", "json"]).stdout)
        as? [[String: Any]])
    let back = CLIHarness.run(["list", "--corpus", file, "--format", "json"])
    #expect(back.status == 0, "\(back.stderr)")
    let imported = try #require(try CLIHarness.json(back.stdout) as? [[String: Any]])
    #expect(imported.count == original.count)
    // TimelineJS text is HTML made plain: control characters from the fixture's hostile fields
    // are dropped on import, so compare without them.
    func plain(_ value: Any?) -> String? {
      (value as? String).map { text in
        String(
          String.UnicodeScalarView(
            text.unicodeScalars.filter { !CLIHarness.unsafeScalars(in: String($0)).contains($0) }))
      }
    }
    for (a, b) in zip(original, imported) {
      // TimelineJS carries the days an event allows (start and end dates) and its wording.
      for key in ["id", "earliest", "latest", "display", "kind", "title", "summary"] {
        #expect(plain(a[key]) == plain(b[key]), "\(key) of \(a["id"] ?? "")")
      }
      #expect(a["themes"] as? [String] == b["themes"] as? [String])
    }
    #expect(CLIHarness.run(["validate", file]).status == 0)
  }

  /// `export` and `list` share one Markdown renderer: the same document, filters named in both.
  @Test func markdownIsTheListsDocument() {
    let filters = ["--theme", "arms", "--from", "2019", "--format", "markdown"]
    let export = CLIHarness.run(["export", "--corpus", Self.valid] + filters)
    #expect(export.status == 0)
    #expect(export.stdout.contains("2 events of 5, filtered by theme Arms trafficking, from 2019."))
    #expect(export.stdout == CLIHarness.runValid(["list"] + filters).stdout)
  }

  @Test func outputFileIsWrittenAtomicallyWithNoTemporaryFilesLeft() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("timeline.md")
    try "old\n".write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--format", "markdown", "-o", file])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("wrote 5 events as markdown to \(file)"))
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written.hasPrefix("# "))
    #expect(try folder.names() == ["timeline.md"])
  }

  @Test func aFailedExportLeavesTheOldFileIntact() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("keep.json")
    try "precious\n".write(toFile: file, atomically: true, encoding: .utf8)
    // Unknown theme: fails before anything is written.
    let badFilter = CLIHarness.run(["export", "--corpus", Self.valid, "--theme", "nope", "-o", file])
    #expect(badFilter.status == 64)
    // A corpus that does not load.
    let badCorpus = CLIHarness.run(["export", "--corpus", CLIHarness.corpus("broken"), "-o", file])
    #expect(badCorpus.status == 65)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious\n")
    // Destinations that cannot be written: a folder, a folder that does not exist.
    let onFolder = CLIHarness.run(["export", "--corpus", Self.valid, "-o", folder.url.path])
    #expect(onFolder.status == 73 && onFolder.stderr.contains("it is a folder"))
    let nowhere = CLIHarness.run(["export", "--corpus", Self.valid, "-o", file + "/inside.json"])
    #expect(nowhere.status == 73 && nowhere.stderr.contains("does not exist"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "precious\n")
    #expect(try folder.names() == ["keep.json"])
  }

  @Test func textExportsToATerminalAreSanitized() {
    let timeline = CLIHarness.modelFixture("timelinejs/full.json")
    for format in ExportFormat.allCases {
      let outcome = CLIHarness.run(["export", "--corpus", timeline, "--format", format.rawValue], terminal: true)
      #expect(outcome.status == 0)
      let text = outcome.stdout.replacingOccurrences(of: "\r\n", with: "\n")
      #expect(CLIHarness.unsafeScalars(in: text).isEmpty, "\(format)")
    }
  }

  @Test func listCSVUsesTheModelsEncoder() throws {
    let outcome = CLIHarness.run(["list", "--corpus", Self.valid, "--format", "csv"])
    let rows = try CSV.parse(outcome.stdout)
    #expect(rows.first?.fields == CorpusExport.csvHeader)
    #expect(CSV.encode(rows.map(\.fields)) == outcome.stdout)
  }
}
