import CronicaSystem

/// The events of a mapped corpus snapshot, built one at a time from their bytes when read.
///
/// Fixed-size records hold what whole-corpus passes need (dates, kind); everything else lies in
/// one byte blob per event, and quotes point into the snapshot's copy of the cleaned article
/// text, where they were found verbatim when the snapshot was written.
struct SnapshotEvents: Sendable {
  /// The mapped snapshot.
  let file: MappedFile
  /// How many events there are.
  let count: Int
  /// Where the fixed-size records start in `file`.
  let recordsOffset: Int
  /// Where each event's blob starts in the blob section; `count + 1` entries.
  let blobOffsets: Column<Int>
  /// The blob section's bytes.
  let blob: Range<Int>
  /// The cleaned article texts' section (quotes are ranges of it).
  let articleText: Range<Int>
  /// Kinds, theme keys and article ids, each once; blobs and records refer to them by position.
  let symbols: [String]
  /// The kinds the events use, in order of first use.
  let kinds: [EventKind]
  /// The snapshot's search index, mapped too.
  let index: EventIndex
  /// The year of each event's earliest day.
  let years: Column<Int>
  /// Where each article's references start in `citingRefs` (one more entry than articles).
  let citingStarts: Column<Int>
  /// The citations of every article, article after article, each as event position << 32 |
  /// citation number, in event order.
  let citingRefs: Column<UInt64>
  /// Where the checksum of everything before it lies in `file`.
  let checksum: Int

  /// The citations of the article at `position` (in manifest order), in event order; empty for
  /// a position out of range or a damaged reference.
  func citations(ofArticleAt position: Int) -> [(event: Int, citation: Int)] {
    guard position >= 0, position + 1 < citingStarts.count else { return [] }
    let start = citingStarts[position]
    let end = citingStarts[position + 1]
    return (start..<end).compactMap { slot in
      let ref = citingRefs[slot]
      let event = Int(ref >> 32)
      return event < count ? (event, Int(ref & 0xFFFF_FFFF)) : nil
    }
  }

  /// The size of one fixed record: earliest and latest day (days since 1970-01-01, Int64.min
  /// and Int64.max for open bounds), the curator's order (Int64), the kind's symbol (UInt32),
  /// four bytes of padding.
  static let recordSize = 32

  /// The earliest and latest day of the event at `position`.
  func bounds(at position: Int) -> (earliest: DayStamp, latest: DayStamp) {
    let record = recordsOffset + position * Self.recordSize
    let base = file.base
    let earliest = Int64(littleEndian: base.loadUnaligned(fromByteOffset: record, as: Int64.self))
    let latest = Int64(littleEndian: base.loadUnaligned(fromByteOffset: record + 8, as: Int64.self))
    return (DayStamp(number: Int(earliest)), DayStamp(number: Int(latest)))
  }

  /// The curator's order of the event at `position` (0 when none was given).
  func order(at position: Int) -> Int {
    let record = recordsOffset + position * Self.recordSize
    return Int(Int64(littleEndian: file.base.loadUnaligned(fromByteOffset: record + 16, as: Int64.self)))
  }

  /// The kind of the event at `position`.
  func kind(at position: Int) -> EventKind {
    let record = recordsOffset + position * Self.recordSize
    let symbol = Int(UInt32(littleEndian: file.base.loadUnaligned(fromByteOffset: record + 24, as: UInt32.self)))
    return EventKind(rawValue: self.symbol(symbol))
  }

  /// The symbol at `position`, or an empty string for a damaged reference.
  func symbol(_ position: Int) -> String {
    symbols.indices.contains(position) ? symbols[position] : ""
  }

  /// A cursor at the start of the blob of the event at `position`.
  func cursor(at position: Int) -> ByteCursor {
    let start = blobOffsets[position]
    let end = blobOffsets[position + 1]
    return ByteCursor(file.bytes((blob.lowerBound + start)..<(blob.lowerBound + end)))
  }

  /// The id of the event at `position` (the first field of its blob).
  func id(at position: Int) -> String {
    var cursor = cursor(at: position)
    return cursor.readString()
  }

  /// The date, kind, id and title of the event at `position` (the first fields of its blob).
  func headline(at position: Int) -> EventHeadline {
    var cursor = cursor(at: position)
    let id = cursor.readString()
    let display = cursor.readString()
    return EventHeadline(display: display, kind: kind(at: position), id: id, title: cursor.readString())
  }

  /// The theme keys of the event at `position` (its other strings are skipped, not built).
  func themes(at position: Int) -> [String] {
    var cursor = cursor(at: position)
    Self.skipToThemes(&cursor)
    let count = Int(cursor.read(UInt32.self))
    var themes: [String] = []
    for _ in 0..<min(count, cursor.bytes.count) where !cursor.failed {
      let theme = symbol(Int(cursor.read(UInt32.self)))
      if !cursor.failed { themes.append(theme) }
    }
    return themes
  }

  /// The article ids cited by the event at `position`, in citation order (quotes are skipped).
  func citedArticles(at position: Int) -> [String] {
    var cursor = cursor(at: position)
    Self.skipToThemes(&cursor)
    cursor.offset += 4 * Int(cursor.read(UInt32.self))
    let count = Int(cursor.read(UInt32.self))
    var articles: [String] = []
    for _ in 0..<min(count, cursor.bytes.count) where !cursor.failed {
      let article = symbol(Int(cursor.read(UInt32.self)))
      if cursor.read(UInt8.self) == 0 {
        cursor.offset += 12
      } else {
        cursor.offset += Int(cursor.read(UInt32.self))
      }
      if !cursor.failed { articles.append(article) }
    }
    return articles
  }

  /// Moves a cursor at the start of a blob past the id, display, title, summary, date basis and origin.
  static func skipToThemes(_ cursor: inout ByteCursor) {
    for _ in 0..<4 { cursor.offset += Int(cursor.read(UInt32.self)) }
    for _ in 0..<2 where cursor.read(UInt8.self) != 0 { cursor.offset += Int(cursor.read(UInt32.self)) }
  }

  /// The whole event at `position`.
  func event(at position: Int) -> Event {
    var cursor = cursor(at: position)
    let id = cursor.readString()
    let display = cursor.readString()
    let title = cursor.readString()
    let summary = cursor.readString()
    let dateBasis = cursor.readOptionalString()
    let origin = cursor.readOptionalString()
    let themeCount = Int(cursor.read(UInt32.self))
    var themes: [String] = []
    for _ in 0..<min(themeCount, cursor.bytes.count) where !cursor.failed {
      let theme = symbol(Int(cursor.read(UInt32.self)))
      if !cursor.failed { themes.append(theme) }
    }
    let citationCount = Int(cursor.read(UInt32.self))
    var citations: [Citation] = []
    for _ in 0..<min(citationCount, cursor.bytes.count) where !cursor.failed {
      let article = symbol(Int(cursor.read(UInt32.self)))
      citations.append(Citation(article: article, quote: quote(&cursor)))
    }
    // The dates' texts follow the citations; damaged ones give way to the record's bounds.
    let bounds = self.bounds(at: position)
    let startText = cursor.readString()
    let endText = cursor.readOptionalString()
    let hasOrder = cursor.read(UInt8.self) != 0
    var start = try? EDTFDate(parsing: startText)
    var end = endText.flatMap { try? EDTFDate(parsing: $0) }
    if cursor.failed || start == nil {
      start = EDTFDate(days: bounds.earliest, bounds.latest)
      end = nil
    }
    // The builder's notes follow the dates.
    let hasEvidence = cursor.read(UInt8.self) != 0
    let evidenceKeys = cursor.readStrings()
    let evidenceValues = cursor.readStrings()
    let hasConfidence = cursor.read(UInt8.self) != 0
    let confidence = Int(clamping: cursor.read(Int64.self))
    let hasRules = cursor.read(UInt8.self) != 0
    let rules = cursor.readStrings()
    let evidence = Dictionary(zip(evidenceKeys, evidenceValues), uniquingKeysWith: { first, _ in first })
    return Event(
      id: id, start: start ?? EDTFDate(PartialDate(wholeYear: 0)), end: end,
      order: hasOrder ? order(at: position) : nil, display: display, kind: kind(at: position), title: title,
      summary: summary, themes: themes, citations: citations, dateBasis: dateBasis, origin: origin,
      themeEvidence: hasEvidence && !cursor.failed ? evidence : nil,
      confidence: hasConfidence && !cursor.failed ? confidence : nil, rules: hasRules && !cursor.failed ? rules : nil)
  }

  /// Reads one quote: a range of the cleaned article text (form 0) or the text itself (form 1).
  func quote(_ cursor: inout ByteCursor) -> String {
    guard cursor.read(UInt8.self) == 0 else { return cursor.readString() }
    let offset = Int(clamping: cursor.read(UInt64.self))
    let length = Int(cursor.read(UInt32.self))
    guard !cursor.failed, offset >= 0, offset <= articleText.count, length <= articleText.count - offset else {
      return ""
    }
    let start = articleText.lowerBound + offset
    return String(decoding: file.bytes(start..<(start + length)), as: UTF8.self)
  }
}
