import CronicaSystem
import Foundation

extension CorpusSnapshot {
  /// Why a snapshot could not be written.
  public struct WriteFailure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Writes a snapshot of `corpus` (a bundled-layout folder's, already validated) and its index
  /// to `url`: to a temporary file beside it first, renamed into place when complete.
  static func write(_ corpus: Corpus, index: EventIndex, key: SnapshotKey, to url: URL) throws(WriteFailure) {
    guard corpus.title == nil, corpus.eras.isEmpty, !corpus.events.isMapped else {
      throw WriteFailure(description: "only a corpus folder's own events can be saved")
    }
    let sections = SectionBytes(corpus: corpus, index: index, key: key)
    do throws(SystemFailure) {
      // Private to its owner like the rest of the cache; flushed to disk before it is renamed
      // into place, so a crash never leaves a snapshot with missing data under the real name.
      let file = try AtomicReplacement(replacing: url.path, permissions: [.ownerReadWrite])
      var header = ByteWriter()
      header.bytes = magic
      header.append(UInt64(formatVersion))
      var offset = headerSize
      var placed: [(offset: Int, count: Int)] = []
      for section in Section.allCases {
        let count = sections.byteCount(section)
        placed.append((offset, count))
        header.append(UInt64(offset))
        header.append(UInt64(count))
        offset = (offset + count + 7) / 8 * 8
      }
      var position = 0
      var hash = XXHash64()
      var failure: SystemFailure?
      func write(_ bytes: UnsafeRawBufferPointer) {
        position += bytes.count
        guard failure == nil else { return }
        hash.add(bytes)
        do {
          try file.write(bytes)
        } catch {
          failure = error
        }
      }
      header.bytes.withUnsafeBytes(write)
      let zeros = [UInt8](repeating: 0, count: 8)
      for (section, place) in zip(Section.allCases, placed) {
        zeros.withUnsafeBytes { write(UnsafeRawBufferPointer(rebasing: $0[0..<(place.offset - position)])) }
        if section == .checksum {
          withUnsafeBytes(of: hash.finish().littleEndian, write)
        } else {
          sections.withBytes(section, write)
        }
      }
      if let failure { throw failure }
      try file.commit()
    } catch {
      throw WriteFailure(description: error.description)
    }
  }
}

/// The bytes of every section of a snapshot, built from a corpus and its index.
struct SectionBytes {
  var key: [UInt8]
  var meta = ByteWriter()
  var articleText: [UInt8] = []
  var records: [UInt8] = []
  var blobOffsets: [Int] = [0]
  var blob = ByteWriter()
  var years: [Int] = []
  var citingStarts: [Int] = [0]
  var citingRefs: [UInt64] = []
  let index: EventIndex

  init(corpus: Corpus, index: EventIndex, key: SnapshotKey) {
    self.key = Array(key.text.utf8)
    self.index = index
    var symbols = SymbolTable()
    var articleRanges: [String: (position: Int, range: Range<Int>)] = [:]
    var texts: [String] = []
    for (position, article) in corpus.articles.enumerated() {
      let start = articleText.count
      articleText += article.text.utf8
      if articleRanges[article.id] == nil { articleRanges[article.id] = (position, start..<articleText.count) }
      texts.append(article.text)
    }
    let events = corpus.events.array
    records.reserveCapacity(events.count * SnapshotEvents.recordSize)
    blobOffsets.reserveCapacity(events.count + 1)
    years.reserveCapacity(events.count)
    var kinds: [Int] = []
    var kindSeen: Set<Int> = []
    var locator = QuoteLocator(texts: texts)
    var refsByArticle = Array(repeating: [UInt64](), count: corpus.articles.count)
    for (position, event) in events.enumerated() {
      for (number, citation) in event.citations.enumerated() {
        if let article = articleRanges[citation.article] {
          refsByArticle[article.position].append(UInt64(position) << 32 | UInt64(number))
        }
      }
      years.append(event.earliest.year)
      let kind = symbols.position(of: event.kind.rawValue)
      if kindSeen.insert(kind).inserted { kinds.append(kind) }
      var record = ByteWriter()
      record.append(Int64(event.earliest.number))
      record.append(Int64(event.latest.number))
      record.append(Int64(event.order ?? 0))
      record.append(UInt32(kind))
      record.bytes += [0, 0, 0, 0]
      records += record.bytes
      blob.append(event.id)
      blob.append(event.display)
      blob.append(event.title)
      blob.append(event.summary)
      blob.append(optional: event.dateBasis)
      blob.append(optional: event.origin)
      blob.append(UInt32(event.themes.count))
      for theme in event.themes { blob.append(UInt32(symbols.position(of: theme))) }
      blob.append(UInt32(event.citations.count))
      for citation in event.citations {
        blob.append(UInt32(symbols.position(of: citation.article)))
        if let article = articleRanges[citation.article],
          let found = locator.range(of: citation.quote, inText: article.position)
        {
          blob.append(UInt8(0))
          blob.append(UInt64(article.range.lowerBound + found.lowerBound))
          blob.append(UInt32(found.count))
        } else {
          blob.append(UInt8(1))
          blob.append(citation.quote)
        }
      }
      blob.append(event.start.edtf)
      blob.append(optional: event.end?.edtf)
      blob.append(UInt8(event.order == nil ? 0 : 1))
      // The builder's notes, after the dates (readers of the fields before them skip them).
      let evidence = (event.themeEvidence ?? [:]).sorted { $0.key < $1.key }
      blob.append(UInt8(event.themeEvidence == nil ? 0 : 1))
      blob.append(strings: evidence.map(\.key))
      blob.append(strings: evidence.map(\.value))
      blob.append(UInt8(event.confidence == nil ? 0 : 1))
      blob.append(Int64(event.confidence ?? 0))
      blob.append(UInt8(event.rules == nil ? 0 : 1))
      blob.append(strings: event.rules ?? [])
      blobOffsets.append(blob.bytes.count)
    }
    for refs in refsByArticle {
      citingRefs += refs
      citingStarts.append(citingRefs.count)
    }
    meta.append(UInt64(events.count))
    meta.append(UInt64(index.wordsPerEvent))
    meta.append(strings: symbols.strings)
    meta.append(UInt32(kinds.count))
    for kind in kinds { meta.append(UInt32(kind)) }
    meta.append(UInt32(corpus.themes.count))
    for theme in corpus.themes {
      meta.append(theme.key)
      meta.append(theme.label)
      meta.append(theme.description)
      meta.append(strings: theme.phrases)
    }
    meta.append(UInt32(corpus.articles.count))
    var textStart = 0
    for article in corpus.articles {
      meta.append(article.id)
      meta.append(article.title)
      meta.append(UInt8(article.titleSupplied ? 1 : 0))
      meta.append(article.outlet)
      meta.append(strings: article.authors)
      meta.append(date: article.published)
      meta.append(article.publishedDisplay)
      meta.append(article.dateBasis)
      meta.append(article.origin)
      meta.append(strings: article.authorNotes)
      let length = article.text.utf8.count
      meta.append(UInt64(textStart))
      meta.append(UInt64(length))
      meta.append(optional: article.url)
      textStart += length
    }
  }

  /// The byte count of a section.
  func byteCount(_ section: CorpusSnapshot.Section) -> Int {
    withBytes(section) { $0.count }
  }

  /// Calls `body` with a section's bytes.
  func withBytes<Result>(_ section: CorpusSnapshot.Section, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    switch section {
    case .key: return key.withUnsafeBytes(body)
    case .meta: return meta.bytes.withUnsafeBytes(body)
    case .articleText: return articleText.withUnsafeBytes(body)
    case .records: return records.withUnsafeBytes(body)
    case .blobOffsets: return blobOffsets.withUnsafeBytes(body)
    case .blob: return blob.bytes.withUnsafeBytes(body)
    case .years: return years.withUnsafeBytes(body)
    case .themeWords: return index.themeWords.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
    case .foldedOffsets: return index.foldedOffsets.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
    case .folded: return index.foldedBytes.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
    case .foldedASCII: return index.foldedIsASCII.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
    case .citingStarts: return citingStarts.withUnsafeBytes(body)
    case .citingRefs: return citingRefs.withUnsafeBytes(body)
    case .checksum: return withUnsafeBytes(of: UInt64(0), body)  // its value is written last
    }
  }
}

/// Strings numbered in order of first use (kinds, theme keys, article ids).
struct SymbolTable {
  var strings: [String] = []
  var positions: [String: Int] = [:]

  /// The number of `text`, added if new.
  mutating func position(of text: String) -> Int {
    if let known = positions[text] { return known }
    positions[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }
}

/// Finds quotes verbatim in article texts, remembering each distinct (article, quote) answer.
struct QuoteLocator {
  let texts: [String]
  var answers: [Int: [QuoteBytes: Range<Int>?]] = [:]

  init(texts: [String]) { self.texts = texts }

  /// The UTF-8 range of the first verbatim occurrence of `quote` in text `position`.
  mutating func range(of quote: String, inText position: Int) -> Range<Int>? {
    let key = QuoteBytes(text: quote)
    if let known = answers[position]?[key] { return known }
    let found = texts[position].verbatimUTF8Range(of: quote)
    answers[position, default: [:]][key] = found
    return found
  }
}
