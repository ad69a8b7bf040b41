import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

/// The events built for a folder of articles without events.json, which its corpus read in place
/// and left to the command: a process that exits after its output (the live one) leaves them to
/// the exit; otherwise, and always in the browser (which runs on), they are freed, not held.
@Suite(.serialized) struct ProposalReleaseTests {
  /// How many lists of events held until the exit cite `article`: an id unique to one test, so
  /// that suites running alongside (which hold events or corpora of their own) cannot move the count.
  static func held(citing article: String) -> Int {
    HeldUntilExit.held([Event].self).filter { events in
      events.contains { $0.citations.contains { $0.article == article } }
    }.count
  }

  /// `BuildCommandTests.articles` in `folder`, article "a" renamed to an id of its own (returned).
  static func articles(in folder: TemporaryFolder) throws -> String {
    try BuildCommandTests.articles(in: folder)
    let unique = "a-" + UUID().uuidString.lowercased()
    try FileManager.default.moveItem(atPath: folder.path("articles/a.md"), toPath: folder.path("articles/\(unique).md"))
    return unique
  }

  @Test(arguments: [["validate"], ["themes", "--corpus"], ["list", "--corpus"]])
  func theLiveProcessLeavesTheBuiltEventsToTheExit(command: [String]) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let article = try Self.articles(in: folder)
    let arguments = command + [folder.url.path]
    let before = Self.held(citing: article)
    let freed = CronicaCommand.execute(arguments, in: CommandContext())
    #expect(Self.held(citing: article) == before)
    var exiting = CommandContext()
    exiting.exitsAfterOutput = true
    let held = CronicaCommand.execute(arguments, in: exiting)
    #expect(Self.held(citing: article) == before + 1)
    #expect(held == freed && held.status == 0, "\(held.stdout)\(held.stderr)")
  }

  /// The browser's open, even in the live process, holds none of the events it built.
  @Test func theBrowserHoldsNoBuiltEvents() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let article = try Self.articles(in: folder)
    var live = CommandContext()
    live.exitsAfterOutput = true
    let before = Self.held(citing: article)
    let start = try CorpusOptions().openForBrowser(explicit: folder.url.path, in: live, events: 200)
    guard case .opened(let opened) = start else {
      Issue.record("a folder of articles is opened whole")
      return
    }
    #expect(opened.corpus.events.count > 0)
    #expect(opened.warnings.contains { $0.message.contains("built from the articles") })
    #expect(Self.held(citing: article) == before)
  }
}
