import CronicaModel

/// The corpus with what the browser derives from it: badges, year range, article positions, and
/// the search index, which arrives later as the result of background work (`BackgroundWork`) or
/// is built by the first key that needs it. Years, theme words and citations are the store's.
public struct Library: Sendable {
  /// One citation of one event: the event's position in the corpus and the citation's index.
  public struct CitationRef: Hashable, Sendable {
    /// The citing event's position in `corpus.events`.
    public var event: Int
    /// The citation's index in the event's citations.
    public var citation: Int

    public init(event: Int, citation: Int) {
      self.event = event
      self.citation = citation
    }
  }

  public let corpus: Corpus
  /// The start year of each event, in corpus order.
  public var eventYears: Column<Int> { corpus.events.years }
  /// The first and last year of the corpus (nil when it has no event).
  public let yearRange: ClosedRange<Int>?
  /// The position of each article id in `corpus.articles`.
  public let articlePositions: [String: Int]
  /// Theme key → bit position in the theme masks (the taxonomy order; the first key wins).
  public let themeBits: [String: Int]
  /// Each event's themes as one word of bits, when the taxonomy has at most 64 themes (else empty).
  var themeWords: Column<UInt64> { corpus.themes.count <= 64 ? corpus.events.themeWords : Column() }
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
  /// Whether the host was asked to build the index in the background: from then on a
  /// key that needs the index waits for `.indexReady` instead of building it.
  public internal(set) var backgroundStarted = false
  /// True once the background check found the snapshot the events come from damaged (it has
  /// been removed; what is shown may be wrong until the corpus is opened again).
  public internal(set) var snapshotFoundDamaged = false

  /// The citations of the article with this id, in corpus order.
  public func citations(ofArticle id: String) -> [CitationRef] {
    guard let position = articlePositions[id] else { return [] }
    return corpus.events.citations(ofArticleAt: position).map { CitationRef(event: $0.event, citation: $0.citation) }
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

  /// The position of the event with this id in `corpus.events` (the first, should ids repeat).
  public func position(ofEvent id: String) -> Int? {
    let events = corpus.events
    return events.indices.first { events.id(at: $0) == id }
  }

  /// Indexes a corpus (years, theme words and citations are the store's); the search index
  /// comes from the background work (`BackgroundWork`).
  public init(corpus: Corpus, revision: Int = 0) {
    self.corpus = corpus
    self.revision = revision
    themeBits = EventIndex.themeBits(of: corpus.themes)
    // Events with an open start (year Int.min) come first and stay off the year strip.
    let firstBounded = corpus.events.years.withUnsafeBufferPointer { years in years.first { $0 != .min } }
    if let first = firstBounded, let last = corpus.events.years.last {
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
    yearHeadings = corpus.title == nil || Self.mostYearsHoldSeveral(corpus.events.years)
    // Likewise only a timeline's chips are checked for saying nothing (all "Ungrouped"): a large
    // corpus gets no extra pass over its events before the first frame.
    themesOnEveryEvent = corpus.title == nil ? 0 : Self.commonThemes(corpus.events.themeWords, themeCount: corpus.themes.count)
    header = Self.header(of: corpus, articlePositions: positions)
  }
}
