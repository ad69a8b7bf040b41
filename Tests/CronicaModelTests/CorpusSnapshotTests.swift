import CronicaTestSupport
import Foundation
import Testing

@testable import CronicaModel

/// A corpus opened from its snapshot is the corpus loaded from its files, field for field, and
/// a snapshot that no longer matches its files, or is damaged, is never used.
@Suite struct CorpusSnapshotTests {
  /// A copy of the bundled corpus, a cache folder that takes every corpus, and cleanup.
  struct Setup {
    let corpusFolder: URL
    let cache: SnapshotCache

    init() throws {
      corpusFolder = try BundledCorpusFiles.temporaryCopy()
      try FileAge.backdate(corpusFolder)
      cache = SnapshotCache(directory: try TemporaryFolder("snapshot-tests").url, minimumEvents: 0)
    }

    /// The same cache without the content check, to reach the structural checks behind it.
    var structuralOnly: SnapshotCache {
      var unchecked = cache
      unchecked.verifiesContent = false
      return unchecked
    }

    /// The byte range of section `section` in a snapshot file.
    static func range(of section: CorpusSnapshot.Section, in data: Data) -> Range<Int> {
      let entry = 16 + section.rawValue * 16
      let offset = data[entry..<entry + 8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
      let length = data[entry + 8..<entry + 16].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
      return offset..<(offset + length)
    }

    /// Removes both folders.
    func remove() {
      try? FileManager.default.removeItem(at: corpusFolder)
      try? FileManager.default.removeItem(at: cache.directory)
    }

    /// Opens the copy with the cache, saving a snapshot when one is asked for.
    func open() throws -> OpenedCorpus {
      let opened = try Corpus.open(at: corpusFolder, snapshots: cache)
      if let request = opened.snapshotRequest { try request.save(opened.corpus, index: EventIndex(corpus: opened.corpus)) }
      return opened
    }

    /// The snapshot file of the copy.
    var snapshotURL: URL { cache.url(for: corpusFolder)! }
  }

  @Test func aSnapshotGivesBackTheLoadedCorpusFieldForField() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let loaded = try setup.open()
    #expect(!loaded.fromSnapshot && loaded.snapshotRequest != nil)
    let mapped = try setup.open()
    #expect(mapped.fromSnapshot && mapped.snapshotRequest == nil)
    let a = loaded.corpus
    let b = mapped.corpus
    #expect(b.events.bytes.file != nil && a.events.bytes.file == nil)
    #expect(b.articles == a.articles)
    #expect(b.themes == a.themes)
    #expect(Array(b.events) == Array(a.events))
    for position in a.events.indices {
      #expect(b.events.id(at: position) == a.events[position].id)
      #expect(b.events.earliest(at: position) == a.events[position].earliest)
      #expect(b.events.latest(at: position) == a.events[position].latest)
      #expect(b.events.kind(at: position) == a.events[position].kind)
      #expect(b.events.themes(at: position) == a.events[position].themes)
      #expect(b.events.citedArticles(at: position) == a.events[position].citations.map(\.article))
      #expect(b.events.years[position] == a.events[position].earliest.year)
    }
    #expect(b.events.kindsInUse() == a.events.kindsInUse())
    #expect(b.events.contains { $0.end != nil } && b.events.contains { $0.dateBasis != nil })
    // EDTF intervals, open starts and the curator's order survive the snapshot.
    #expect(b.events.contains { $0.start.isInterval } && b.events.contains { !$0.earliest.isBounded })
    #expect(b.events.contains { $0.order != nil })
  }

  @Test func theMappedIndexAnswersQueriesAsTheBuiltOne() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let loaded = try setup.open().corpus
    let mapped = try setup.open().corpus
    let built = EventIndex(corpus: loaded)
    let read = EventIndex(corpus: mapped)
    #expect(read.foldedBytes.storage.file != nil, "the snapshot's index is mapped, not rebuilt")
    #expect(Array(read.foldedBytes) == Array(built.foldedBytes))
    #expect(Array(read.foldedOffsets) == Array(built.foldedOffsets))
    #expect(Array(read.themeWords) == Array(built.themeWords))
    let queries = [
      EventQuery(search: "merida"), EventQuery(search: "MÉRIDA"), EventQuery(themes: ["fentanyl"]),
      EventQuery(themes: ["arms", "corruption"], search: "the"), EventQuery(kinds: [.meeting]),
      EventQuery(from: PartialDate(year: 2017), to: PartialDate(year: 2019, month: 6)),
    ]
    for query in queries {
      #expect(read.matches(query, in: mapped) == built.matches(query, in: loaded), "\(query)")
      #expect(!built.matches(query, in: loaded).isEmpty, "\(query) should match something")
    }
  }

  @Test(arguments: ["manifest.json", "events.json", "themes.json", "article"])
  func aChangedSourceFileRetiresTheSnapshot(file: String) throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.open()
    let name = file == "article" ? try firstArticle(in: setup.corpusFolder) : file
    let url = setup.corpusFolder.appendingPathComponent(name)
    // Same bytes, one more byte of trailing white space: a change of size and time.
    var data = try Data(contentsOf: url)
    data.append(0x0A)
    try data.write(to: url)
    #expect(setup.cache.corpus(for: setup.corpusFolder) == nil)
    // Just modified: it may have changed while being read, so this load makes no snapshot.
    let racy = try setup.open()
    #expect(!racy.fromSnapshot && racy.snapshotRequest == nil)
    try FileAge.backdate(setup.corpusFolder)
    let reopened = try setup.open()
    #expect(!reopened.fromSnapshot && reopened.snapshotRequest != nil)
    #expect(setup.cache.corpus(for: setup.corpusFolder) != nil, "saved again for the new files")
  }

  @Test func themeBitsPastTheTaxonomyOrYearsOutOfOrderRetireTheSnapshot() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.open()
    let original = try Data(contentsOf: setup.snapshotURL)
    #expect(setup.cache.corpus(for: setup.corpusFolder) != nil)
    var badTheme = original
    let words = Setup.range(of: .themeWords, in: original)
    badTheme[words.lowerBound + 7] |= 0x80  // bit 63 of the first event's word; the taxonomy has fewer themes
    try badTheme.write(to: setup.snapshotURL)
    #expect(setup.structuralOnly.corpus(for: setup.corpusFolder) == nil)
    var badYears = original
    let years = Setup.range(of: .years, in: original)
    badYears[years.lowerBound + 7] = 0x7F  // the first event's year becomes larger than the next one's
    try badYears.write(to: setup.snapshotURL)
    #expect(setup.structuralOnly.corpus(for: setup.corpusFolder) == nil)
  }

  @Test func aChangedByteInsideATextIsCaughtByTheChecksumAndTheSnapshotRemoved() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.open()
    var bytes = try Data(contentsOf: setup.snapshotURL)
    let blob = Setup.range(of: .blob, in: bytes)
    bytes[blob.lowerBound + 20] ^= 0x01  // inside the first event's strings: structurally fine
    try bytes.write(to: setup.snapshotURL)
    // Structure alone accepts it, and the text it shows differs from the files'.
    let unchecked = try #require(setup.structuralOnly.corpus(for: setup.corpusFolder))
    let loaded = try Corpus.load(from: setup.corpusFolder)
    #expect(Array(unchecked.events) != Array(loaded.events))
    #expect(!unchecked.events.contentIntact())
    #expect(!FileManager.default.fileExists(atPath: setup.snapshotURL.path), "a damaged snapshot is removed")
    // With the check (the default), it is refused and the files are loaded.
    try bytes.write(to: setup.snapshotURL)
    #expect(setup.cache.corpus(for: setup.corpusFolder) == nil)
    let reopened = try setup.open()
    #expect(!reopened.fromSnapshot && Array(reopened.corpus.events) == Array(loaded.events))
    #expect(try setup.open().corpus.events.contentIntact())
  }

  @Test func theChecksumIsXXH64OfTheBytesBeforeItAndAnOlderFormatIsRebuilt() throws {
    let setup = try Setup()
    defer { setup.remove() }
    #expect(try !setup.open().fromSnapshot, "the first open reads the files and writes the snapshot")
    var bytes = try Data(contentsOf: setup.snapshotURL)
    let checksum = Setup.range(of: .checksum, in: bytes).lowerBound
    let stored = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[checksum + $1]) << (8 * $1) }
    #expect(XXHash64Tests.hash(ArraySlice(bytes.prefix(checksum))) == stored)
    // A snapshot of the previous format (the earlier hash) is not read; the next open rewrites it.
    bytes[8] = UInt8(CorpusSnapshot.formatVersion - 1)
    try bytes.write(to: setup.snapshotURL)
    #expect(setup.structuralOnly.corpus(for: setup.corpusFolder) == nil)
    #expect(try !setup.open().fromSnapshot)
    #expect(try setup.open().fromSnapshot)
  }

  @Test func theBuildersNotesSurviveTheSnapshot() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try BundledCorpusFiles.edit(CorpusFiles.events, in: setup.corpusFolder) { object in
      guard var events = object["events"] as? [[String: Any]] else { return }
      events[0]["theme_evidence"] = ["institutions": "merida"]
      events[0]["confidence"] = 64
      events[0]["rules"] = ["date:absolute", "cue:creation"]
      events[1]["theme_evidence"] = [String: String]()
      object["events"] = events
    }
    try FileAge.backdate(setup.corpusFolder)
    let loaded = try setup.open().corpus
    let mapped = try setup.open().corpus
    #expect(mapped.events.bytes.file != nil)
    #expect(Array(mapped.events) == Array(loaded.events))
    let noted = try #require(mapped.events.first { $0.confidence != nil })
    #expect(noted.themeEvidence == ["institutions": "merida"] && noted.confidence == 64)
    #expect(noted.rules == ["date:absolute", "cue:creation"])
    #expect(mapped.events.contains { $0.themeEvidence == [:] && $0.confidence == nil && $0.rules == nil })
  }

  @Test func anEditedTitleIsShownNotTheSavedOne() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let before = try setup.open().corpus
    try BundledCorpusFiles.edit(CorpusFiles.events, in: setup.corpusFolder) { object in
      guard var events = object["events"] as? [[String: Any]] else { return }
      events[0]["title"] = "A title edited after the snapshot"
      object["events"] = events
    }
    try FileAge.backdate(setup.corpusFolder)  // old enough to be trusted; its stamp is still new
    let after = try setup.open().corpus
    #expect(after.events.bytes.file == nil)
    #expect(after.events.contains { $0.title == "A title edited after the snapshot" })
    #expect(!before.events.contains { $0.title == "A title edited after the snapshot" })
  }

  @Test func aDamagedSnapshotIsIgnoredWithoutATrap() throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.open()
    let original = try Data(contentsOf: setup.snapshotURL)
    var generator = SplitMix(seed: 20_261_203)
    var opened = 0
    for round in 0..<300 {
      var damaged = original
      switch round % 3 {
      case 0: damaged = damaged.prefix(Int.random(in: 0..<original.count, using: &generator))
      default:
        for _ in 0..<(1 + round % 7) {
          let at = Int.random(in: 0..<damaged.count, using: &generator)
          damaged[at] = UInt8.random(in: 0...255, using: &generator)
        }
      }
      try damaged.write(to: setup.snapshotURL)
      guard let corpus = setup.structuralOnly.corpus(for: setup.corpusFolder) else { continue }
      opened += 1
      // Whatever a damaged byte turned into, reading every event and searching must not trap.
      for position in corpus.events.indices {
        _ = corpus.events[position]
        _ = corpus.events.citedArticles(at: position)
      }
      _ = EventIndex(corpus: corpus).matches(EventQuery(search: "cartel"), in: corpus)
    }
    // Truncations never open; most flipped bytes land in text, which still opens.
    #expect(opened < 300)
  }

  /// Another process writing into the snapshot after it was opened (the mapping shows its bytes)
  /// may garble what is read, but never sends a read out of bounds: the offsets, years and theme
  /// words were copied when they were checked. The change is noticed (`snapshotChangedOnDisk`).
  @Test(arguments: [CorpusSnapshot.Section.blobOffsets, .foldedOffsets, .citingStarts, .years, .themeWords, .blob])
  func bytesWrittenInPlaceAfterOpeningNeverSendAReadOutOfBounds(section: CorpusSnapshot.Section) throws {
    let setup = try Setup()
    defer { setup.remove() }
    _ = try setup.open()
    let corpus = try #require(setup.structuralOnly.corpus(for: setup.corpusFolder))
    #expect(corpus.events.bytes.file != nil && !corpus.events.snapshotChangedOnDisk())
    let original = try Data(contentsOf: setup.snapshotURL)
    let range = Setup.range(of: section, in: original)
    var generator = SplitMix(seed: 20_261_204 + UInt64(section.rawValue))
    let garbage = Data((0..<range.count).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let handle = try FileHandle(forWritingTo: setup.snapshotURL)
    try handle.seek(toOffset: UInt64(range.lowerBound))
    try handle.write(contentsOf: garbage)
    try handle.close()
    #expect(corpus.events.snapshotChangedOnDisk())
    for position in corpus.events.indices {
      _ = corpus.events[position]
      _ = corpus.events.headline(at: position)
      _ = corpus.events.themes(at: position)
      _ = corpus.events.citedArticles(at: position)
      _ = corpus.events.years[position]
    }
    for position in corpus.articles.indices { _ = corpus.events.citations(ofArticleAt: position) }
    let index = EventIndex(corpus: corpus)
    for query in [EventQuery(search: "cartel"), EventQuery(themes: ["fentanyl"]), EventQuery(search: "é")] {
      _ = index.matches(query, in: corpus)
    }
  }

  @Test func aQuoteNotFoundVerbatimIsStoredWhole() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let loaded = try setup.open().corpus
    var events = Array(loaded.events)
    events[0].citations[0].quote = "a quote the article does not hold"
    let altered = Corpus(articles: loaded.articles, events: events, themes: loaded.themes)
    let key = try #require(SnapshotKey.current(folder: setup.corpusFolder, files: CorpusSnapshot.sourceFiles(of: altered)))
    try CorpusSnapshot.write(altered, index: EventIndex(corpus: altered), key: key, to: setup.snapshotURL)
    let mapped = try #require(setup.cache.corpus(for: setup.corpusFolder))
    #expect(Array(mapped.events) == Array(altered.events))
  }

  @Test func smallCorporaAndSwitchedOffCachesGetNoSnapshot() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let strict = SnapshotCache(directory: setup.cache.directory, minimumEvents: 1_000)
    #expect(try Corpus.open(at: setup.corpusFolder, snapshots: strict).snapshotRequest == nil)
    #expect(SnapshotCache.standard(environment: ["HOME": "/home/x", "CRONICA_SNAPSHOTS": "off"]) == nil)
    #expect(SnapshotCache.standard(environment: [:]) == nil)
    let standard = try #require(
      SnapshotCache.standard(environment: ["HOME": "/home/x", "XDG_CACHE_HOME": "/var/c", "CRONICA_SNAPSHOT_MIN_EVENTS": "7"]))
    #expect(standard.directory.path == "/var/c/cronica/snapshots")
    #expect(standard.minimumEvents == 7)
    #expect(SnapshotCache.standard(environment: ["HOME": "/home/x"])?.directory.path == "/home/x/.cache/cronica/snapshots")
  }

  /// The relative path of the first article file of a corpus folder.
  func firstArticle(in folder: URL) throws -> String {
    let manifest = try BundledCorpusFiles.decode(CorpusFiles.Manifest.self, CorpusFiles.manifest, in: folder)
    return CorpusFiles.articlesFolder + "/" + manifest.articles[0].origin
  }
}

/// The store's meta section lists every article as it was given, also when several cores write
/// runs of articles (texts of every length, some empty, some not ASCII).
@Suite struct StoreMetaTests {
  /// Their entries and texts are written on all cores, a run of articles each: texts empty,
  /// non-ASCII, with CR line endings, huge.
  @Test func manyArticlesAreReadBackFromTheMetaSection() throws {
    let odd = ["", "line one\r\nline two\rthree", "e\u{301} \u{1F600}", String(repeating: "long ", count: 2_000)]
    let articles = (0..<9_000).map { number in
      Article(
        id: "a\(number)", title: "Title \(number)", outlet: number % 3 == 0 ? "" : "Outlet", authors: ["X"],
        published: nil, publishedDisplay: "date unknown", dateBasis: "", origin: "a\(number).md",
        text: number % 7 == 0
          ? odd[number / 7 % odd.count] : String(repeating: number % 5 == 0 ? "é" : "t", count: number % 11))
    }
    #expect(Parallel.width == 1 || Parallel.ranges(of: articles.count, minimum: 4_096).count > 1)
    let list = EventList([], articles: articles, themes: Theme.defaultTaxonomy)
    try withExtendedLifetime(list) {
      var meta = ByteCursor(list.bytes.bytes(list.meta))
      _ = (meta.read(UInt64.self), meta.read(UInt64.self), meta.readStrings())
      let kinds = Int(meta.read(UInt32.self))
      for _ in 0..<kinds { _ = meta.read(UInt32.self) }
      #expect(CorpusSnapshot.readThemes(&meta) == Theme.defaultTaxonomy)
      let read = try #require(CorpusSnapshot.readArticles(&meta, text: list.bytes, section: list.articleText))
      #expect(!meta.failed && meta.offset == list.meta.count)
      #expect(read == articles)
    }
  }
}
