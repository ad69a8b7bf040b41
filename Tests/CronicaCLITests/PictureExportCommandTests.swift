import CronicaModel
import CronicaTerminal
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

/// `export --format svg|html`: filters as `list`, `--lanes`, `--marked`, and files written atomically.
@Suite("cronica export --format svg|html")
struct PictureExportCommandTests {
  static let valid = CLIHarness.corpus("valid")

  /// The ids of the event groups of an SVG (`<g id="…" class="event…">`).
  static func groupIDs(_ svg: String) -> [String] {
    svg.components(separatedBy: "<g id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
  }

  @Test(arguments: ["svg", "html"])
  func honoursTheFiltersOfList(format: String) throws {
    let filters = [["--theme", "arms"], ["--from", "2019"], ["--search", "cash"], ["--kind", "meeting"]]
    for filter in filters {
      let listed = try CLIHarness.ids(CLIHarness.run(["list", "--corpus", Self.valid, "--format", "json"] + filter))
      let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--format", format] + filter)
      #expect(outcome.status == 0, "\(outcome.stderr)")
      #expect(Self.groupIDs(outcome.stdout) == listed, "\(filter)")
      #expect(outcome.stdout.contains("filtered by"), "the picture does not say it is filtered by \(filter)")
    }
  }

  @Test func lanesNoneDrawsEveryEventOnOneLine() throws {
    let themes = CLIHarness.run(["export", "--corpus", Self.valid, "--format", "svg"])
    let none = CLIHarness.run(["export", "--corpus", Self.valid, "--format", "svg", "--lanes", "none"])
    #expect(themes.status == 0 && none.status == 0)
    #expect(themes.stdout.contains("class=\"lane-label\"") && !none.stdout.contains("class=\"lane-label\""))
    #expect(Self.groupIDs(themes.stdout) == Self.groupIDs(none.stdout))
    let markers = none.stdout.components(separatedBy: "class=\"marker\"").count - 1
    #expect(markers == Self.groupIDs(none.stdout).count)
  }

  @Test func lanesIsForPicturesOnly() {
    let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--format", "json", "--lanes", "none"])
    #expect(outcome.status == 64)
    #expect(outcome.stderr.contains("--lanes applies to --format svg and html"))
    #expect(outcome.stdout.isEmpty)
    let bad = CLIHarness.run(["export", "--corpus", Self.valid, "--format", "svg", "--lanes", "diagonal"])
    #expect(bad.status == 64 && bad.stderr.contains("themes") && bad.stderr.contains("none"))
  }

  /// `--marked` keeps the events marked in the browser: the marks file of the corpus, read from
  /// `$XDG_STATE_HOME/cronica`, the same store the browser writes.
  @Test func markedKeepsTheBrowsersMarks() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let environment = ["XDG_STATE_HOME": state.url.path]
    let all = try CLIHarness.ids(CLIHarness.run(["list", "--corpus", Self.valid, "--format", "json"]))
    let store = try #require(MarksStore(identity: Browse.marksIdentity(chosen: Self.valid), environment: environment))
    #expect(store.save([all[2], all[0], "no-such-event"], since: []).problem == nil)
    let listed = CLIHarness.run(
      ["list", "--corpus", Self.valid, "--format", "json", "--marked"], environment: environment)
    #expect(try CLIHarness.ids(listed) == [all[0], all[2]])
    let exported = CLIHarness.run(
      ["export", "--corpus", Self.valid, "--format", "svg", "--marked"], environment: environment)
    #expect(Self.groupIDs(exported.stdout) == [all[0], all[2]])
    #expect(exported.stdout.contains("filtered by marked"))
    // Markdown names `--marked` among the filters, as the pictures do.
    let markdown = CLIHarness.run(
      ["list", "--corpus", Self.valid, "--format", "markdown", "--marked", "--from", "2008"], environment: environment)
    #expect(markdown.stdout.contains("\n2 events of 5, filtered by from 2008, marked.\n"))
    // No marks saved for another corpus: nothing marked.
    let other = CLIHarness.run(
      ["list", "--corpus", CLIHarness.corpus("warnings"), "--format", "json", "--marked"], environment: environment)
    #expect(other.status == 0)
    #expect(try CLIHarness.ids(other).isEmpty)
  }

  @Test func aDamagedMarksFileIsAnErrorNotAnEmptyExport() throws {
    let state = try TemporaryFolder()
    defer { state.remove() }
    let environment = ["XDG_STATE_HOME": state.url.path]
    let store = try #require(MarksStore(identity: Browse.marksIdentity(chosen: Self.valid), environment: environment))
    try FileManager.default.createDirectory(
      at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("not json".utf8).write(to: store.url)
    let outcome = CLIHarness.run(
      ["export", "--corpus", Self.valid, "--format", "html", "--marked"], environment: environment)
    #expect(outcome.status == 65)
    #expect(outcome.stderr.contains("--marked") && outcome.stderr.contains("damaged"))
    #expect(outcome.stdout.isEmpty)
  }

  @Test(arguments: ["svg", "html"])
  func writesAFileAndSaysSo(format: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("timeline." + format)
    let outcome = CLIHarness.run(["export", "--corpus", Self.valid, "--format", format, "-o", file, "--theme", "arms"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(outcome.stdout.hasPrefix("wrote \(Self.groupIDs(written).count) event"))
    #expect(outcome.stdout.contains("as \(format) to "))
    #expect(try folder.names() == ["timeline." + format])
  }
}
