/// Precomputed per-event data for fast filtering and search: folded text and theme bitsets.
///
/// Built once per corpus; queries then touch only compact arrays.
public struct EventIndex: Sendable {
  /// Folded title, summary and quotes of each event, in corpus order.
  public let foldedText: [String]
  /// Each event's themes as a bitset over the taxonomy order (bit i = `themes[i]`).
  public let themeMasks: [ThemeMask]
  /// Theme key → bit position.
  public let themeBits: [String: Int]

  /// Indexes the events of a corpus.
  public init(corpus: Corpus) {
    var bits: [String: Int] = [:]
    for (index, theme) in corpus.themes.enumerated() where bits[theme.key] == nil {
      bits[theme.key] = index
    }
    themeBits = bits
    themeMasks = corpus.events.map { event in
      var mask = ThemeMask()
      for key in event.themes { if let bit = bits[key] { mask.insert(bit) } }
      return mask
    }
    foldedText = corpus.events.map { event in
      TextFolding.fold(([event.title, event.summary] + event.citations.map(\.quote)).joined(separator: "\n"))
    }
  }

  /// The mask of a set of theme keys (unknown keys are ignored).
  public func mask(for keys: Set<String>) -> ThemeMask {
    var mask = ThemeMask()
    for key in keys { if let bit = themeBits[key] { mask.insert(bit) } }
    return mask
  }

  /// The positions (in corpus order) of the events that the query keeps.
  public func matches(_ query: EventQuery, in corpus: Corpus) -> [Int] {
    let wanted = mask(for: query.themes)
    let needle = TextFolding.fold(query.search)
    let from = query.from?.firstDay
    let to = query.to?.lastDay
    var result: [Int] = []
    for (index, event) in corpus.events.enumerated() {
      if !query.themes.isEmpty, !themeMasks[index].intersects(wanted) { continue }
      if !query.kinds.isEmpty, !query.kinds.contains(event.kind) { continue }
      if let from, event.lastDay < from { continue }
      if let to, to < event.firstDay { continue }
      if !needle.isEmpty, !foldedText[index].contains(needle) { continue }
      result.append(index)
    }
    return result
  }
}

/// A set of theme positions, stored as bits (any number of themes).
public struct ThemeMask: Hashable, Sendable {
  var words: [UInt64] = []

  public init() {}

  /// Adds a theme position.
  public mutating func insert(_ bit: Int) {
    let word = bit / 64
    if words.count <= word { words += Array(repeating: 0, count: word + 1 - words.count) }
    words[word] |= 1 << UInt64(bit % 64)
  }

  /// True when the position is in the set.
  public func contains(_ bit: Int) -> Bool {
    let word = bit / 64
    return word < words.count && words[word] & (1 << UInt64(bit % 64)) != 0
  }

  /// True when the two sets share a position.
  public func intersects(_ other: ThemeMask) -> Bool {
    for index in 0..<min(words.count, other.words.count) where words[index] & other.words[index] != 0 {
      return true
    }
    return false
  }
}
