import CronicaModel

/// The corpus with everything the browser precomputes once: the search index, years, citations.
///
/// What the first frame needs is built with it; the index and the lookup tables arrive later, as
/// results of background work (`BackgroundWork`) or built by the first key that needs them.
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
  public let eventYears: Column<Int>
  /// The first and last year of the corpus (nil when it has no event).
  public let yearRange: ClosedRange<Int>?
  /// The position of each article id in `corpus.articles`.
  public let articlePositions: [String: Int]
  /// Theme key → bit position in the theme masks (the taxonomy order; the first key wins).
  public let themeBits: [String: Int]
  /// Each event's themes as one word of bits, when the taxonomy has at most 64 themes (else empty).
  let themeWords: Column<UInt64>
  /// The short upper-case chip of each theme, in taxonomy order, unique in the corpus.
  public let badges: [String]
  /// Whether the timeline list shows year headings (not when most years hold one event).
  public let yearHeadings: Bool
  /// The themes (as bits) that every event carries: their chips would say nothing.
  let themesOnEveryEvent: UInt64
  /// The title and introduction of a timeline that has them (a TimelineJS title slide).
  public let header: (title: String, intro: String)?
  /// Tells results of background work apart from those of a library that replaced this one (a
  /// curation step makes a new library; work started for the old one must not land in it).
  public let revision: Int
  /// The search index: nil until `.indexReady` brings it, or until a key that needs it builds it
  /// when no background work was started (`AppState.indexIsReady()`).
  public internal(set) var index: EventIndex?
  /// The citations of each article by id, which the reader and the sources need: from
  /// `.tablesReady`, or built by the first key that needs them (a snapshot brings them ready).
  var tables: [String: [CitationRef]]?
  /// Whether the host was asked to build the index and tables in the background: from then on a
  /// key that needs the index waits for `.indexReady` instead of building it.
  public internal(set) var backgroundStarted = false
  /// True once the background check found the snapshot the events come from damaged (it has
  /// been removed; what is shown may be wrong until the corpus is opened again).
  public internal(set) var snapshotFoundDamaged = false

  /// The citations of the article with this id, in corpus order.
  public func citations(ofArticle id: String) -> [CitationRef] {
    if let position = articlePositions[id],
      let mapped = corpus.events.mappedCitations(ofArticleAt: position)
    {
      return mapped.map { CitationRef(event: $0.event, citation: $0.citation) }
    }
    // The fallback only keeps a missed `ensureTables()` correct.
    return (tables ?? Self.citationsByArticle(in: corpus))[id] ?? []
  }

  /// The number of distinct events citing the article with this id.
  public func eventCount(ofArticle id: String) -> Int {
    // In event order: count the changes of event.
    var count = 0
    var previous = -1
    for ref in citations(ofArticle: id) where ref.event != previous {
      count += 1
      previous = ref.event
    }
    return count
  }

  /// The search index; read only after `AppState.indexIsReady()` said it is there (the fallback
  /// only keeps a missed check correct).
  var readyIndex: EventIndex { index ?? EventIndex(corpus: corpus) }

  /// Builds the lookup tables now unless they are there (or a snapshot answers instead).
  mutating func ensureTables() {
    if tables == nil { tables = Self.citationsByArticle(in: corpus) }
  }

  /// The position of the event with this id in `corpus.events` (the first, should ids repeat).
  public func position(ofEvent id: String) -> Int? {
    let events = corpus.events
    return events.indices.first { events.id(at: $0) == id }
  }

  /// Indexes a corpus. What the first frame needs is computed now (one pass over the events);
  /// the search index and the lookup tables come from the background work (`BackgroundWork`).
  public init(corpus: Corpus, revision: Int = 0) {
    self.corpus = corpus
    self.revision = revision
    let bits = EventIndex.themeBits(of: corpus.themes)
    themeBits = bits
    let wordsFit = corpus.themes.count <= 64
    if let years = corpus.events.mappedYears, let index = corpus.events.mappedIndex {
      // A snapshot brings both tables; nothing to compute.
      eventYears = years
      themeWords = wordsFit ? index.themeWords : Column()
    } else {
      // Fields are read through the array (`events[i].earliest`): binding whole events copies every
      // string in them, which measured 1.7% of a 100k-event start.
      let events = corpus.events.inMemory
      let ranges = Parallel.ranges(of: events.count, minimum: 20_000)
      let pieces = Parallel.map(pieces: ranges.count) { piece -> (years: [Int], words: [UInt64]) in
        let range = ranges[piece]
        let years = range.map { events[$0].earliest.year }
        let words =
          wordsFit
          ? range.map { position in
            events[position].themes.reduce(UInt64(0)) { word, key in bits[key].map { word | (1 << UInt64($0)) } ?? word }
          } : []
        return (years, words)
      }
      eventYears = Column(Array(pieces.map(\.years).joined()))
      themeWords = wordsFit ? Column(Array(pieces.map(\.words).joined())) : Column()
    }
    // Events with an open start (year Int.min) come first and stay off the year strip.
    let firstBounded = eventYears.withUnsafeBufferPointer { years in years.first { $0 != .min } }
    if let first = firstBounded, let last = eventYears.last {
      yearRange = min(first, last)...max(first, last)
    } else {
      yearRange = nil
    }
    var positions: [String: Int] = [:]
    for (position, article) in corpus.articles.enumerated() where positions[article.id] == nil {
      positions[article.id] = position
    }
    articlePositions = positions
    badges = Self.uniqueBadges(for: corpus.themes)
    // Only a TimelineJS timeline (a corpus with a title) drops its headings: a chronology's
    // headings count each year's events even when most years have one.
    yearHeadings = corpus.title == nil || Self.mostYearsHoldSeveral(eventYears)
    // Likewise only a timeline's chips are checked for saying nothing (all "Ungrouped"): a large
    // corpus gets no extra pass over its events before the first frame.
    themesOnEveryEvent = corpus.title == nil ? 0 : Self.commonThemes(themeWords, themeCount: corpus.themes.count)
    header = Self.header(of: corpus, articlePositions: positions)
  }

  /// The citations of each article, in one pass over the events; none for a snapshot, which
  /// answers itself (reading every event would bring the whole snapshot into memory).
  static func citationsByArticle(in corpus: Corpus) -> [String: [CitationRef]] {
    var table: [String: [CitationRef]] = [:]
    let events = corpus.events
    guard !events.isMapped else { return table }
    for position in events.indices {
      for (number, article) in events.citedArticles(at: position).enumerated() {
        table[article, default: []].append(CitationRef(event: position, citation: number))
      }
    }
    return table
  }
}
