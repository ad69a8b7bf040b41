import CronicaModel

/// The corpus with everything the browser precomputes once: the search index, years, citations.
///
/// Built once when the browser starts; nothing in it changes while browsing.
public struct Library: Sendable {
  /// One citation of one event: the event's position in the corpus and the citation's index.
  public struct CitationRef: Hashable, Sendable {
    /// The citing event's position in `corpus.events`.
    public var event: Int
    /// The citation's index in the event's citations.
    public var citation: Int

    /// Names one citation of one event.
    public init(event: Int, citation: Int) {
      self.event = event
      self.citation = citation
    }
  }

  /// The corpus being browsed.
  public let corpus: Corpus
  /// The search and theme index over `corpus.events`.
  public let index: EventIndex
  /// The start year of each event, in corpus order.
  public let eventYears: [Int]
  /// The first and last year of the corpus (nil when it has no event).
  public let yearRange: ClosedRange<Int>?
  /// Every citation of every event, grouped by article id, in corpus order.
  public let citationsByArticle: [String: [CitationRef]]
  /// The number of distinct events citing each article.
  public let eventCountByArticle: [String: Int]
  /// The position of each article id in `corpus.articles`.
  public let articlePositions: [String: Int]
  /// The position of each event id in `corpus.events` (the first, should ids repeat).
  public let eventPositions: [String: Int]
  /// Each event's themes as one word of bits, when the taxonomy has at most 64 themes (else empty).
  let themeWords: [UInt64]

  /// Indexes a corpus (one pass over its events).
  public init(corpus: Corpus) {
    self.corpus = corpus
    index = EventIndex(corpus: corpus)
    let years = corpus.events.map(\.start.year)
    eventYears = years
    if let first = years.first, let last = years.last {
      yearRange = min(first, last)...max(first, last)
    } else {
      yearRange = nil
    }
    var byArticle: [String: [CitationRef]] = [:]
    var counts: [String: Int] = [:]
    for (position, event) in corpus.events.enumerated() {
      var seen = Set<String>()
      for (number, citation) in event.citations.enumerated() {
        byArticle[citation.article, default: []].append(CitationRef(event: position, citation: number))
        if seen.insert(citation.article).inserted { counts[citation.article, default: 0] += 1 }
      }
    }
    citationsByArticle = byArticle
    eventCountByArticle = counts
    var positions: [String: Int] = [:]
    for (position, article) in corpus.articles.enumerated() where positions[article.id] == nil {
      positions[article.id] = position
    }
    articlePositions = positions
    var events: [String: Int] = [:]
    for (position, event) in corpus.events.enumerated() where events[event.id] == nil { events[event.id] = position }
    eventPositions = events
    let bits = index.themeBits
    themeWords =
      corpus.themes.count > 64
      ? []
      : corpus.events.map { event in
        event.themes.reduce(UInt64(0)) { word, key in bits[key].map { word | (1 << UInt64($0)) } ?? word }
      }
  }

  /// A short upper-case tag for the theme at a taxonomy position (`ARM` for `arms`).
  public func badge(forTheme position: Int) -> String {
    guard corpus.themes.indices.contains(position) else { return "?" }
    let letters = corpus.themes[position].key.uppercased().filter { $0.isLetter || $0.isNumber }
    return letters.isEmpty ? String(position + 1) : String(letters.prefix(3))
  }

  /// The colour of the theme at a taxonomy position.
  public static func color(forTheme position: Int) -> Color {
    let palette: [Color] = [.red, .green, .yellow, .blue, .magenta, .cyan]
    return palette[((position % palette.count) + palette.count) % palette.count]
  }
}
