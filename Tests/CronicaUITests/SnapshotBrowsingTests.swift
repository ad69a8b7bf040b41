import CronicaModel
import CronicaResources
import CronicaTestSupport
import CronicaUI
import Foundation
import Testing

/// Browsing a corpus opened from its snapshot looks and behaves exactly like browsing the corpus
/// loaded from its files: every view, filter, search and the reader's passages.
@Suite struct SnapshotBrowsingTests {
  /// The bundled corpus loaded from a copy of its files, and the same copy opened from its snapshot.
  ///
  /// - Parameter damage: changes the snapshot file's bytes before it is opened.
  static func corpora(damage: ((inout Data) -> Void)? = nil) throws -> (loaded: Corpus, mapped: Corpus) {
    let source = try #require(CronicaResources.corpusURL)
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-snapshot-ui-\(UUID().uuidString)")
    let folder = base.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.copyItem(at: source, to: folder)
    try FileAge.backdate(folder)
    var cache = SnapshotCache(directory: base.appendingPathComponent("cache"), minimumEvents: 0)
    // Damage tests reach past the checksum to the structural checks and the reader's guard.
    cache.verifiesContent = damage == nil
    let loaded = try Corpus.open(at: folder, snapshots: cache)
    let request = try #require(loaded.snapshotRequest)
    try request.save(loaded.corpus, index: EventIndex(corpus: loaded.corpus))
    if let damage {
      let url = try #require(FileManager.default.contentsOfDirectory(at: cache.directory, includingPropertiesForKeys: nil).first)
      var bytes = try Data(contentsOf: url)
      damage(&bytes)
      try bytes.write(to: url)
    }
    // The mapping stays valid after the folders are removed (the file is unlinked, not unmapped).
    let mapped = try Corpus.open(at: folder, snapshots: cache)
    #expect(mapped.fromSnapshot)
    return (loaded.corpus, mapped.corpus)
  }

  @Test(arguments: [
    "", "jjj", "G", "<Enter>", "jj<Enter>o", "jjjjo", "s", "sjj<Enter>", "tj<Space><Esc>", "/cartel<Enter>",
    "/méxico<Enter>n", "jjjjjjjo<Tab>", ":2021<Enter>", "?",
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

  @Test func aDamagedCitationReferenceDoesNotTrapTheReader() throws {
    // Section 12 (citing references): make every reference name citation 0xFFFF of its event.
    let (_, mapped) = try Self.corpora { bytes in
      let entry = 16 + 12 * 16
      let offset = bytes[entry..<entry + 8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
      let length = bytes[entry + 8..<entry + 16].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
      for ref in stride(from: offset, to: offset + length, by: 8) {
        bytes[ref] = 0xFF
        bytes[ref + 1] = 0xFF
      }
    }
    var browser = Browser(corpus: mapped, size: Size(width: 100, height: 30))
    browser.press("s<Enter>")  // the reader on the first article: its passages are looked up
    #expect(browser.render().lines.joined().contains(mapped.articles[0].title.prefix(20)))
  }

  @Test func aDamagedSnapshotIsReportedByTheBackgroundCheck() throws {
    let (_, intact) = try Self.corpora()
    let (_, damaged) = try Self.corpora { bytes in bytes[bytes.count / 2] ^= 0x10 }
    for (corpus, isIntact) in [(intact, true), (damaged, false)] {
      var state = AppState(library: Library(corpus: corpus), size: Size(width: 100, height: 30))
      let checks = reduce(&state, .startBackgroundWork).compactMap { effect -> BackgroundWork? in
        if case .background(let work) = effect, work.kind == .snapshotCheck { return work }
        return nil
      }
      #expect(checks.count == 1, "a snapshot's content is checked in the background")
      #expect(!state.library.snapshotFoundDamaged, "nothing is known before the check's result arrives")
      let result = checks[0].run()
      #expect(result == .snapshotChecked(intact: isIntact))
      _ = reduce(&state, result)
      #expect(state.library.snapshotFoundDamaged == !isIntact)
      #expect((state.message?.text.contains("snapshot is damaged") ?? false) == !isIntact)
    }
  }

  @Test func theLibraryTablesAgree() throws {
    let (loaded, mapped) = try Self.corpora()
    let a = Library(corpus: loaded)
    let b = Library(corpus: mapped)
    #expect(Array(b.eventYears) == Array(a.eventYears))
    #expect(b.yearRange == a.yearRange)
    for event in loaded.events { #expect(b.position(ofEvent: event.id) == a.position(ofEvent: event.id)) }
    for article in loaded.articles {
      #expect(b.citations(ofArticle: article.id) == a.citations(ofArticle: article.id))
      #expect(b.eventCount(ofArticle: article.id) == a.eventCount(ofArticle: article.id))
      #expect(a.eventCount(ofArticle: article.id) > 0)
    }
  }
}
