import Foundation

/// `manifest.json` and `themes.json` by the events reader's grammar: the same contract as for
/// `events.json` (agree with `JSONDecoder` on everything accepted, give up on anything else).
///
/// `JSONDecoder`'s first use in a process costs a few milliseconds of runtime set-up, and it
/// reads the 3 MB manifest of a 10,000-article corpus in 0.7 s; this reads either in one pass.
extension EventsFileScanner {
  /// The manifest in `data`, or nil when it needs `JSONDecoder`.
  static func manifest(in data: Data) -> CorpusFiles.Manifest? {
    scan(data) { (scanner: inout EventsFileScanner) throws(GiveUp) in
      CorpusFiles.Manifest(
        formatVersion: CorpusFiles.readableVersion,
        articles: try scanner.versionedList(.articles) { (s: inout EventsFileScanner) throws(GiveUp) in try s.articleEntry() })
    }
  }

  /// The themes file in `data`, or nil when it needs `JSONDecoder`.
  static func themesFile(in data: Data) -> CorpusFiles.ThemesFile? {
    scan(data) { (scanner: inout EventsFileScanner) throws(GiveUp) in
      CorpusFiles.ThemesFile(
        formatVersion: CorpusFiles.readableVersion,
        themes: try scanner.versionedList(.themes) { (s: inout EventsFileScanner) throws(GiveUp) in try s.theme() })
    }
  }

  /// Runs `read` over the whole of `data` (a leading byte-order mark allowed, nothing after it).
  private static func scan<T>(_ data: Data, _ read: (inout EventsFileScanner) throws(GiveUp) -> T) -> T? {
    reading(data) { scanner -> T? in
      guard let value = try? read(&scanner) else { return nil }
      scanner.skipSpace()
      return scanner.position == scanner.bytes.count ? value : nil
    }
  }

  /// `{ "format_version": N, "<list>": [ … ] }` in the version this program reads, each element
  /// read by `element`.
  private mutating func versionedList<T>(
    _ list: Key, _ element: (inout EventsFileScanner) throws(GiveUp) -> T
  ) throws(GiveUp) -> [T] {
    var version: Int?, items: [T]?
    try object { (scanner: inout EventsFileScanner, key: Key) throws(GiveUp) in
      switch key {
      case .formatVersion: try Self.once(version); version = try scanner.integerValue()
      case list:
        try Self.once(items)
        var read: [T] = []
        try scanner.array { (scanner: inout EventsFileScanner) throws(GiveUp) in read.append(try element(&scanner)) }
        items = read
      default: try scanner.skipValue(depth: 1)
      }
    }
    guard version == CorpusFiles.readableVersion, let items else { throw GiveUp() }
    return items
  }

  private mutating func articleEntry() throws(GiveUp) -> CorpusFiles.ArticleEntry {
    var id: String?, title: String?, outlet: String?, authors: [String]?, publishedDisplay: String?
    var dateBasis: String?, origin: String?, titleSupplied: Bool??, published: EDTFDate??
    try object { (scanner: inout EventsFileScanner, key: Key) throws(GiveUp) in
      switch key {
      case .id: try Self.once(id); id = try scanner.string()
      case .title: try Self.once(title); title = try scanner.string()
      case .outlet: try Self.once(outlet); outlet = try scanner.string()
      case .authors: try Self.once(authors); authors = try scanner.stringList()
      case .publishedDisplay: try Self.once(publishedDisplay); publishedDisplay = try scanner.string()
      case .dateBasis: try Self.once(dateBasis); dateBasis = try scanner.string()
      case .origin: try Self.once(origin); origin = try scanner.string()
      case .titleSupplied:
        try Self.once(titleSupplied)
        titleSupplied = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.boolean() })
      case .published:
        try Self.once(published)
        published = .some(try scanner.nullable { (s: inout EventsFileScanner) throws(GiveUp) in try s.date() })
      default: try scanner.skipValue(depth: 3)
      }
    }
    guard let id, let title, let outlet, let authors, let publishedDisplay, let dateBasis, let origin else {
      throw GiveUp()
    }
    return CorpusFiles.ArticleEntry(
      id: id, title: title, titleSupplied: titleSupplied ?? nil, outlet: outlet, authors: authors,
      published: published ?? nil, publishedDisplay: publishedDisplay, dateBasis: dateBasis, origin: origin)
  }

  private mutating func theme() throws(GiveUp) -> Theme {
    var key: String?, label: String?, description: String?, phrases: [String]?
    try object { (scanner: inout EventsFileScanner, name: Key) throws(GiveUp) in
      switch name {
      case .key: try Self.once(key); key = try scanner.string()
      case .label: try Self.once(label); label = try scanner.string()
      case .description: try Self.once(description); description = try scanner.string()
      case .phrases: try Self.once(phrases); phrases = try scanner.stringList()
      default: try scanner.skipValue(depth: 3)
      }
    }
    guard let key, let label, let description, let phrases else { throw GiveUp() }
    return Theme(key: key, label: label, description: description, phrases: phrases)
  }

  private mutating func stringList() throws(GiveUp) -> [String] {
    var list: [String] = []
    try array { (scanner: inout EventsFileScanner) throws(GiveUp) in list.append(try scanner.string()) }
    return list
  }

  /// An exact integer's value (see `integer()`); gives up when it does not fit an `Int`.
  mutating func integerValue() throws(GiveUp) -> Int {
    skipSpace()
    let start = position
    try integer()
    var value: Int64 = 0  // at most 18 digits: fits
    for byte in bytes[start..<position] where byte != 0x2D { value = value * 10 + Int64(byte - 0x30) }
    guard let exact = Int(exactly: bytes[start] == 0x2D ? -value : value) else { throw GiveUp() }
    return exact
  }

  /// Gives up when a key repeats (`JSONDecoder` would take one of the values).
  private static func once<T>(_ slot: T?) throws(GiveUp) {
    if slot != nil { throw GiveUp() }
  }
}
