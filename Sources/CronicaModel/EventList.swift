/// The events of a corpus in chronological order, in their one representation: the columnar
/// layout of a corpus snapshot. Fixed-size records hold what whole-corpus passes need (dates,
/// kind); everything else lies in one byte blob per event, and quotes are ranges of the cleaned
/// article text. Loading builds these bytes in memory (`init(_:articles:themes:)`); a snapshot
/// is the same bytes written out and mapped back (`CorpusSnapshot`).
///
/// Code that needs one field of many events reads it with the `…(at:)` accessors, which never
/// build whole events (they read fixed-size records or one string); the subscript builds one.
public struct EventList: RandomAccessCollection, Sendable {
  /// The bytes of the records, blobs, article text and meta sections.
  let bytes: StoreBytes
  public let endIndex: Int
  /// The snapshot's meta section (count, symbols, kinds, themes, articles).
  let meta: Range<Int>
  let articleText: Range<Int>
  let records: Range<Int>
  /// Where each event's blob starts in the blob section; `count + 1` entries.
  let blobOffsets: Column<Int>
  let blob: Range<Int>
  /// The year of each event's earliest day.
  public let years: Column<Int>
  /// Each event's themes as `wordsPerEvent` words of bits over the taxonomy order, event after event.
  public let themeWords: Column<UInt64>
  /// How many words of `themeWords` each event has (at least one).
  public let wordsPerEvent: Int
  /// Where each article's references start in `citingRefs` (one more entry than articles).
  let citingStarts: Column<Int>
  /// The citations of every article, article after article, each as event position << 32 |
  /// citation number, in event order.
  let citingRefs: Column<UInt64>
  /// Kinds, theme keys and article ids, each once; blobs and records refer to them by position.
  let symbols: [String]
  /// The kinds the events use, in order of first use.
  let kinds: [EventKind]
  /// The search index saved with a snapshot (nil until one is built: `EventIndex(corpus:)`).
  let savedIndex: EventIndex?

  public var startIndex: Int { 0 }

  public subscript(position: Int) -> Event {
    precondition(position >= 0 && position < endIndex, "EventList index out of range")
    return event(at: position)
  }

  /// Whether a snapshot's bytes still match the checksum written with them (reads the whole
  /// file; a damaged snapshot is removed so that the next run loads the files); true for bytes
  /// this process built.
  public func contentIntact() -> Bool {
    bytes.file.map(CorpusSnapshot.contentIntact) ?? true
  }

  /// True when the snapshot the events are read from was written, truncated or replaced in
  /// place since it was opened (what is read from it can no longer be trusted).
  public func snapshotChangedOnDisk() -> Bool {
    bytes.file?.changedOnDisk() ?? false
  }

  /// The citations of the article at `position` of the corpus's articles (in manifest order),
  /// as (event position, citation number) in event order; empty for a position out of range.
  public func citations(ofArticleAt position: Int) -> [(event: Int, citation: Int)] {
    guard position >= 0, position + 1 < citingStarts.count else { return [] }
    return (citingStarts[position]..<citingStarts[position + 1]).compactMap { slot in
      let ref = citingRefs[slot]
      let event = Int(ref >> 32)
      return event < endIndex ? (event, Int(ref & 0xFFFF_FFFF)) : nil
    }
  }

  /// The size of one fixed record: earliest and latest day (days since 1970-01-01, Int64.min
  /// and Int64.max for open bounds), the curator's order (Int64), the kind's symbol (UInt32),
  /// four bytes of padding.
  static let recordSize = 32

  func recordValue<Value: FixedWidthInteger>(_ position: Int, _ field: Int, as type: Value.Type) -> Value {
    precondition(position >= 0 && position < endIndex, "EventList index out of range")
    return withExtendedLifetime(bytes) {
      Value(
        littleEndian: bytes.base.loadUnaligned(
          fromByteOffset: records.lowerBound + position * Self.recordSize + field, as: Value.self))
    }
  }

  /// The first day the event at `position` may cover (`Event.earliest`).
  public func earliest(at position: Int) -> DayStamp {
    DayStamp(number: Int(recordValue(position, 0, as: Int64.self)))
  }

  /// The last day the event at `position` may cover (`Event.latest`).
  public func latest(at position: Int) -> DayStamp {
    DayStamp(number: Int(recordValue(position, 8, as: Int64.self)))
  }

  /// The curator's order of the event at `position` (0 when none was given).
  func order(at position: Int) -> Int {
    Int(recordValue(position, 16, as: Int64.self))
  }

  public func kind(at position: Int) -> EventKind {
    EventKind(rawValue: symbol(Int(recordValue(position, 24, as: UInt32.self))))
  }

  public func kindsInUse() -> [EventKind] { kinds }

  /// The symbol at `position`, or an empty string for a damaged reference.
  func symbol(_ position: Int) -> String {
    symbols.indices.contains(position) ? symbols[position] : ""
  }

  /// Calls `body` with a cursor at the start of the blob of the event at `position`.
  func withCursor<Result>(at position: Int, _ body: (inout ByteCursor) -> Result) -> Result {
    let start = blobOffsets[position]
    let end = blobOffsets[position + 1]
    return withExtendedLifetime(bytes) {
      var cursor = ByteCursor(bytes.bytes((blob.lowerBound + start)..<(blob.lowerBound + end)))
      return body(&cursor)
    }
  }

  public func id(at position: Int) -> String {
    withCursor(at: position) { $0.readString() }
  }

  /// The fields a one-line listing shows of the event at `position` (the first of its blob).
  public func headline(at position: Int) -> EventHeadline {
    withCursor(at: position) { cursor in
      let id = cursor.readString()
      let display = cursor.readString()
      return EventHeadline(display: display, kind: kind(at: position), id: id, title: cursor.readString())
    }
  }

  /// The theme keys of the event at `position` (its other strings are skipped, not built).
  public func themes(at position: Int) -> [String] {
    withCursor(at: position) { cursor in
      Self.skipToThemes(&cursor)
      return readSymbols(&cursor)
    }
  }

  func readSymbols(_ cursor: inout ByteCursor) -> [String] {
    let count = Int(cursor.read(UInt32.self))
    var result: [String] = []
    for _ in 0..<Swift.min(count, cursor.bytes.count) where !cursor.failed {
      let symbol = symbol(Int(cursor.read(UInt32.self)))
      if !cursor.failed { result.append(symbol) }
    }
    return result
  }

  /// The article ids the citations of the event at `position` cite, in citation order.
  public func citedArticles(at position: Int) -> [String] {
    withCursor(at: position) { cursor in
      Self.skipToThemes(&cursor)
      cursor.offset += 4 * Int(cursor.read(UInt32.self))
      let count = Int(cursor.read(UInt32.self))
      var articles: [String] = []
      for _ in 0..<Swift.min(count, cursor.bytes.count) where !cursor.failed {
        let article = symbol(Int(cursor.read(UInt32.self)))
        _ = quoteBytes(&cursor)
        if !cursor.failed { articles.append(article) }
      }
      return articles
    }
  }

  /// Moves a cursor at the start of a blob past the id, display, title, summary, date basis and origin.
  static func skipToThemes(_ cursor: inout ByteCursor) {
    for _ in 0..<4 { cursor.offset += Int(cursor.read(UInt32.self)) }
    for _ in 0..<2 where cursor.read(UInt8.self) != 0 { cursor.offset += Int(cursor.read(UInt32.self)) }
  }

  func event(at position: Int) -> Event {
    withCursor(at: position) { cursor in
      let (id, display) = (cursor.readString(), cursor.readString())
      let (title, summary) = (cursor.readString(), cursor.readString())
      let (dateBasis, origin, themes) = (cursor.readOptionalString(), cursor.readOptionalString(), readSymbols(&cursor))
      let citationCount = Int(cursor.read(UInt32.self))
      var citations: [Citation] = []
      for _ in 0..<Swift.min(citationCount, cursor.bytes.count) where !cursor.failed {
        let article = symbol(Int(cursor.read(UInt32.self)))
        citations.append(Citation(article: article, quote: String(decoding: quoteBytes(&cursor), as: UTF8.self)))
      }
      // The dates' texts follow the citations; damaged ones give way to the record's bounds.
      let startText = cursor.readString()
      let endText = cursor.readOptionalString()
      let hasOrder = cursor.read(UInt8.self) != 0
      var start = try? EDTFDate(parsing: startText)
      var end = endText.flatMap { try? EDTFDate(parsing: $0) }
      if cursor.failed || start == nil {
        start = EDTFDate(days: earliest(at: position), latest(at: position))
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
  }

  /// Reads one quote's bytes: a range of the cleaned article text (form 0) or the text itself
  /// (form 1); empty for a damaged one. Valid while `bytes` is.
  func quoteBytes(_ cursor: inout ByteCursor) -> UnsafeRawBufferPointer {
    guard cursor.read(UInt8.self) == 0 else { return cursor.readBytes() }
    let offset = Int(clamping: cursor.read(UInt64.self))
    let length = Int(cursor.read(UInt32.self))
    guard !cursor.failed, offset >= 0, offset <= articleText.count, length <= articleText.count - offset else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    let start = articleText.lowerBound + offset
    return bytes.bytes(start..<(start + length))
  }
}

extension EventList: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Event...) { self.init(elements) }
}

extension EventList: Equatable {
  public static func == (a: EventList, b: EventList) -> Bool { a.elementsEqual(b) }
}

/// What a one-line listing shows of an event: its date as people read it, kind, id and title.
public struct EventHeadline: Hashable, Sendable {
  public var display: String
  public var kind: EventKind
  public var id: String
  public var title: String
}
