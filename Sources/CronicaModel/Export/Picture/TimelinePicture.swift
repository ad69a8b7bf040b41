/// The timeline of a selection of events as an SVG 1.1 picture: a time axis, one lane per theme
/// (or one line), a marker (and a bar for intervals) per event with its title or number, and a
/// legend; from `PictureOptions.densityThreshold` events on, a density band of counts per lane.
///
/// The picture is plain SVG 1.1: no script, no external reference, every text escaped. Each event
/// is a `<g class="event">` whose id is the event id (made a valid XML name when it is not one),
/// with a `<title>` giving the date as written, the title and the first quote.
public struct TimelinePicture: Sendable {
  /// The picture's width in pixels.
  static let width = 1200.0
  static let margin = 16.0
  static let lanesTop = 84.0

  enum Body: Sendable {
    /// No events: a line says so.
    case empty
    /// A marker per event.
    case markers(MarkerLayout, MarkedEvents)
    /// Counts per period.
    case density(DensityLayout)
  }

  /// The events drawn one by one, in picture order.
  struct MarkedEvents: Sendable {
    var events: [Event]
    var spans: [TimelineSpan]
    var lanes: [[Int]]
    var elementIDs: [String]
  }

  let title: String
  let subtitle: String
  let lanes: PictureLanes
  let axis: TimeAxis?
  let body: Body
  /// Where lane labels end and the plot begins.
  let plotLeft: Double
  /// Article metadata for tooltips and the HTML list.
  let articles: [String: Article]
  public let eventCount: Int

  /// Lays out the events of `corpus` at `positions` (in picture order, normally chronological).
  public init(corpus: Corpus, positions: [Int], options: PictureOptions = PictureOptions()) {
    let events = corpus.events
    lanes = PictureLanes(
      themes: corpus.themes, mode: options.lanes, themeLists: positions.lazy.map { events.themes(at: $0) })
    articles = CorpusExport.articleLookup(corpus)
    eventCount = positions.count
    title = corpus.title.flatMap { $0.trimmedText.isEmpty ? nil : $0 } ?? "Cronica chronology"
    // A density band's labels end in their lane's count, at most the number of events.
    let dense = positions.count >= options.densityThreshold
    let countRoom = dense ? (LabelText(" (\(Markup.grouped(positions.count)))")?.ems ?? 0) * Self.laneFontSize : 0
    let widest =
      lanes.lanes.compactMap { LabelText($0.label, maxEms: Self.maxLaneLabelWidth / Self.laneFontSize) }.map(\.ems)
      .max() ?? 0
    plotLeft = options.lanes == .none ? Self.margin + 8 : Self.laneLabelX + widest * Self.laneFontSize + countRoom + 12
    let right = Self.width - Self.margin
    var earliest = Int.max
    var latest = Int.min
    // Dates only: the density band needs no wording, and a mapped corpus builds no events for it.
    for position in positions {
      let span = TimelineSpan(datesOf: events, at: position)
      earliest = min(earliest, span.earliest)
      latest = max(latest, span.latest)
    }
    let axis =
      positions.isEmpty
      ? nil
      : TimeAxis(
        earliest: earliest, latest: latest, left: plotLeft, width: right - (dense ? 8 : Self.labelRoom) - plotLeft)
    self.axis = axis
    var summary = positions.count == 1 ? "1 event" : "\(Markup.grouped(positions.count)) events"
    if !positions.isEmpty {
      let years = [earliest, latest].map {
        TimeAxis.label(monthIndex: TemporalCalendar.monthIndex(days: $0), step: 12, first: false)
      }
      summary += years[0] == years[1] ? " · \(years[0])" : " · \(years[0])–\(years[1])"
    }
    guard let axis else {
      body = .empty
      subtitle = [summary, options.filterNote].compactMap { $0 }.joined(separator: " · ")
      return
    }
    if dense {
      let layout = DensityLayout(events: events, positions: positions, lanes: lanes, axis: axis)
      body = .density(layout)
      summary += " · counts per \(DensityLayout.periodName(stepMonths: layout.stepMonths))"
    } else {
      let selected = positions.map { events[$0] }
      let lanes = self.lanes
      var ids = ElementIDs()
      let marked = MarkedEvents(
        events: selected, spans: selected.map(TimelineSpan.init),
        lanes: selected.map { lanes.laneIndexes(of: $0.themes) },
        elementIDs: selected.map { ids.unique($0.id) })
      let layout = MarkerLayout(
        spans: marked.spans, lanes: marked.lanes, titles: selected.map(\.title), laneCount: lanes.lanes.count,
        axis: axis,
        limit: right, titleRows: options.lanes == .none ? 20 : 5)
      body = .markers(layout, marked)
    }
    subtitle = [summary, options.filterNote].compactMap { $0 }.joined(separator: " · ")
  }

  static let laneFontSize = 12.0
  /// Room right of the axis for the labels of the last events.
  static let labelRoom = 150.0
  static let maxLaneLabelWidth = 230.0
  /// Where lane labels start (after the swatch).
  static let laneLabelX = margin + 16
}
