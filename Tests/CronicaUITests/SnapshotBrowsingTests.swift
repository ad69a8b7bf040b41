import CronicaModel
import CronicaResources
import CronicaUI
import Foundation
import Testing

/// Browsing a corpus opened from its snapshot looks and behaves exactly like browsing the corpus
/// loaded from its files: every view, filter, search and the reader's passages.
@Suite struct SnapshotBrowsingTests {
  /// The bundled corpus loaded from a copy of its files, and the same copy opened from its snapshot.
  static func corpora() throws -> (loaded: Corpus, mapped: Corpus) {
    let source = try #require(CronicaResources.corpusURL)
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-snapshot-ui-\(UUID().uuidString)")
    let folder = base.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.copyItem(at: source, to: folder)
    let cache = SnapshotCache(directory: base.appendingPathComponent("cache"), minimumEvents: 0)
    let loaded = try Corpus.open(at: folder, snapshots: cache)
    let request = try #require(loaded.snapshotRequest)
    try request.save(loaded.corpus, index: EventIndex(corpus: loaded.corpus))
    // The mapping stays valid after the folders are removed (the file is unlinked, not unmapped).
    let mapped = try Corpus.open(at: folder, snapshots: cache)
    #expect(mapped.fromSnapshot)
    return (loaded.corpus, mapped.corpus)
  }

  @Test(arguments: [
    "", "jjj", "G", "<Enter>", "jj<Enter>o", "jjjjo", "s", "sjj<Enter>", "tj<Space><Esc>", "/cartel<Enter>",
    "/méxico<Enter>n", "jjjjjjjo<Tab>", ":2017<Enter>", "?",
  ])
  func everyViewRendersTheSame(script: String) throws {
    let (loaded, mapped) = try Self.corpora()
    var fromFiles = Browser(corpus: loaded, size: Size(width: 120, height: 40))
    var fromSnapshot = Browser(corpus: mapped, size: Size(width: 120, height: 40))
    fromFiles.press(script)
    fromSnapshot.press(script)
    #expect(fromSnapshot.render().lines == fromFiles.render().lines)
    #expect(fromSnapshot.render().lines != Browser(corpus: loaded, size: Size(width: 120, height: 40)).render().lines
      || script.isEmpty || script == "?", "the script should change the screen")
  }

  @Test func theLibraryTablesAgree() throws {
    let (loaded, mapped) = try Self.corpora()
    let a = Library(corpus: loaded)
    let b = Library(corpus: mapped)
    #expect(Array(b.eventYears) == Array(a.eventYears))
    #expect(b.yearRange == a.yearRange)
    #expect(b.eventPositions == a.eventPositions)
    for article in loaded.articles {
      #expect(b.citations(ofArticle: article.id) == a.citations(ofArticle: article.id))
      #expect(b.eventCount(ofArticle: article.id) == a.eventCount(ofArticle: article.id))
      #expect(a.eventCount(ofArticle: article.id) > 0)
    }
  }
}
