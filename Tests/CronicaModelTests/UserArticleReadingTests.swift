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

  @Test("300 articles read on all cores come back in name order, each problem at its own file")
  func manyArticlesInOrder() throws {
    let folder = try TemporaryFolder("read-many")
    defer { folder.remove() }
    let names = (0..<300).map { String(format: "n%03d.md", $0) }
    for (index, name) in names.enumerated() {
      let published = index % 97 == 5 ? "someday" : "2021-02-03"
      let text = "---\nid: id\(index)\ntitle: Article \(index)\npublished: \(published)\n---\nThe body of \(index).\n"
      try Data(text.utf8).write(to: folder.url(name))
    }
    let outcomes = UserArticle.readAll(
      names, in: folder.url, prefix: "articles/",
      text: { name, open, buffer throws(Corpus.ReadFailure) in try Corpus.readText(atPath: name, in: open, buffer: &buffer) }, problem: { $0.message })
    #expect(outcomes.count == 300)
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
