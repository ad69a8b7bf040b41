import CronicaModel
import CronicaResources
import Foundation
import Testing
import CronicaTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `cronica build`: the chronology the model builds, its output, bad input, `--update`.
@Suite struct BuildCommandTests {
  /// A folder of two small articles with front matter.
  static func articles(in folder: TemporaryFolder) throws {
    try FileManager.default.createDirectory(atPath: folder.path("articles"), withIntermediateDirectories: true)
    try """
      ---
      title: Border crossing opens
      published: 2021-03-15
      ---
      On March 3, 2021, officials opened a new border crossing in Nogales.
      Police have seized 1,200 kilograms of cocaine at the port this year.
      """.write(toFile: folder.path("articles/a.md"), atomically: true, encoding: .utf8)
    try """
      ---
      title: Crossing
      published: 2021-03
      ---
      In March 2021, Nogales officials opened the crossing to trucks.
      The mayor of Nogales has praised the new crossing, officials said.
      """.write(toFile: folder.path("articles/b.md"), atomically: true, encoding: .utf8)
  }

  @Test func buildsTheBundledCorpusIntoAnEventsFileThatValidates() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try #require(CronicaResources.corpusURL)
    try FileManager.default.removeItem(at: folder.url)
    try FileManager.default.copyItem(at: corpus, to: folder.url)
    let built = CLIHarness.run(["build", folder.url.path, "-o", folder.path("events.json")])
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stdout.isEmpty)
    #expect(built.stderr.contains("built ") && built.stderr.contains("from 5 articles"))
    #expect(built.stderr.contains("wrote ") && built.stderr.contains("events.json"))
    let validate = CLIHarness.run(["validate", folder.url.path])
    #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    #expect(!validate.stdout.contains("warning"), "\(validate.stdout)")
    let file = try JSONDecoder().decode(CorpusFiles.EventsFile.self, from: Data(contentsOf: URL(fileURLWithPath: folder.path("events.json"))))
    #expect(file.events.count >= 30)
    #expect(file.events.allSatisfy { $0.origin == "extracted" && $0.confidence != nil && $0.rules?.isEmpty == false })
    #expect(file.events.contains { !($0.themeEvidence ?? [:]).isEmpty })
  }

  @Test func printsJSONByDefaultAndATableOnRequest() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let json = CLIHarness.run(["build", folder.url.path])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(try CLIHarness.json(json.stdout) as? [String: Any])
    #expect(object["format_version"] as? Int == 1)
    let events = try #require(object["events"] as? [[String: Any]])
    // The crossing is one event, cited from both articles.
    let crossing = try #require(events.first { ($0["title"] as? String)?.contains("opened") == true })
    #expect(Set((crossing["citations"] as? [[String: Any]] ?? []).compactMap { $0["article"] as? String }) == ["a", "b"])
    let text = CLIHarness.run(["build", folder.url.path, "--format", "text"])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("DATE") && text.stdout.contains("◇ ") && text.stdout.hasSuffix("\(events.count) events\n"))
  }

  @Test func theMinimumConfidenceLeavesOutProposals() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let all = try #require(try CLIHarness.json(CLIHarness.run(["build", folder.url.path]).stdout) as? [String: Any])
    let scores = (all["events"] as? [[String: Any]] ?? []).compactMap { $0["confidence"] as? Int }.sorted()
    #expect(scores.count >= 2)
    let some = CLIHarness.run(["build", folder.url.path, "--min-confidence", String(scores.last!)])
    let kept = try #require(try CLIHarness.json(some.stdout) as? [String: Any])
    #expect((kept["events"] as? [[String: Any]])?.count == scores.filter { $0 >= scores.last! }.count)
    #expect(some.stderr.contains("below the minimum confidence"))
    #expect(CLIHarness.run(["build", folder.url.path, "--min-confidence", "101"]).status == 64)
  }

  @Test func badFilesAreNamedAndTheRestIsBuilt() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let articles = folder.url.appendingPathComponent("articles")
    try Data([0x41, 0x00, 0x42, 0x43]).write(to: articles.appendingPathComponent("binary.txt"))
    try Data().write(to: articles.appendingPathComponent("empty.md"))
    try Data("Caf\u{E9} ".utf8.map { $0 } + [0xE9, 0x20, 0x61]).write(to: articles.appendingPathComponent("latin1.txt"))
    // 17 MB without writing it: a sparse file.
    let big = articles.appendingPathComponent("big.md")
    #expect(FileManager.default.createFile(atPath: big.path, contents: Data("x".utf8)))
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: 17 << 20)
    try handle.close()
    #expect(mkfifo(articles.appendingPathComponent("pipe.md").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: articles.appendingPathComponent("gone.md").path, withDestinationPath: "/nonexistent/gone.md")
    try Data([0xFF, 0xD8, 0xFF]).write(to: articles.appendingPathComponent("photo.jpg"))
    let outcome = CLIHarness.run(["build", folder.url.path])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let stderr = outcome.stderr
    #expect(stderr.contains("articles/binary.txt: is binary, not text; skipped"), "\(stderr)")
    #expect(stderr.contains("articles/empty.md: is empty; skipped"))
    #expect(stderr.contains("articles/latin1.txt: is not UTF-8 text; convert it to UTF-8; skipped"))
    #expect(stderr.contains("articles/big.md: is too large (17.0 MB; articles are read up to 16.0 MB); skipped"))
    #expect(stderr.contains("articles/pipe.md: is not a regular file (a FIFO); skipped"))
    #expect(stderr.contains("articles/gone.md: is a symbolic link that leads nowhere (broken or a loop); skipped"))
    #expect(stderr.contains("1 file is not .md or .txt and was not read: articles/photo.jpg"))
    let object = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { event in
      (event["citations"] as? [[String: Any]] ?? []).allSatisfy { ["a", "b"].contains($0["article"] as? String ?? "") }
    })
  }

  @Test func nothingReadableIsBadDataAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Data().write(to: folder.url.appendingPathComponent("empty.md"))
    try Data([0x00, 0x01]).write(to: folder.url.appendingPathComponent("binary.txt"))
    let outcome = CLIHarness.run(["build", folder.url.path, "-o", folder.path("events.json")])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("nothing to build in"))
    #expect(outcome.stderr.contains("binary.txt: is binary, not text; skipped"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("events.json")))
    let empty = try TemporaryFolder()
    defer { empty.remove() }
    let none = CLIHarness.run(["build", empty.url.path])
    #expect(none.status == 65 && none.stderr.contains("no articles found"))
  }

  @Test func anOutputThatCannotBeWrittenFailsAndLeavesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let outcome = CLIHarness.run(["build", folder.url.path, "-o", folder.path("missing/events.json")])
    #expect(outcome.status == 73)
    #expect(outcome.stderr.contains("does not exist"))
    #expect(try folder.names() == ["articles"])
  }

  @Test func updateKeepsCuratedEventsAndRejectionsAndAddsOnlyNewProposals() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let first = CLIHarness.run(["build", folder.url.path, "-o", folder.path("events.json")])
    #expect(first.status == 0, "\(first.stderr)")
    let url = URL(fileURLWithPath: folder.path("events.json"))
    var file = try #require(try CorpusFiles.EventsFile.read(at: url))
    #expect(file.events.count >= 2)
    // A person accepts and retitles the first proposal and rejects the last one.
    let kept = file.events[0].id
    let gone = file.events[file.events.count - 1]
    _ = try file.apply(.accept(id: kept))
    _ = try file.apply(.retitle(id: kept, title: "Our own title"))
    _ = try file.apply(.reject(id: gone.id))
    try file.encoded().write(to: url)
    let before = file
    // Nothing new: the file stays as it was.
    let again = CLIHarness.run(["build", folder.url.path, "--update"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.contains("added 0 new proposals"))
    let unchanged = try #require(try CorpusFiles.EventsFile.read(at: url))
    #expect(unchanged == before)
    // A new article: its events are added, nothing else changes.
    try """
      ---
      published: 2021-06-01
      ---
      On May 20, 2021, the governors of Sonora and Arizona signed a water agreement in Tucson.
      """.write(toFile: folder.path("articles/c.md"), atomically: true, encoding: .utf8)
    let update = CLIHarness.run(["build", folder.url.path, "--update"])
    #expect(update.status == 0, "\(update.stderr)")
    #expect(update.stderr.contains("added 1 new proposal"))
    let after = try #require(try CorpusFiles.EventsFile.read(at: url))
    #expect(Array(after.events.prefix(before.events.count)) == before.events)
    #expect(after.events.count == before.events.count + 1)
    #expect(after.events.last?.citations.first?.article == "c")
    #expect(after.events.first { $0.id == kept }?.title == "Our own title")
    #expect(after.events.first { $0.id == kept }?.origin == nil)
    #expect(!after.events.contains { $0.citations.first == gone.citations.first })
    #expect(after.rejected == before.rejected)
  }

  @Test func updateNeedsAFolderOfOwnArticles() throws {
    let corpus = try #require(CronicaResources.corpusURL)
    let outcome = CLIHarness.run(["build", corpus.path, "--update"])
    #expect(outcome.status == 64 && outcome.stderr.contains("--update works on a folder of your own articles"))
  }

  @Test func aFolderWithoutEventsOpensWithTheBuiltChronology() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try Self.articles(in: folder)
    let list = CLIHarness.run(["list", "--corpus", folder.url.path, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    let events = try #require(try CLIHarness.json(list.stdout) as? [[String: Any]])
    let built = try #require(try CLIHarness.json(CLIHarness.run(["build", folder.url.path]).stdout) as? [String: Any])
    #expect(Set(events.compactMap { $0["id"] as? String }) == Set((built["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }))
    #expect(events.contains { ($0["citations"] as? [[String: Any]])?.count == 2 })
  }
}
