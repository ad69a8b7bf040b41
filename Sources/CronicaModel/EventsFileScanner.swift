import Foundation

/// A fast, single-pass reader of a well-formed `events.json` that builds `Event` values from the bytes.
///
/// `JSONDecoder` spends most of a large corpus's load time building an intermediate tree and
/// going through `Decodable`'s containers. This scanner reads the bytes once and fills the events
/// directly. It accepts only what it fully understands: on anything else (a syntax or type error,
/// a missing or duplicate key, an invalid date, invalid UTF-8, a number it would not read exactly,
/// nesting deeper than `maxDepth`) it gives up and returns nil, and the caller decodes the file
/// as a `JSONNode` tree, whose `JSONReader` locates every problem. So on every file
/// it accepts it must agree with `JSONDecoder` exactly; a differential test and the `events` fuzz
/// target check that.
struct EventsFileScanner {
  /// Why the scanner gave up. On the fast path the reason is dropped (the file is read again as a
  /// `JSONNode` tree); a syntax error carries its byte offset and a message for people.
  struct GiveUp: Error {
    var offset = 0
    var message = "not read on the fast path"
  }

  let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next byte to read.
  var position = 0
  /// Reused for strings that contain escapes.
  var scratch: [UInt8] = []
  /// Article ids and theme keys read so far, by a hash of their bytes: a corpus names a few
  /// articles and themes many times, and one shared string per name saves an allocation per use.
  var names: [Int: String] = [:]
  /// The fewest bytes of events worth a core of their own (splitting smaller costs more than it saves).
  var bytesPerPiece = 2_000_000
  /// How deep unknown values may nest before the scanner gives up.
  static let maxDepth = 256

  /// The events of `data` in file order, or nil when the file needs `JSONDecoder` (see the type).
  ///
  /// - Parameter bytesPerPiece: the fewest bytes of events read by one core (tests make it small).
  static func events(in data: Data, bytesPerPiece: Int = 2_000_000) -> [Event]? {
    eventsFile(in: data, bytesPerPiece: bytesPerPiece)?.events
  }

  /// The whole `events.json` (its events and rejected citations), or nil as for `events(in:)`.
  static func eventsFile(in data: Data, bytesPerPiece: Int = 2_000_000) -> CorpusFiles.EventsFile? {
    guard let file = eventsFile(in: data, bytesPerPiece: bytesPerPiece, into: { _ in [Event]() }) else { return nil }
    // The first piece's array grows in place (taken out of `pieces`, so not shared, so not
    // copied); the others are appended to it.
    var pieces = file.pieces
    var list = pieces[0]
    pieces[0] = []
    list.reserveCapacity(pieces.reduce(list.count) { $0 + $1.count })
    for piece in pieces.dropFirst() { list += piece }
    return CorpusFiles.EventsFile(events: list, rejected: file.rejected)
  }

  /// The events of `data` given to sinks made by `sink` (one per piece of the file read on its
  /// own core, given the piece's bytes), in file order, and the rejected citations; nil as for
  /// `events(in:)`.
  static func eventsFile<Sink: EventSink>(
    in data: Data, bytesPerPiece: Int = 2_000_000, into sink: @Sendable (Range<Int>) -> Sink
  ) -> (pieces: [Sink], rejected: [Citation]?)? {
    reading(data) { scanner in
      scanner.bytesPerPiece = bytesPerPiece
      return try? scanner.file(into: sink)
    }
  }

  /// `body` given a scanner of `data`, past a leading UTF-8 byte-order mark.
  static func reading<T>(_ data: Data, _ body: (inout EventsFileScanner) -> T) -> T {
    data.withUnsafeBytes { raw in
      var scanner = EventsFileScanner(bytes: raw.bindMemory(to: UInt8.self))
      if raw.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
      return body(&scanner)
    }
  }

  // MARK: The file and its events

  /// `{ "format_version": N, "events": [ … ] }`, unknown keys skipped, nothing after it.
  mutating func file<Sink: EventSink>(
    into sink: @Sendable (Range<Int>) -> Sink
  ) throws(GiveUp) -> (pieces: [Sink], rejected: [Citation]?) {
    var events: [Sink]?
    var rejected: [Citation]??
    var sawVersion = false
    try object { (scanner: inout EventsFileScanner, key: Key) throws(GiveUp) in
      switch key {
      case .formatVersion:
        guard !sawVersion else { throw GiveUp() }
        sawVersion = true
        let start = scanner.position
        try scanner.integer()
        // Another version is refused with its location by the decoder's path.
        guard scanner.bytes[start..<scanner.position].elementsEqual("\(CorpusFiles.readableVersion)".utf8) else {
          throw GiveUp()
        }
      case .events:
        guard events == nil else { throw GiveUp() }
        events = try scanner.eventList(into: sink)
      case .rejected:
        guard rejected == nil else { throw GiveUp() }
        rejected = .some(
          try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in
            var list: [Citation] = []
            try s.array { (s: inout EventsFileScanner) throws(GiveUp) in list.append(try s.citation()) }
            return list
          })
      default:
        try scanner.skipValue(depth: 1)
      }
    }
    skipSpace()
    guard position == bytes.count, sawVersion, let events else { throw GiveUp() }
    return (events, rejected ?? nil)
  }

  /// One event object with `Event`'s coding keys; optional fields may be absent or null.
  mutating func event() throws(GiveUp) -> Event {
    var id: String?, display: String?, kind: String?, title: String?, summary: String?
    var start: EDTFDate?, end: EDTFDate??, themes: [String]?, citations: [Citation]?
    var dateBasis: String??, origin: String??, order: Int??
    var themeEvidence: [String: String]??, confidence: Int??, rules: [String]??
    func once<T>(_ slot: T?) throws(GiveUp) { if slot != nil { throw GiveUp() } }
    try object { (scanner: inout EventsFileScanner, key: Key) throws(GiveUp) in
      switch key {
      case .id: try once(id); id = try scanner.string()
      case .start: try once(start); start = try scanner.date()
      case .end: try once(end); end = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.date() })
      case .order:
        try once(order)
        order = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.integerValue() })
      case .display: try once(display); display = try scanner.string()
      case .kind: try once(kind); kind = try scanner.string()
      case .title: try once(title); title = try scanner.string()
      case .summary: try once(summary); summary = try scanner.string()
      case .themes:
        try once(themes)
        var list: [String] = []
        try scanner.array { (scanner: inout EventsFileScanner) throws(GiveUp) in list.append(try scanner.string(interned: true)) }
        themes = list
      case .citations:
        try once(citations)
        var list: [Citation] = []
        try scanner.array { (scanner: inout EventsFileScanner) throws(GiveUp) in list.append(try scanner.citation()) }
        citations = list
      case .dateBasis:
        try once(dateBasis)
        dateBasis = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.string() })
      case .origin:
        try once(origin)
        origin = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.string() })
      case .themeEvidence:
        try once(themeEvidence)
        themeEvidence = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.stringMap() })
      case .confidence:
        try once(confidence)
        confidence = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.integerValue() })
      case .rules:
        try once(rules)
        rules = .some(
          try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in
            var list: [String] = []
            try s.array { (s: inout EventsFileScanner) throws(GiveUp) in list.append(try s.string(interned: true)) }
            return list
          })
      default:
        try scanner.skipValue(depth: 2)
      }
    }
    guard let id, let start, let display, let kind, let title, let summary, let themes, let citations else {
      throw GiveUp()
    }
    return Event(
      id: id, start: start, end: end ?? nil, order: order ?? nil, display: display, kind: EventKind(rawValue: kind),
      title: title, summary: summary, themes: themes, citations: citations, dateBasis: dateBasis ?? nil,
      origin: origin ?? nil, themeEvidence: themeEvidence ?? nil, confidence: confidence ?? nil, rules: rules ?? nil)
  }

  /// `{ "article": "…", "quote": "…" }`, unknown keys skipped.
  private mutating func citation() throws(GiveUp) -> Citation {
    var article: String?, quote: String?
    try object { (scanner: inout EventsFileScanner, key: Key) throws(GiveUp) in
      switch key {
      case .article: if article != nil { throw GiveUp() }; article = try scanner.string(interned: true)
      case .quote: if quote != nil { throw GiveUp() }; quote = try scanner.string()
      default: try scanner.skipValue(depth: 3)
      }
    }
    guard let article, let quote else { throw GiveUp() }
    return Citation(article: article, quote: quote)
  }

  /// An EDTF date string: the plain `YYYY`, `YYYY-MM`, `YYYY-MM-DD` read directly, anything else
  /// by `EDTFDate(parsing:)`.
  mutating func date() throws(GiveUp) -> EDTFDate {
    let text = try string()
    if let quick = Self.quickDate(text) { return quick }
    do { return try EDTFDate(parsing: text) } catch { throw GiveUp() }
  }

  /// The common shapes `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (four-digit year) without allocating; nil otherwise.
  static func quickDate(_ text: String) -> EDTFDate? {
    var copy = text
    let date = copy.withUTF8 { b -> PartialDate? in
      func digits(_ from: Int, _ count: Int) -> Int? {
        var value = 0
        for i in from..<from + count {
          let d = Int(b[i]) - 0x30
          guard (0...9).contains(d) else { return nil }
          value = value * 10 + d
        }
        return value
      }
      switch b.count {
      case 4: return digits(0, 4).flatMap { PartialDate(year: $0) }
      case 7:
        guard b[4] == 0x2D, let year = digits(0, 4), let month = digits(5, 2) else { return nil }
        return PartialDate(year: year, month: month)
      case 10:
        guard b[4] == 0x2D, b[7] == 0x2D, let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2)
        else { return nil }
        return PartialDate(year: year, month: month, day: day)
      default: return nil
      }
    }
    return date.map { EDTFDate(edtf: text, earliest: $0.firstDay, latest: $0.lastDay) }
  }
}

/// Where the scanner puts the events of one piece of the file, as it reads them.
protocol EventSink: Sendable {
  /// `event`, whose bytes in the file end at offset `end`.
  mutating func take(_ event: Event, end: Int)
}

extension Array: EventSink where Element == Event {
  mutating func take(_ event: Event, end: Int) { append(event) }
}
