/// Where each event's marker, bar and label go in its lanes, with no two labels overlapping.
///
/// In each lane, events are taken left to right and put in the first row where their marker, bar
/// and label fit after what the row already holds. A title gets the lane's first `titleRows` rows;
/// when it fits in none of them, the event is labelled with its number instead (listed in the
/// legend), in the first row with room, adding rows as needed. Labels sit right of the marker or
/// bar, or left of the marker when the picture's right edge is too close.
struct MarkerLayout: Sendable {
  /// An event drawn in one lane.
  struct Placement: Sendable {
    var lane: Int
    var row: Int
    /// The marker's x (the earliest day).
    var x: Double
    /// The bar's right end (the day after the latest); equal to `x` for a single day.
    var barEnd: Double
    /// The label and where it starts.
    var label: LabelText
    var labelX: Double
    var isNumber: Bool
  }

  /// Sizes in pixels.
  static let fontSize = 11.0
  static let rowHeight = 18.0
  static let markerRadius = 4.5
  static let gap = 6.0
  static let maxLabelWidth = 300.0
  static let minCutLabelWidth = 90.0
  /// Extra room before a label left of its marker, so it does not read as the end of the label before it.
  static let leftLabelGap = 12.0

  /// Each event's placements, one per lane it is drawn in.
  private(set) var placements: [[Placement]]
  private(set) var rowCounts: [Int]

  /// Lays out events (in picture order) with their spans, lanes and titles.
  ///
  /// - Parameters:
  ///   - limit: the x no label may pass.
  ///   - titleRows: how many rows of a lane hold titles.
  init(
    spans: [TimelineSpan], lanes: [[Int]], titles: [String], laneCount: Int, axis: TimeAxis, limit: Double,
    titleRows: Int
  ) {
    placements = Array(repeating: [], count: spans.count)
    rowCounts = Array(repeating: 1, count: laneCount)
    var members = Array(repeating: [Int](), count: laneCount)
    for (event, eventLanes) in lanes.enumerated() { for lane in eventLanes { members[lane].append(event) } }
    for lane in 0..<laneCount {
      let ordered = members[lane].sorted { (spans[$0].earliest, $0) < (spans[$1].earliest, $1) }
      var rows: [Double] = []
      for event in ordered {
        let span = spans[event]
        let x = axis.x(span.earliest)
        let barEnd = span.isInterval ? axis.x(span.latest + 1) : x
        let left = x - Self.markerRadius
        let right = max(barEnd, x + Self.markerRadius)
        // A title in the lowest row wins (among equals, the first candidate); else the number.
        let candidates = Self.titleCandidates(titles[event], left: left, right: right, bounds: axis.left...limit)
        var chosen = Self.numberCandidate(event + 1, left: left, right: right, limit: limit)
        var row = Self.firstRow(in: rows, from: chosen.extent.lowerBound, limit: .max) ?? rows.count
        var titled = false
        for candidate in candidates {
          guard let candidateRow = Self.firstRow(in: rows, from: candidate.extent.lowerBound, limit: titleRows),
            !titled || candidateRow < row
          else { continue }
          (chosen, row, titled) = (candidate, candidateRow, true)
        }
        Self.occupy(&rows, row: row, to: chosen.extent.upperBound)
        placements[event].append(
          Placement(
            lane: lane, row: row, x: x, barEnd: barEnd, label: chosen.label, labelX: chosen.x, isNumber: !titled))
      }
      rowCounts[lane] = max(1, rows.count)
    }
  }

  /// A way to label an event: the label, where it starts, and the span of the row it takes.
  struct Candidate {
    var label: LabelText
    var x: Double
    var extent: ClosedRange<Double>
  }

  /// Title labels for a marker spanning `left...right`: whole on the right, whole on the left,
  /// then cut on the right (when at least `minCutLabelWidth` of it shows), within `bounds`.
  static func titleCandidates(_ title: String, left: Double, right: Double, bounds: ClosedRange<Double>) -> [Candidate]
  {
    guard let whole = LabelText(title, maxEms: maxLabelWidth / fontSize) else { return [] }
    let width = whole.ems * fontSize
    var result: [Candidate] = []
    if right + 3 + width <= bounds.upperBound {
      result.append(Candidate(label: whole, x: right + 3, extent: left...(right + 3 + width)))
    }
    if left - 2 - width >= bounds.lowerBound {
      result.append(Candidate(label: whole, x: left - 2 - width, extent: (left - 2 - width - leftLabelGap)...right))
    }
    let room = bounds.upperBound - right - 3
    if room >= minCutLabelWidth, let cut = LabelText(title, maxEms: min(maxLabelWidth, room) / fontSize) {
      result.append(Candidate(label: cut, x: right + 3, extent: left...(right + 3 + cut.ems * fontSize)))
    }
    return result
  }

  /// The event's number, right of the marker or, near the right edge, left of it.
  static func numberCandidate(_ number: Int, left: Double, right: Double, limit: Double) -> Candidate {
    let label = LabelText(number: number)
    let width = label.ems * fontSize
    if right + 3 + width <= limit { return Candidate(label: label, x: right + 3, extent: left...(right + 3 + width)) }
    return Candidate(label: label, x: left - 2 - width, extent: (left - 2 - width - leftLabelGap)...right)
  }

  /// The first row among the first `limit` (or a new one within it) whose content ends before `left`.
  static func firstRow(in rows: [Double], from left: Double, limit: Int) -> Int? {
    for (row, end) in rows.enumerated() where row < limit && end + gap <= left { return row }
    return rows.count < limit ? rows.count : nil
  }

  /// Marks a row as used up to `end`.
  static func occupy(_ rows: inout [Double], row: Int, to end: Double) {
    if row == rows.count { rows.append(end) } else { rows[row] = end }
  }

  /// The events labelled by their number in at least one lane, in picture order.
  var numbered: [Int] {
    placements.indices.filter { placements[$0].contains(where: \.isNumber) }
  }
}
