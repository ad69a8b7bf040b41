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
  /// The start year of each event, in corpus order.
  public let eventYears: [Int]
  /// The first and last year of the corpus (nil when it has no event).
  public let yearRange: ClosedRange<Int>?
  /// The position of each article id in `corpus.articles`.
  public let articlePositions: [String: Int]
  /// Theme key → bit position in the theme masks (the taxonomy order; the first key wins).
  public let themeBits: [String: Int]
  /// Each event's themes as one word of bits, when the taxonomy has at most 64 themes (else empty).
  let themeWords: [UInt64]
  /// The search index; built after the first frame (`startBackgroundWork`) or when first needed.
  private let pendingIndex: Pending<EventIndex>
  /// The lookup tables the reader, the sources and the marks need; built like the index.
  private let tables: Pending<Tables>

  /// The search and theme index over `corpus.events` (waits if it is still being built).
  public var index: EventIndex { pendingIndex.value }
  /// True while the index is being built in the background (reading `index` now would wait;
  /// before `startBackgroundWork()`, reading it builds it on the reading thread).
  public var isIndexBuilding: Bool { pendingIndex.isRunning }
  /// Every citation of every event, grouped by article id, in corpus order.
  public var citationsByArticle: [String: [CitationRef]] { tables.value.citationsByArticle }
  /// The number of distinct events citing each article.
  public var eventCountByArticle: [String: Int] { tables.value.eventCountByArticle }
  /// The position of each event id in `corpus.events` (the first, should ids repeat).
  public var eventPositions: [String: Int] { tables.value.eventPositions }

  /// Indexes a corpus. What the first frame needs is computed now (one pass over the events);
  /// the search index and the lookup tables wait for `startBackgroundWork()` or their first use.
  ///
  /// - Parameter buildIndex: builds the search index (tests pass a slow one, to see that keys
  ///   never wait for it).
  public init(corpus: Corpus, buildIndex: @escaping @Sendable (Corpus) -> EventIndex = { EventIndex(corpus: $0) }) {
    self.corpus = corpus
    pendingIndex = Pending { buildIndex(corpus) }
    tables = Pending { Tables(corpus: corpus) }
    let bits = EventIndex.themeBits(of: corpus.themes)
    themeBits = bits
    // Fields are read through the array (`events[i].start`): binding whole events copies every
    // string in them, which measured 1.7% of a 100k-event start.
    let events = corpus.events
    let wordsFit = corpus.themes.count <= 64
    let ranges = Parallel.ranges(of: events.count, minimum: 20_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece -> (years: [Int], words: [UInt64]) in
      let range = ranges[piece]
      let years = range.map { events[$0].start.year }
      let words =
        wordsFit
        ? range.map { position in
          events[position].themes.reduce(UInt64(0)) { word, key in bits[key].map { word | (1 << UInt64($0)) } ?? word }
        } : []
      return (years, words)
    }
    let years = Array(pieces.map(\.years).joined())
    eventYears = years
    if let first = years.first, let last = years.last {
      yearRange = min(first, last)...max(first, last)
    } else {
      yearRange = nil
    }
    var positions: [String: Int] = [:]
    for (position, article) in corpus.articles.enumerated() where positions[article.id] == nil {
      positions[article.id] = position
    }
    articlePositions = positions
    themeWords = wordsFit ? Array(pieces.map(\.words).joined()) : []
  }

  /// Starts building the search index and the lookup tables, each on a thread of its own.
  ///
  /// The host calls this once the first frame is on screen, so that the work does not compete
  /// with it for the cores; whatever needs a table before it is ready waits for it (or builds it,
  /// when nothing started it).
  public func startBackgroundWork() {
    pendingIndex.start()
    tables.start()
  }

  /// The lookup tables by article and event id.
  struct Tables: Sendable {
    var citationsByArticle: [String: [CitationRef]] = [:]
    var eventCountByArticle: [String: Int] = [:]
    var eventPositions: [String: Int] = [:]

    /// Builds them in one pass over the events.
    init(corpus: Corpus) {
      eventPositions.reserveCapacity(corpus.events.count)
      for (position, event) in corpus.events.enumerated() {
        for (number, citation) in event.citations.enumerated() {
          citationsByArticle[citation.article, default: []].append(CitationRef(event: position, citation: number))
          let firstFromArticle = !event.citations[..<number].contains { $0.article == citation.article }
          if firstFromArticle { eventCountByArticle[citation.article, default: 0] += 1 }
        }
        if eventPositions[event.id] == nil { eventPositions[event.id] = position }
      }
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
