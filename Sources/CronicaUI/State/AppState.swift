import Algorithms
import CronicaModel

/// A text prompt at the bottom of the screen (`/` search, `&` filter, `:` jump, `e` export).
public struct Prompt: Hashable, Sendable {
  public var mode: Mode
  /// What has been typed so far, with the cursor.
  public var editor: LineEditor
  /// The history entry being shown (an index into the prompt's history), nil while typing.
  var historyIndex: Int?
  /// What was typed before Up brought back a history entry (Down past the newest returns it).
  var draft = ""
  /// What the screen showed when the prompt opened, put back when it is cancelled.
  var origin: PromptOrigin

  public var text: String { editor.text }
}

/// What a prompt puts back when it is cancelled: the search, the filter text and the place.
struct PromptOrigin: Hashable, Sendable {
  var search: String
  var filterText: String
  /// The selected event and the chosen one (`AppState.anchor`).
  var selected: Int?
  var chosen: Int?
  var listScroll: Int
  var detailScroll: Int
  var sourceSearch: String
  var sourceCursor: Int
  var reader: ReaderState?
}

/// A line of the message area: information or an error.
public struct Message: Hashable, Sendable {
  public var text: String
  /// True when something went wrong (drawn in a warning style).
  public var isError: Bool

  public init(text: String, isError: Bool) {
    self.text = text
    self.isError = isError
  }
}

/// What the terminal can show, as the host found it.
public struct DisplayCapabilities: Hashable, Sendable {
  /// True when the locale's character set is UTF-8; false draws everything in ASCII.
  public var unicode: Bool
  /// True when the terminal has 256 colours (theme chips use the palette's xterm colours).
  public var colors256: Bool

  public init(unicode: Bool = true, colors256: Bool = false) {
    self.unicode = unicode
    self.colors256 = colors256
  }
}

/// Everything the browser shows, as a value: the reducer changes it, the views draw it.
public struct AppState: Sendable {
  /// The corpus and its precomputed index (replaced when a curation step changes the events).
  public internal(set) var library: Library
  public var size: Size
  /// The active filter: themes and the `&` filter text (`query.search`).
  public var query = EventQuery()
  /// Corpus positions of the events the query keeps, ascending (while `awaitingIndex`, those the
  /// previous query kept).
  public private(set) var filtered: [Int] = []
  /// The query `filtered` was computed for.
  var filteredQuery: EventQuery?
  /// The filter text `themeCounts` was computed for.
  var themeCountsSearch: String?
  /// The events matching the filter text alone (any theme), when `themeCounts` computed them.
  var themeSearchMatches: [Int]?
  /// For each year that has filtered events: the index into `filtered` of its first event.
  public private(set) var yearStarts: [(year: Int, index: Int)] = []
  /// Filtered events per year.
  public private(set) var yearCounts: [Int: Int] = [:]
  /// The `/` search pattern (empty: no search). It highlights and `n`/`N` visit; it hides nothing.
  public internal(set) var search = ""
  /// Corpus positions of the shown events the search matches, ascending.
  public internal(set) var searchMatches: [Int] = []
  /// The filtered list and pattern `searchMatches` was computed for.
  var searchComputedFor: (pattern: String, query: EventQuery?, marks: Set<String>?)?
  /// The selection as an index into `filtered` (0 when empty).
  public var selection = 0
  /// The event the user last chose (corpus position): filters keep it, or the nearest one by
  /// date, and clearing them returns to it.
  var anchor: Int?
  /// The first visible row of the timeline list (rows include year headings).
  public var listScroll = 0
  public var detailScroll = 0
  /// The stack of open views; the last is on top. Never empty.
  public var views: [View] = [.timeline]
  public var prompt: Prompt?
  /// An export waiting for the user to confirm overwriting its file.
  public internal(set) var pendingOverwrite: ExportRequest?
  /// What was typed into each kind of prompt (the `/` and `&` prompts share the search history).
  public internal(set) var histories: [Mode: PromptHistory] = [:]
  public var message: Message?
  /// The open article, when the reader is on the stack.
  public var reader: ReaderState?
  /// The cursor in the themes panel, a position in `shownThemes`.
  public var themeCursor = 0
  /// What was typed to narrow the themes panel (`ThemeLookup.filter`).
  public internal(set) var themeFilter = ""
  /// The positions (in the taxonomy) of the themes the panel lists: those `themeFilter` matches.
  public internal(set) var shownThemes: [Int] = []
  /// Events per theme under the current filter text (ignoring the theme filter), for the themes panel.
  public private(set) var themeCounts: [Int] = []
  public var sourceCursor = 0
  /// The search of the sources list and the article positions it matches.
  public internal(set) var sourceSearch = ""
  public internal(set) var sourceMatches: [Int] = []
  public var helpScroll = 0
  /// The number of lines the help screen shows (set when it opens, for scrolling).
  var helpLineCount = 0
  /// The marked event ids, including ids the corpus does not have (kept, never shown).
  public internal(set) var marks: Set<String> = []
  /// The number of corpus events that are marked (ids the corpus does not have are not counted);
  /// kept up to date with `marks`, so that no frame has to count them.
  public internal(set) var markedCount = 0
  public internal(set) var marksOnly = false
  /// True when the query or the search needs the search index, which is still being built:
  /// `filtered` still shows the previous query's events until `.indexReady` brings the index.
  public internal(set) var awaitingIndex = false
  /// The marks `filtered` was computed for (nil when it was computed without the marks filter).
  var filteredMarks: Set<String>?
  /// Whether the detail pane shows beside the list: nil follows the width (`Layout.splitWidth`).
  public internal(set) var sidePane: Bool?
  public internal(set) var display = DisplayCapabilities()
  /// True when the corpus is a folder of the user's own articles, whose events.json the
  /// curation keys change; false for the bundled corpus and TimelineJS files.
  public var canCurate = false
  /// The event picked by the first `M`, to merge into the next one picked.
  public internal(set) var mergeSource: String?
  /// How to undo the curation steps taken, the last on top.
  public internal(set) var curationUndos: [CurationUndo] = []
  /// Set while the library is a preview of the corpus's first events and the whole corpus loads.
  public internal(set) var loading: CorpusLoading?

  /// A fresh state on the whole corpus, with the first event selected.
  public init(library: Library, size: Size) {
    self.library = library
    self.size = size
    histories[.export] = PromptHistory([ExportRequest.defaultPath])
    shownThemes = Array(library.corpus.themes.indices)
    applyQuery()
    anchor = selectedEvent
  }

  /// The layout of the screen: the year strip's rows, the header of a titled timeline, the pane.
  public var layout: Layout {
    Layout(
      size: size, bands: !library.corpus.eras.isEmpty, header: library.header != nil, side: sidePane)
  }

  public var view: View { views.last ?? .timeline }

  /// The mode keys are interpreted in.
  public var mode: Mode {
    if pendingOverwrite != nil { return .confirm }
    return prompt?.mode ?? Mode(view)
  }

  /// The corpus position of the selected event, or nil when nothing is shown.
  public var selectedEvent: Int? {
    filtered.indices.contains(selection) ? filtered[selection] : nil
  }

  /// True when any filter hides events: themes, the `&` text, only marked.
  public var isFiltered: Bool { !query.themes.isEmpty || !query.search.isEmpty || marksOnly }

  /// Recomputes the filtered positions, year starts and counts from the query (one pass), and
  /// the search's matches among them.
  ///
  /// The chosen event (`anchor`) stays selected when it is still shown; otherwise the shown one
  /// nearest to it by date is.
  public mutating func applyQuery() {
    awaitingIndex = EventFilter.needsIndex(query, library: library) && !indexIsReady()
    if awaitingIndex { return }
    let wantedMarks = marksOnly ? marks : nil
    if filteredQuery != query || filteredMarks != wantedMarks || filteredQuery == nil {
      let narrowing =
        filteredMarks == wantedMarks && (filteredQuery.map { EventFilter.narrows(query, from: $0) } ?? false)
      // Toggling themes keeps the filter text: only the events matching it need checking.
      let textOnly = themeCountsSearch == query.search && !query.search.isEmpty ? themeSearchMatches : nil
      let previous = selectedEvent
      filtered = EventFilter.matches(query, library: library, candidates: narrowing ? filtered : textOnly)
      if let wantedMarks { filtered = filtered.filter { wantedMarks.contains(library.corpus.events.id(at: $0)) } }
      filteredQuery = query
      filteredMarks = wantedMarks
      computeYears()
      place(anchor ?? previous)
    }
    updateSearchMatches()
    if view == .themes { recountThemes() }
  }

  /// The year runs of `filtered` (events are in date order, so each year's events are one run).
  private mutating func computeYears() {
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
  }

  /// Selects the event at a corpus position when it is shown, else the shown one nearest to it
  /// by date (the later one on a tie); the first one when there is no such event.
  mutating func place(_ position: Int?) {
    guard let position, !filtered.isEmpty else {
      selection = 0
      return
    }
    let next = Self.lowerBound(of: position, in: filtered)
    if next < filtered.count, filtered[next] == position {
      selection = next
      return
    }
    guard next > 0 else {
      selection = 0
      return
    }
    guard next < filtered.count else {
      selection = filtered.count - 1
      return
    }
    let events = library.corpus.events
    let target = Self.dayNumber(events.earliest(at: position))
    let before = target - Self.dayNumber(events.earliest(at: filtered[next - 1]))
    let after = Self.dayNumber(events.earliest(at: filtered[next])) - target
    selection = before < after ? next - 1 : next
  }

  /// A day's number, an open start clamped so that differences cannot overflow.
  static func dayNumber(_ day: DayStamp) -> Int { min(max(day.number, -(1 << 60)), 1 << 60) }

  /// Counts, for every theme, the events it would show under the current filter text.
  public mutating func recountThemes() {
    guard themeCountsSearch != query.search else { return }
    let words = library.themeWords
    let useWords = words.count == library.corpus.events.count
    // A filter text (or a taxonomy too large for theme words) needs the index; while it is being
    // built the counts wait for `.indexReady` instead of the key waiting for the index.
    if !query.search.isEmpty || !useWords, !indexIsReady() {
      awaitingIndex = true
      return
    }
    themeCountsSearch = query.search
    if !query.search.isEmpty {
      themeSearchMatches = EventFilter.matches(EventQuery(search: query.search), library: library, candidates: nil)
    }
    themeCounts = ThemeCounter.counts(
      library: library, positions: query.search.isEmpty ? nil : themeSearchMatches ?? [])
  }

  /// The first index of `sorted` whose value is not less than `value`.
  static func lowerBound(of value: Int, in sorted: [Int]) -> Int {
    sorted.partitioningIndex { $0 >= value }
  }
}
