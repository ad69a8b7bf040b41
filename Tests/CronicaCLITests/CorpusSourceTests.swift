import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

/// `--corpus PATH`, `CRONICA_CORPUS`, `browse PATH`, `list --timelinejs` and `validate PATH` all go
/// through `Corpus.open`: bundled-layout folders, user folders, TimelineJS JSON and CSV.
@Suite("Corpus sources: folders and TimelineJS files")
struct CorpusSourceTests {
  static let timelineJSON = CLIHarness.modelFixture("timelinejs/full.json")
  static let timelineCSV = CLIHarness.modelFixture("timelinejs/sheet.csv")
  static let userFolder = CLIHarness.modelFixture("usercorpus/valid")
  static let jsonIDs = ["universe", "ides", "one-bce", "founding", "storm", "slide-3", "hostile"]

  @Test func timelineJSONEveryWay() throws {
    let ways: [(arguments: [String], environment: [String: String])] = [
      (["list", "--corpus", Self.timelineJSON, "--format", "json"], [:]),
      (["list", "--timelinejs", Self.timelineJSON, "--format", "json"], [:]),
      (["list", "--format", "json"], ["CRONICA_CORPUS": Self.timelineJSON]),
    ]
    for way in ways {
      let outcome = CLIHarness.run(way.arguments, environment: way.environment)
      #expect(outcome.status == 0, "\(way.arguments): \(outcome.stderr)")
      #expect(try CLIHarness.ids(outcome) == Self.jsonIDs)
    }
  }

  @Test func browseOfAFileListsItWhenNotATerminal() {
    let browse = CLIHarness.run(["browse", Self.timelineJSON])
    #expect(browse.status == 1 && browse.stderr.contains("needs a terminal"))
    // Without the subcommand and without a terminal, the file is listed as `list` would.
    let bare = CLIHarness.run([Self.timelineJSON])
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(bare.stdout == CLIHarness.run(["list", "--timelinejs", Self.timelineJSON]).stdout)
    #expect(bare.stdout.contains("13.8 billion years ago"))
    #expect(bare.stdout.hasSuffix("7 events\n"))
  }

  @Test func hostileTimelineTextNeverReachesTheTerminal() {
    for format in ["text", "json", "csv", "markdown"] {
      let outcome = CLIHarness.run(["list", "--timelinejs", Self.timelineJSON, "--format", format], terminal: true)
      #expect(outcome.status == 0)
      #expect(CLIHarness.unsafeScalars(in: outcome.stdout.replacingOccurrences(of: "\r\n", with: "\n")).isEmpty)
    }
  }

  @Test func timelineCSVIsDetected() throws {
    let outcome = CLIHarness.run(["list", "--corpus", Self.timelineCSV, "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(try CLIHarness.ids(outcome).count == 3)
    let themes = CLIHarness.run(["themes", "--corpus", Self.timelineCSV])
    #expect(themes.stdout.contains("weather") && themes.stdout.contains("Weather"))
  }

  @Test func contentDetectionWithoutExtension() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let copy = folder.path("timeline")
    try FileManager.default.copyItem(atPath: Self.timelineJSON, toPath: copy)
    let outcome = CLIHarness.run(["list", "--corpus", copy, "--format", "json"])
    #expect(try CLIHarness.ids(outcome) == Self.jsonIDs)
  }

  @Test func userFolderLoadsAndValidatesWithWarnings() throws {
    let list = CLIHarness.run(["list", "--corpus", Self.userFolder, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(try CLIHarness.ids(list) == ["fishing-season-early", "harbor-dredging-done"])
    let validate = CLIHarness.run(["validate", Self.userFolder])
    #expect(validate.status == 0)
    #expect(validate.stdout.hasPrefix("ok: \(Self.userFolder): 2 articles, 2 events"))
    #expect(validate.stdout.contains("warning: articles/season-notes.txt: no front matter"))
    let json = CLIHarness.run(["validate", Self.userFolder, "--format", "json"])
    let report = try #require(try CLIHarness.json(json.stdout) as? [String: Any])
    let warnings = try #require(report["warnings"] as? [[String: Any]])
    #expect(warnings.contains { $0["file"] as? String == "articles/season-notes.txt" })
  }

  @Test func badTimelineListsEveryProblemWithLineAndColumn() {
    let bad = CLIHarness.modelFixture("timelinejs/bad.json")
    let validate = CLIHarness.run(["validate", bad])
    #expect(validate.status == 65)
    let lines = validate.stdout.split(separator: "\n")
    #expect(lines.last == "9 problems in \(bad)")
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("bad.json: line ") && $0.contains(", column ") })
    #expect(validate.stdout.contains("events[0] (id 'month-13').start_date.month: 13 is not between 1 and 12"))
    let list = CLIHarness.run(["list", "--timelinejs", bad])
    #expect(list.status == 65)
    #expect(list.stdout.isEmpty)
    #expect(list.stderr.hasPrefix("Error: cannot load the corpus at \(bad) (9 problems):"))
  }

  @Test func brokenUserFolderFailsWholeWithLocations() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(atPath: folder.path("articles"), withIntermediateDirectories: true)
    try "---\ntitle: [unclosed\n---\nText.\n".write(
      toFile: folder.path("articles/a.md"), atomically: true, encoding: .utf8)
    try "{\"format_version\": 1, \"events\": [\n  {\"id\": 3}\n]}\n".write(
      toFile: folder.path("events.json"), atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["validate", folder.url.path])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.contains("articles/a.md: line "))
    #expect(outcome.stdout.contains("events.json: line 2, column "))
    let list = CLIHarness.run(["list", "--corpus", folder.url.path])
    #expect(list.status == 65 && list.stdout.isEmpty)
  }

  @Test func missingPathIsAUsageError() {
    for arguments in [["list", "--timelinejs", "/nonexistent/t.json"], ["browse", "/nonexistent/t.json"]] {
      let outcome = CLIHarness.run(arguments, environment: ["TERM": "xterm"], terminal: true)
      #expect(outcome.status == 64, "\(arguments)")
      #expect(outcome.stderr.contains("'/nonexistent/t.json' does not exist"))
    }
  }
}

/// A folder of articles without `events.json` gets proposed events, marked extracted.
@Suite("Proposed events for a folder without events.json")
struct ProposedChronologyTests {
  @Test func exampleWithoutEventsGetsExtractedEvents() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Corpus.writeExample(to: folder.url)
    try FileManager.default.removeItem(atPath: folder.path("events.json"))
    let list = CLIHarness.run(["list", "--corpus", folder.url.path, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    let events = try #require(try CLIHarness.json(list.stdout) as? [[String: Any]])
    #expect(!events.isEmpty)
    for event in events {
      #expect(event["origin"] as? String == "extracted")
      let citations = try #require(event["citations"] as? [[String: Any]])
      #expect(citations.count == 1)
      #expect(!(event["themes"] as? [String] ?? []).isEmpty)
    }
    let validate = CLIHarness.run(["validate", folder.url.path])
    #expect(validate.status == 0)
    #expect(validate.stdout.contains("warning: events.json: missing, so \(events.count) event"))
    #expect(validate.stdout.contains("marked extracted"))
  }

  @Test func curatedEventsCarryNoOrigin() throws {
    let outcome = CLIHarness.run(["list", "--corpus", CorpusSourceTests.userFolder, "--format", "json"])
    let events = try #require(try CLIHarness.json(outcome.stdout) as? [[String: Any]])
    #expect(events.allSatisfy { $0["origin"] == nil })
  }
}
