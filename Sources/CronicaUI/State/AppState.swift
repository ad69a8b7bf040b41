import CronicaModel

/// A text prompt at the bottom of the screen (`/` search or `:` jump).
public struct Prompt: Hashable, Sendable {
  /// Which prompt this is.
  public var mode: Mode
  /// What has been typed so far.
  public var text: String
  /// The search text before the prompt opened, restored on cancel.
  public var savedSearch: String
}

/// A line of the message area: information or an error.
public struct Message: Hashable, Sendable {
  /// The text shown.
  public var text: String
  /// True when something went wrong (drawn in a warning style).
  public var isError: Bool

  /// Creates a message.
  public init(text: String, isError: Bool) {
    self.text = text
    self.isError = isError
  }
}

/// Everything the browser shows, as a value: the reducer changes it, the views draw it.
public struct AppState: Sendable {
  /// The corpus and its precomputed index.
  public let library: Library
  /// The screen size.
  public var size: Size
  /// The active filter: themes and search text.
  public var query = EventQuery()
  /// Corpus positions of the events the query keeps, ascending (while `awaitingIndex`, those the
  /// previous query kept).
  public private(set) var filtered: [Int] = []
  /// The query `filtered` was computed for.
  var filteredQuery: EventQuery?
  /// The search text `themeCounts` was computed for.
  var themeCountsSearch: String?
  /// The events matching the search alone (any theme), when `themeCounts` computed them.
  var searchMatches: [Int]?
  /// For each year that has filtered events: the index into `filtered` of its first event.
  public private(set) var yearStarts: [(year: Int, index: Int)] = []
  /// Filtered events per year.
  public private(set) var yearCounts: [Int: Int] = [:]
  /// The selection as an index into `filtered` (0 when empty).
  public var selection = 0
  /// The first visible row of the timeline list (rows include year headings).
  public var listScroll = 0
  /// The first visible line of the detail text.
  public var detailScroll = 0
  /// The stack of open views; the last is on top. Never empty.
  public var views: [View] = [.timeline]
  /// The prompt being typed, if any.
  public var prompt: Prompt?
  /// The message line.
  public var message: Message?
  /// The open article, when the reader is on the stack.
  public var reader: ReaderState?
  /// The cursor in the themes panel.
  public var themeCursor = 0
  /// Events per theme under the current search (ignoring the theme filter), for the themes panel.
  public private(set) var themeCounts: [Int] = []
  /// The cursor in the sources list.
  public var sourceCursor = 0
  /// The first visible line of the help screen.
  public var helpScroll = 0
  /// The number of lines the help screen shows (set when it opens, for scrolling).
  var helpLineCount = 0
  /// The marked event ids, including ids the corpus does not have (kept, never shown).
  public internal(set) var marks: Set<String> = []
  /// The number of corpus events that are marked (ids the corpus does not have are not counted);
  /// kept up to date with `marks`, so that no frame needs the library's lookup tables for it.
  public internal(set) var markedCount = 0
  /// True when only marked events are shown.
  public internal(set) var marksOnly = false
  /// True when the query needs the search index, which is still being built: `filtered` still
  /// shows the previous query's events until the host sends `.indexReady`. Keys never wait.
  public internal(set) var awaitingIndex = false
  /// The marks `filtered` was computed for (nil when it was computed without the marks filter).
  var filteredMarks: Set<String>?

  /// A fresh state on the whole corpus, with the first event selected.
  public init(library: Library, size: Size) {
    self.library = library
    self.size = size
    applyQuery()
  }

  /// The layout of the screen: the year strip has a second row for era bands when the corpus has eras.
  public var layout: Layout { Layout(size: size, bands: !library.corpus.eras.isEmpty) }

  /// The view on top of the stack.
  public var view: View { views.last ?? .timeline }

  /// The mode keys are interpreted in.
  public var mode: Mode { prompt?.mode ?? Mode(view) }

  /// The corpus position of the selected event, or nil when nothing is shown.
  public var selectedEvent: Int? {
    filtered.indices.contains(selection) ? filtered[selection] : nil
  }

  /// Recomputes the filtered positions, year starts and counts from the query (one pass).
  ///
  /// The selected event stays selected when it is still shown; otherwise the next shown one is.
  public mutating func applyQuery() {
    awaitingIndex = library.isIndexBuilding && EventFilter.needsIndex(query, library: library)
    if awaitingIndex { return }
    let previous = selectedEvent
    let wantedMarks = marksOnly ? marks : nil
    let narrowing =
      filteredMarks == wantedMarks && (filteredQuery.map { EventFilter.narrows(query, from: $0) } ?? false)
    // Toggling themes keeps the search: only the events matching it need checking.
    let searchOnly = themeCountsSearch == query.search && !query.search.isEmpty ? searchMatches : nil
    filtered = EventFilter.matches(query, library: library, candidates: narrowing ? filtered : searchOnly)
    if let wantedMarks { filtered = filtered.filter { wantedMarks.contains(library.corpus.events.id(at: $0)) } }
    filteredQuery = query
    filteredMarks = wantedMarks
    // Events are in date order, so each year's events are one run.
    var starts: [(year: Int, index: Int)] = []
    var lastYear: Int?
    library.eventYears.withUnsafeBufferPointer { years in
      for (index, position) in filtered.enumerated() {
        let year = years[position]
        if year != lastYear {
          starts.append((year, index))
          lastYear = year
        }
      }
    }
    var counts: [Int: Int] = [:]
    for (offset, start) in starts.enumerated() {
      let end = offset + 1 < starts.count ? starts[offset + 1].index : filtered.count
      counts[start.year, default: 0] += end - start.index
    }
    yearStarts = starts
    yearCounts = counts
    if let previous {
      selection = min(Self.lowerBound(of: previous, in: filtered), max(filtered.count - 1, 0))
    } else {
      selection = 0
    }
    if view == .themes { recountThemes() }
  }

  /// Counts, for every theme, the events it would show under the current search.
  public mutating func recountThemes() {
    guard themeCountsSearch != query.search else { return }
    let words = library.themeWords
    let useWords = words.count == library.corpus.events.count
    // A search (or a taxonomy too large for theme words) needs the index; while it is being
    // built the counts wait for `.indexReady` instead of the key waiting for the index.
    if !query.search.isEmpty || !useWords, library.isIndexBuilding {
      awaitingIndex = true
      return
    }
    themeCountsSearch = query.search
    if !query.search.isEmpty {
      searchMatches = EventFilter.matches(EventQuery(search: query.search), library: library, candidates: nil)
    }
    themeCounts = ThemeCounter.counts(library: library, positions: query.search.isEmpty ? nil : searchMatches ?? [])
  }

  /// The first index of `sorted` whose value is not less than `value`.
  static func lowerBound(of value: Int, in sorted: [Int]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
