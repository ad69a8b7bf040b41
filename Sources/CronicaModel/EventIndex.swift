/// Precomputed per-event data for fast filtering and search: folded text and theme bitsets.
///
/// Built once per corpus (on all cores for large ones); queries then touch only compact arrays.
/// The folded text of all events lies back to back in one byte arena rather than in a million
/// separate strings.
public struct EventIndex: Sendable {
  /// Every event's folded title, summary and quotes (joined by newlines) as UTF-8, back to back.
  public let foldedBytes: Column<UInt8>
  /// Where each event's folded text starts in `foldedBytes`; one more entry than events.
  public let foldedOffsets: Column<Int>
  /// Each event's themes as `wordsPerEvent` words of bits over the taxonomy order (bit i of the
  /// event's words = `themes[i]`), event after event.
  public let themeWords: Column<UInt64>
  public let wordsPerEvent: Int
  public let themeBits: [String: Int]
  /// Whether each event's folded text is all ASCII (1; then an ASCII search is a plain byte search).
  let foldedIsASCII: Column<UInt8>

  /// Brings a mapped index into memory (a search then does not wait on page faults); nothing to
  /// do for one built in memory.
  public func prefetch() {
    foldedOffsets.prefetch()
    foldedIsASCII.prefetch()
    foldedBytes.prefetch()
  }

  /// The number of 64-bit words that hold one event's themes (at least one).
  static func wordsPerEvent(themeCount: Int) -> Int { max(1, (themeCount + 63) / 64) }

  /// True when the event at `position` has a theme of `wanted`.
  public func hasTheme(at position: Int, of wanted: ThemeMask) -> Bool {
    themeWords.withUnsafeBufferPointer { hasTheme($0, at: position, of: wanted) }
  }

  /// `hasTheme(at:of:)` on the theme words' buffer, which a loop over every event takes once
  /// (a `Column` read per event reaches through its storage each time).
  func hasTheme(_ words: UnsafeBufferPointer<UInt64>, at position: Int, of wanted: ThemeMask) -> Bool {
    for word in 0..<min(wordsPerEvent, wanted.words.count)
    where words[position * wordsPerEvent + word] & wanted.words[word] != 0 {
      return true
    }
    return false
  }

  /// Theme key → position in the taxonomy (the first theme wins when keys repeat).
  public static func themeBits(of themes: [Theme]) -> [String: Int] {
    var bits: [String: Int] = [:]
    for (position, theme) in themes.enumerated() where bits[theme.key] == nil { bits[theme.key] = position }
    return bits
  }

  /// The folded text of the event at `position` (title, summary and quotes joined by newlines).
  public func foldedText(at position: Int) -> String {
    foldedBytes.withUnsafeBufferPointer { bytes in
      String(decoding: bytes[foldedOffsets[position]..<foldedOffsets[position + 1]], as: UTF8.self)
    }
  }

  public func mask(for keys: Set<String>) -> ThemeMask {
    var mask = ThemeMask()
    for key in keys { if let bit = themeBits[key] { mask.insert(bit) } }
    return mask
  }

  /// The positions (in corpus order) of the events that the query keeps.
  public func matches(_ query: EventQuery, in corpus: Corpus) -> [Int] {
    let wanted = mask(for: query.themes)
    let needle = TextFolding.fold(query.search)
    let needleBytes = Array(needle.utf8)
    let needleIsASCII = needleBytes.allSatisfy { $0 < 0x80 }
    let from = query.from?.firstDay ?? .distantPast
    let to = query.to?.lastDay ?? .distantFuture
    let window = query.from != nil || query.to != nil
    let events = corpus.events
    return themeWords.withUnsafeBufferPointer { words in
      var result: [Int] = []
      for index in events.indices {
        if !query.themes.isEmpty, !hasTheme(words, at: index, of: wanted) { continue }
        if !query.kinds.isEmpty, !query.kinds.contains(events.kind(at: index)) { continue }
        if window, !events.overlaps(at: index, from: from, to: to) { continue }
        if !needle.isEmpty {
          let found =
            needleIsASCII && foldedIsASCII[index] != 0
            ? containsBytes(at: index, needleBytes) : foldedText(at: index).contains(needle)
          if !found { continue }
        }
        result.append(index)
      }
      return result
    }
  }
}

extension EventIndex {
  /// Indexes the events of a corpus (a snapshot's events come with their index: it is reused);
  /// the theme words are the store's.
  public init(corpus: Corpus) {
    let events = corpus.events
    if let saved = events.savedIndex {
      self = saved
      return
    }
    let ranges = Parallel.ranges(of: events.count, minimum: 5_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in FoldedPiece(events, ranges[piece]) }
    let bytes = Column<UInt8>(count: pieces.reduce(0) { $0 + $1.bytes.count }) { buffer in
      var start = 0
      for piece in pieces {
        _ = UnsafeMutableBufferPointer(rebasing: buffer[start...]).initialize(from: piece.bytes)
        start += piece.bytes.count
      }
    }
    let offsets = Column<Int>(count: events.count + 1) { buffer in
      buffer[0] = 0
      var next = 1
      var base = 0
      for piece in pieces {
        for end in piece.ends {
          buffer[next] = base + end
          next += 1
        }
        base += piece.bytes.count
      }
    }
    let ascii = Column<UInt8>(count: events.count) { buffer in
      _ = buffer.initialize(from: pieces.lazy.flatMap(\.ascii))
    }
    self.init(
      foldedBytes: bytes, foldedOffsets: offsets, themeWords: events.themeWords, wordsPerEvent: events.wordsPerEvent,
      themeBits: Self.themeBits(of: corpus.themes), foldedIsASCII: ascii)
  }

  /// True when the folded bytes of the event at `position` contain the (non-empty) `needle` bytes.
  ///
  /// For ASCII text and an ASCII needle this is exactly Foundation's `contains`: ASCII has no
  /// combining marks and no other canonically equivalent spelling. Anything else uses Foundation.
  func containsBytes(at position: Int, _ needle: [UInt8]) -> Bool {
    foldedBytes.withUnsafeBufferPointer { arena in
      let text = UnsafeBufferPointer(rebasing: arena[foldedOffsets[position]..<foldedOffsets[position + 1]])
      return needle.withUnsafeBufferPointer { pattern in String.firstOffset(of: pattern, in: text, from: 0) != nil }
    }
  }
}

/// A set of theme positions, stored as bits (any number of themes).
public struct ThemeMask: Hashable, Sendable {
  var words: [UInt64] = []

  public init() {}

  public mutating func insert(_ bit: Int) {
    let word = bit / 64
    if words.count <= word { words += Array(repeating: 0, count: word + 1 - words.count) }
    words[word] |= 1 << UInt64(bit % 64)
  }

  public func contains(_ bit: Int) -> Bool {
    let word = bit / 64
    return word < words.count && words[word] & (1 << UInt64(bit % 64)) != 0
  }
}
