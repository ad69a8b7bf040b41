import CronicaSystem
import Foundation

/// A validated corpus saved so that it maps into memory at once: events as fixed records and
/// byte blobs, quotes as ranges of the cleaned article text, and the search index ready to use.
///
/// Layout: the magic `CRONSNAP`, the format version (UInt64), then one (offset, length) pair of
/// UInt64 per `Section`; each section starts on a multiple of eight bytes. All integers are
/// little-endian. Opening checks the structure (bounds, alignment, ascending offsets) in one pass
/// over the offset tables; anything wrong and the snapshot is ignored.
public enum CorpusSnapshot {
  /// Bumped whenever the layout or the meaning of a field changes.
  static let formatVersion = 4
  static let magic = Array("CRONSNAP".utf8)

  enum Section: Int, CaseIterable {
    case key, meta, articleText, records, blobOffsets, blob, years, themeWords, foldedOffsets, folded, foldedASCII
    /// Where each article's citing references start in `citingRefs` (articles + 1 entries).
    case citingStarts
    /// Every citation as (event position << 32 | citation number), grouped by cited article.
    case citingRefs
    /// The `XXHash64` (UInt64) of every byte of the file before this section.
    case checksum
  }

  /// The size of the header: magic, version, and the section table.
  static let headerSize = 16 + Section.allCases.count * 16

  /// The files of a corpus folder that a snapshot of it depends on (relative paths).
  static func sourceFiles(of corpus: Corpus) -> [String] {
    [CorpusFiles.manifest, CorpusFiles.events, CorpusFiles.themes]
      + corpus.articles.map { CorpusFiles.articlesFolder + "/" + $0.origin }
  }

  /// The corpus saved at `url` for the corpus folder `folder`, if the snapshot is intact and
  /// every file it was made from is unchanged; nil otherwise (the caller loads the folder).
  static func open(_ url: URL, folder: URL) -> Corpus? {
    guard let file = try? MappedFile(path: url.path), file.size >= headerSize else { return nil }
    let bytes = StoreBytes(mapping: file)
    let whole = file.bytes(0..<file.size)
    guard Array(whole[0..<8]) == magic else { return nil }
    var header = ByteCursor(whole, offset: 8)
    guard header.read(UInt64.self) == formatVersion else { return nil }
    var sections: [Range<Int>] = []
    for _ in Section.allCases {
      let offset = header.read(UInt64.self)
      let length = header.read(UInt64.self)
      guard offset % 8 == 0, offset <= UInt64(file.size), length <= UInt64(file.size) - offset else { return nil }
      sections.append(Int(offset)..<Int(offset + length))
    }
    func section(_ name: Section) -> Range<Int> { sections[name.rawValue] }

    let keyText = String(decoding: file.bytes(section(.key)), as: UTF8.self)
    guard let stored = SnapshotKey(text: keyText),
      SnapshotKey.current(folder: folder, files: stored.relativePaths) == stored
    else { return nil }

    var meta = ByteCursor(file.bytes(section(.meta)))
    let count = Int(clamping: meta.read(UInt64.self))
    let width = Int(clamping: meta.read(UInt64.self))
    let symbols = meta.readStrings()
    let kindCount = Int(meta.read(UInt32.self))
    guard !meta.failed, kindCount <= symbols.count else { return nil }
    let kinds = (0..<kindCount).map { _ in Int(meta.read(UInt32.self)) }
    guard kinds.allSatisfy(symbols.indices.contains) else { return nil }
    let themes = readThemes(&meta)
    let articles = readArticles(&meta, text: bytes, section: section(.articleText))
    guard !meta.failed, let articles, width >= 1, width == EventIndex.wordsPerEvent(themeCount: themes.count),
      count >= 0, count <= file.size,
      stored.relativePaths == [CorpusFiles.manifest, CorpusFiles.events, CorpusFiles.themes]
        + articles.map({ CorpusFiles.articlesFolder + "/" + $0.origin })
    else { return nil }

    let sizes: [(Section, Int)] = [
      (.records, count * EventList.recordSize), (.blobOffsets, (count + 1) * 8), (.years, count * 8),
      (.themeWords, count * width * 8), (.foldedOffsets, (count + 1) * 8), (.foldedASCII, count),
    ]
    guard sizes.allSatisfy({ section($0.0).count == $0.1 }), section(.checksum) == (file.size - 8)..<file.size else {
      return nil
    }
    let refCount = section(.citingRefs).count / 8
    guard section(.citingStarts).count == (articles.count + 1) * 8, section(.citingRefs).count % 8 == 0 else {
      return nil
    }
    // The columns whose values bound every later read (offsets) or index tables (years, theme
    // bits) are copied into the process before they are checked, and only the copies are used:
    // another process writing into the file afterwards can then garble text, never send a read
    // out of bounds. Everything else read from the mapping is bounds-checked where it is read.
    let blobOffsets = Column<Int>(storage: bytes, byteOffset: section(.blobOffsets).lowerBound, count: count + 1).copied()
    let foldedOffsets = Column<Int>(storage: bytes, byteOffset: section(.foldedOffsets).lowerBound, count: count + 1)
      .copied()
    let citingStarts = Column<Int>(storage: bytes, byteOffset: section(.citingStarts).lowerBound, count: articles.count + 1)
      .copied()
    let themeWords = Column<UInt64>(storage: bytes, byteOffset: section(.themeWords).lowerBound, count: count * width)
      .copied()
    let years = Column<Int>(storage: bytes, byteOffset: section(.years).lowerBound, count: count).copied()
    guard ascends(blobOffsets, within: section(.blob).count), ascends(foldedOffsets, within: section(.folded).count),
      ascends(citingStarts, within: refCount), nondecreasing(years),
      onlyThemeBits(themeWords, width: width, themes: themes.count)
    else { return nil }

    let index = EventIndex(
      foldedBytes: Column(storage: bytes, byteOffset: section(.folded).lowerBound, count: section(.folded).count),
      foldedOffsets: foldedOffsets,
      themeWords: themeWords,
      wordsPerEvent: width, themeBits: EventIndex.themeBits(of: themes),
      foldedIsASCII: Column(storage: bytes, byteOffset: section(.foldedASCII).lowerBound, count: count))
    let events = EventList(
      bytes: bytes, endIndex: count, meta: section(.meta), articleText: section(.articleText), records: section(.records),
      blobOffsets: blobOffsets, blob: section(.blob), years: years, themeWords: themeWords, wordsPerEvent: width,
      citingStarts: citingStarts,
      citingRefs: Column(storage: bytes, byteOffset: section(.citingRefs).lowerBound, count: refCount),
      symbols: symbols, kinds: kinds.map { EventKind(rawValue: symbols[$0]) }, savedIndex: index)
    return Corpus(articles: articles, orderedEvents: events, themes: themes)
  }

  /// True when the offsets start at 0, never decrease and end within `limit`.
  static func ascends(_ offsets: Column<Int>, within limit: Int) -> Bool {
    offsets.first == 0 && offsets.last.map { $0 <= limit } == true && nondecreasing(offsets)
  }

  /// True when the snapshot's bytes still hash to the checksum stored in its last eight bytes.
  /// Reads the whole file (hundreds of megabytes for a large corpus: a fraction of a second), so
  /// the CLI checks before printing and the browser after its first frame. A damaged file is removed.
  static func contentIntact(_ file: MappedFile) -> Bool {
    let stored = UInt64(littleEndian: file.base.loadUnaligned(fromByteOffset: file.size - 8, as: UInt64.self))
    let intact = file.contentHash(upTo: file.size - 8) == stored
    if !intact { file.unlinkIfUnchanged() }
    return intact
  }

  /// True when the values never decrease (events are in date order, so their years are).
  static func nondecreasing(_ values: Column<Int>) -> Bool {
    values.withUnsafeBufferPointer { values in
      var ordered = true
      var previous = Int.min  // no early exit: the loop vectorizes
      for value in values {
        ordered = ordered && value >= previous
        previous = value
      }
      return ordered
    }
  }

  /// True when no event's theme words set a bit past the taxonomy's last theme.
  static func onlyThemeBits(_ words: Column<UInt64>, width: Int, themes: Int) -> Bool {
    let spare = width * 64 - themes
    guard spare > 0 else { return true }
    let forbidden = ~UInt64(0) << UInt64(64 - spare)  // the top `spare` bits of the last word
    return words.withUnsafeBufferPointer { words in
      var union: UInt64 = 0
      var index = width - 1
      while index < words.count {
        union |= words[index]
        index += width
      }
      return union & forbidden == 0
    }
  }

  static func readThemes(_ cursor: inout ByteCursor) -> [Theme] {
    let count = Int(cursor.read(UInt32.self))
    guard count <= cursor.bytes.count else {
      cursor.failed = true
      return []
    }
    return (0..<count).map { _ in
      Theme(
        key: cursor.readString(), label: cursor.readString(), description: cursor.readString(),
        phrases: cursor.readStrings())
    }
  }

  /// Reads the articles of the meta section, their texts from the article text section.
  ///
  /// The metadata is read in one pass; the texts (tens of megabytes for a large corpus) are
  /// then made into strings on all cores.
  static func readArticles(_ cursor: inout ByteCursor, text file: StoreBytes, section: Range<Int>) -> [Article]? {
    let count = Int(cursor.read(UInt32.self))
    guard count <= cursor.bytes.count else { return nil }
    var articles: [(article: Article, text: Range<Int>)] = []
    articles.reserveCapacity(count)
    for _ in 0..<count {
      let id = cursor.readString()
      let title = cursor.readString()
      let titleSupplied = cursor.read(UInt8.self) != 0
      let outlet = cursor.readString()
      let authors = cursor.readStrings()
      let published = cursor.readDate()
      let publishedDisplay = cursor.readString()
      let dateBasis = cursor.readString()
      let origin = cursor.readString()
      let authorNotes = cursor.readStrings()
      let offset = Int(clamping: cursor.read(UInt64.self))
      let length = Int(clamping: cursor.read(UInt64.self))
      let url = cursor.readOptionalString()
      guard !cursor.failed, offset >= 0, length >= 0, offset <= section.count, length <= section.count - offset else {
        return nil
      }
      let start = section.lowerBound + offset
      let article = Article(
        id: id, title: title, titleSupplied: titleSupplied, outlet: outlet, authors: authors, published: published,
        publishedDisplay: publishedDisplay, dateBasis: dateBasis, origin: origin, authorNotes: authorNotes,
        text: "", url: url)
      articles.append((article, start..<(start + length)))
    }
    let ranges = Parallel.ranges(of: articles.count, minimum: 500)
    let pieces = Parallel.map(pieces: ranges.count) { [articles] piece in
      articles[ranges[piece]].map { entry -> Article in
        var article = entry.article
        article.text = String(decoding: file.bytes(entry.text), as: UTF8.self)
        return article
      }
    }
    return Array(pieces.joined())
  }
}
