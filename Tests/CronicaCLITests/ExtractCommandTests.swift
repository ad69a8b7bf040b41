import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaCLI

@Suite("cronica extract")
struct ExtractCommandTests {
  /// A user corpus folder made by `Corpus.writeExample`, in a fresh temporary folder.
  func example() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try Corpus.writeExample(to: folder.url)
    return folder
  }

  @Test func jsonHasTheExtractionReportSchema() throws {
    let folder = try example()
    defer { folder.remove() }
    let outcome = CLIHarness.run(
      ["extract", "2021-03-river-report", "--corpus", folder.url.path, "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let report = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    #expect(Set(report.keys) == ["published", "anchor", "expressions", "events"])
    #expect(report["published"] as? String == "2021-03-15")
    #expect(report["anchor"] as? String == "published")
    let expressions = try #require(report["expressions"] as? [[String: Any]])
    #expect(!expressions.isEmpty)
    for expression in expressions {
      #expect(Set(expression.keys) == ["text", "value", "type", "mod", "sentence"])
      #expect(["DATE", "TIME", "DURATION", "SET"].contains(expression["type"] as? String ?? ""))
    }
    #expect(
      expressions.contains { $0["text"] as? String == "the summer of 2021" && $0["value"] as? String == "2021-SU" })
    let events = try #require(report["events"] as? [[String: Any]])
    #expect(!events.isEmpty)
    for event in events {
      #expect(event["origin"] as? String == "extracted")
      for key in ["id", "start", "earliest", "latest", "display", "kind", "title", "summary", "themes", "citations"] {
        #expect(event[key] != nil, "missing \(key)")
      }
    }
  }

  @Test func textReportsAnchorExpressionsAndProposals() throws {
    let folder = try example()
    defer { folder.remove() }
    let outcome = CLIHarness.run(["extract", "2021-03-river-report", "--corpus", folder.url.path])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("Published:  2021-03-15"))
    #expect(outcome.stdout.contains("Anchor:     the publication date"))
    #expect(outcome.stdout.contains("2021-SU"))
    #expect(outcome.stdout.contains("temporal expressions\n"))
    #expect(outcome.stdout.hasSuffix("(extracted, not curated)\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("events.json.tmp")))
  }

  @Test func aFileWithAndWithoutAPublicationDate() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("Talks Notes.txt")
    try
      "Talks resume\n\nThe two governments signed an agreement last Thursday.\n\nIn 2019, officials met in Mexico City.\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let dated = CLIHarness.run(["extract", file, "--published", "2017-05-24", "--format", "json"])
    #expect(dated.status == 0, "\(dated.stderr)")
    let report = try #require(try CLIHarness.json(dated.stdout) as? [String: Any])
    #expect(report["published"] as? String == "2017-05-24")
    let expressions = try #require(report["expressions"] as? [[String: Any]])
    #expect(expressions.contains { $0["text"] as? String == "last Thursday" && $0["value"] as? String == "2017-05-18" })
    let events = try #require(report["events"] as? [[String: Any]])
    let citations = events.compactMap { ($0["citations"] as? [[String: Any]])?.first?["article"] as? String }
    #expect(!citations.isEmpty && citations.allSatisfy { $0 == "talks-notes" })
    let undated = CLIHarness.run(["extract", file, "--format", "json"])
    let bare = try #require(try CLIHarness.json(undated.stdout) as? [String: Any])
    #expect(bare["published"] is NSNull)
    #expect(bare["anchor"] as? String == "none")
    let relative = (bare["expressions"] as? [[String: Any]] ?? []).first { $0["text"] as? String == "last Thursday" }
    #expect(relative?["value"] is NSNull)
    let narrative = CLIHarness.run(["extract", file, "--mode", "narrative", "--format", "json"])
    #expect((try CLIHarness.json(narrative.stdout) as? [String: Any])?["anchor"] as? String == "last-mentioned")
  }

  @Test func writeAppendsOnceAndTheCorpusStillValidates() throws {
    let folder = try example()
    defer { folder.remove() }
    let path = folder.url.path
    let before = try CLIHarness.ids(CLIHarness.run(["list", "--corpus", path, "--format", "json"]))
    let first = CLIHarness.run(["extract", "2021-03-river-report", "--corpus", path, "--write"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("appended 1 event to \(path)/events.json (marked extracted)"))
    let after = try #require(
      try CLIHarness.json(CLIHarness.run(["list", "--corpus", path, "--format", "json"]).stdout) as? [[String: Any]])
    #expect(after.count == before.count + 1)
    #expect(after.filter { $0["origin"] as? String == "extracted" }.count == 1)
    #expect(CLIHarness.run(["validate", path]).status == 0)
    let second = CLIHarness.run(["extract", "2021-03-river-report", "--corpus", path, "--write"])
    #expect(second.stdout.contains("appended 0 events") && second.stdout.contains("1 already there"))
    #expect(try CLIHarness.ids(CLIHarness.run(["list", "--corpus", path, "--format", "json"])).count == after.count)
    #expect(try folder.names() == ["articles", "events.json", "themes.json"])
  }

  @Test func writeIsRefusedOutsideUserFolders() throws {
    let bundled = CLIHarness.run(["extract", "a-report", "--corpus", CLIHarness.corpus("valid"), "--write"])
    #expect(bundled.status == 64)
    #expect(bundled.stderr.contains("--write works on a folder of your own articles"))
    let folder = try example()
    defer { folder.remove() }
    let file = folder.path("articles/river-report.md")
    let onFile = CLIHarness.run(["extract", file, "--corpus", folder.url.path, "--write"])
    #expect(onFile.status == 64)
    #expect(onFile.stderr.contains("is a file"))
  }

  @Test func unknownTargetNamesTheArticles() {
    let outcome = CLIHarness.run(["extract", "no-such-thing", "--corpus", CLIHarness.corpus("valid")])
    #expect(outcome.status == 64)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("'no-such-thing' is neither an article id"))
    #expect(outcome.stderr.contains("a-report"))
  }

  @Test func articleOfTheBundledLayoutUsesItsManifestDate() throws {
    let outcome = CLIHarness.run(["extract", "a-report", "--corpus", CLIHarness.corpus("valid"), "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let report = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    let corpus = try Corpus.load(from: URL(fileURLWithPath: CLIHarness.corpus("valid")))
    #expect(report["published"] as? String == corpus.article(id: "a-report")?.published?.edtf)
  }

  /// A file with YAML front matter is read as a user folder's article: its date anchors the
  /// relative dates, and the front matter is never taken for the text.
  @Test func aFileReadsItsFrontMatterLikeAUserFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("talks.md")
    try """
      ---
      title: Harbor talks
      published: 2023-03-06
      ---
      The minister said on Tuesday that the port would reopen. Officials will meet on Friday.
      """.write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["extract", file, "--corpus", CLIHarness.corpus("valid"), "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let report = try #require(try CLIHarness.json(outcome.stdout) as? [String: Any])
    #expect(report["published"] as? String == "2023-03-06")
    let expressions = try #require(report["expressions"] as? [[String: Any]])
    let values = expressions.compactMap { $0["value"] as? String }
    // Monday 6 March: "said on Tuesday" is the day before yesterday, "will meet on Friday" the coming one.
    #expect(values == ["2023-02-28", "2023-03-10"])
    let events = try #require(report["events"] as? [[String: Any]])
    let titles = events.compactMap { $0["title"] as? String }
    #expect(!titles.contains { $0.contains("Published") || $0.contains("title:") }, "\(titles)")
    #expect(!outcome.stdout.contains("---"))
  }

  @Test func aFileWithBadFrontMatterSaysWhereAndWhat() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("bad.md")
    try "---\npublished: March the sixth\n---\nText.\n".write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = CLIHarness.run(["extract", file, "--corpus", CLIHarness.corpus("valid")])
    #expect(outcome.status == 65)
    #expect(outcome.stderr.contains("bad.md") && outcome.stderr.contains("published"), "\(outcome.stderr)")
  }
}
