import CronicaSystem
import CronicaTestSupport
import Foundation
import Glibc
import Testing

@testable import CronicaModel

/// Reading a folder of articles: files opened by name in the folder held open, outcomes made in
/// place on all cores, in the order of the names.
@Suite struct UserArticleReadingTests {
  @Test("a file read by name in an open folder: its bytes, or a failure that names the whole path")
  func readingByNameInAnOpenFolder() throws {
    let folder = try TemporaryFolder("read-in-folder")
    defer { folder.remove() }
    try Data("text".utf8).write(to: folder.url("a.md"))
    try FileManager.default.createDirectory(at: folder.url("sub"), withIntermediateDirectories: false)
    #expect(mkfifo(folder.path("pipe.md"), 0o600) == 0)
    let open = try OpenFolder(folder.path)
    #expect(try RegularFile.read("a.md", in: open) == Data("text".utf8))
    let cases: [(name: String, cause: SystemFailure.Cause)] = [
      ("pipe.md", .notRegular(.fifo)), ("sub", .folder), ("missing.md", .system(.noSuchFileOrDirectory)),
    ]
    for (name, cause) in cases {
      #expect(throws: SystemFailure("read", folder.path(name), cause)) { try RegularFile.read(name, in: open) }
    }
    #expect(throws: SystemFailure("read", folder.path("a.md"), .tooLarge(limit: 2))) {
      try RegularFile.read("a.md", in: open, limit: 2)
    }
  }

  @Test("names with and without a slash, beyond ASCII, spaced or dotted, read the same in the open folder and by whole path")
  func namesReadTheSameWayInAndOutOfTheFolder() throws {
    let folder = try TemporaryFolder("read-names")
    defer { folder.remove() }
    try FileManager.default.createDirectory(at: folder.url("sub"), withIntermediateDirectories: false)
    let files = ["a.md", "é.md", "e\u{301}.md", "sp ace.md", "sub/inner.md", "Ünïcödé 日本.txt", String(repeating: "n", count: 200) + ".md"]
    for (index, name) in files.enumerated() { try Data("file \(index) \(name)\n".utf8).write(to: folder.url(name)) }
    let open = try OpenFolder(folder.path)
    var buffer = Data()
    let names = files + ["./a.md", "sub//inner.md", "a.md/", "sub/../a.md", "missing.md", "sub", "sub/", "./"]
    var read = 0
    for (position, name) in names.enumerated() {
      let inFolder = Result { () throws(SystemFailure) in try RegularFile.read(name, in: open) }
      let byPath = Result { () throws(SystemFailure) in try RegularFile.read(folder.path + "/" + name) }
      switch (inFolder, byPath) {
      case (.success(let a), .success(let b)):
        #expect(a == b, "\(name)")
        // By position: `é` composed and decomposed are two files (two names' bytes), one `String`.
        if position < files.count { #expect(a == Data("file \(position) \(name)\n".utf8)) }
        let count = try RegularFile.read(name, in: open, into: &buffer)
        #expect(buffer.prefix(count) == a, "\(name)")
        read += 1
      case (.failure(let a), .failure(let b)):
        #expect(a.cause == b.cause, "\(name)")
        #expect(a.path.hasSuffix(name), "\(name)")
      default:
        Issue.record("\(name): \(inFolder) in the folder, \(byPath) by path")
      }
    }
    #expect(read == files.count + 4)
  }

  @Test("problems and warnings found on all cores name the file as one article read alone names it, in and out of a subfolder")
  func problemsNameTheirFile() throws {
    let folder = try TemporaryFolder("read-problems")
    defer { folder.remove() }
    // Good and bad front matter of every kind (problems and warnings), dates and fields that fail,
    // CR line endings, a byte-order mark, an empty file, text that is not UTF-8.
    var texts = FrontMatterParserTests.randomTexts(count: 600, seed: 13) + (try FrontMatterParserTests.fixedTexts())
    texts += [
      "---\nid: a\ntitle: T\npublished: someday\ntitle_supplied: maybe\nurl: ftp://x\nmode: fast\n---\nBody.\n",
      "---\r\nid: a\r\ntitle: T\r\n---\r\nBody.\r\n", "---\rid: a\rtitle: T\r---\rBody.\r", "\u{FEFF}---\nid: b\n---\nB.\n", "",
      "plain text, no front matter\n",
    ]
    let names = texts.indices.map { String(format: "t%04d.md", $0) }
    for (name, text) in zip(names, texts) { try Data(text.utf8).write(to: folder.url(name)) }
    let broken = "t-broken.md"
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: folder.url(broken))
    var (problemsSeen, warningsSeen) = (0, 0)
    for prefix in ["articles/", ""] {
      let outcomes = UserArticle.readAll(
        names + [broken], kinds: .unknown, in: folder.url, prefix: prefix,
        text: { name, open, _, buffer throws(Corpus.ReadFailure) in try Corpus.readText(atPath: name, in: open, buffer: &buffer) },
        problem: { $0.message })
      for (index, text) in texts.enumerated() {
        var problems: [CorpusProblem] = []
        var warnings: [CorpusProblem] = []
        let read = UserArticle.readWithMode(
          text, file: prefix + names[index], origin: names[index], problems: &problems, warnings: &warnings)
        #expect(outcomes[index].problems == problems, "\(text.debugDescription)")
        #expect(outcomes[index].warnings == warnings, "\(text.debugDescription)")
        #expect(outcomes[index].read?.article == read?.article)
        problemsSeen += problems.count
        warningsSeen += warnings.count
      }
      #expect(outcomes.last?.problems.map(\.file) == [prefix + broken])
    }
    #expect(problemsSeen > 200)
    #expect(warningsSeen > 50)
  }

  @Test("2,000 articles read on all cores, in many pieces, come back in name order, each problem at its own file")
  func manyArticlesInOrder() throws {
    let folder = try TemporaryFolder("read-many")
    defer { folder.remove() }
    let names = (0..<2_000).map { String(format: "n%04d.md", $0) }
    for (index, name) in names.enumerated() {
      let published = index % 97 == 5 ? "someday" : "2021-02-03"
      let text = "---\nid: id\(index)\ntitle: Article \(index)\npublished: \(published)\n---\nThe body of \(index).\n"
      try Data(text.utf8).write(to: folder.url(name))
    }
    let outcomes = UserArticle.readAll(
      names, kinds: .unknown, in: folder.url, prefix: "articles/",
      text: { name, open, _, buffer throws(Corpus.ReadFailure) in try Corpus.readText(atPath: name, in: open, buffer: &buffer) }, problem: { $0.message })
    #expect(outcomes.count == 2_000)
    for (index, outcome) in outcomes.enumerated() {
      if index % 97 == 5 {
        #expect(outcome.read == nil)
        #expect(outcome.problems.map(\.file) == ["articles/" + names[index]])
      } else {
        #expect(outcome.read?.article.id == "id\(index)")
        #expect(outcome.read?.article.text == "The body of \(index).")
        #expect(outcome.problems.isEmpty)
      }
    }
  }
}
