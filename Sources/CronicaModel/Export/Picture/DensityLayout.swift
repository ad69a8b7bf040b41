/// How many events of each lane start in each period: the picture of a corpus too large to label.
///
/// An event counts once per lane it belongs to, in the period of its earliest day. Periods are
/// whole months, as many as fit the axis at a few pixels each (a month, a year, ten years…), so
/// the picture's size does not grow with the number of events. One pass, linear in the events.
struct DensityLayout: Sendable {
  /// The first month of the first period (as `year * 12 + month - 1`).
  let firstMonth: Int
  let stepMonths: Int
  /// Counts per lane, then per period.
  private(set) var counts: [[Int]]
  private(set) var laneTotals: [Int]
  /// Events per period (each event once, whatever its lanes).
  private(set) var periodTotals: [Int]

  /// The narrowest period in pixels.
  static let minimumPeriodWidth = 5.0

  init(events: EventList, positions: [Int], lanes: PictureLanes, axis: TimeAxis) {
    let first = TemporalCalendar.monthIndex(days: axis.firstDay)
    let last = TemporalCalendar.monthIndex(days: axis.endDay - 1)
    let step = TimeAxis.step(from: first, to: last, maxCount: max(1, Int(axis.width / Self.minimumPeriodWidth)))
    firstMonth = TimeAxis.floorDiv(first, step) * step
    stepMonths = step
    let periods = TimeAxis.floorDiv(last, step) - TimeAxis.floorDiv(first, step) + 1
    counts = Array(repeating: Array(repeating: 0, count: periods), count: lanes.lanes.count)
    laneTotals = Array(repeating: 0, count: lanes.lanes.count)
    periodTotals = Array(repeating: 0, count: periods)
    for position in positions {
      let month = TemporalCalendar.monthIndex(days: TimelineSpan(datesOf: events, at: position).earliest)
      let period = min(periods - 1, max(0, TimeAxis.floorDiv(month - firstMonth, step)))
      periodTotals[period] += 1
      for lane in lanes.laneIndexes(of: events.themes(at: position)) {
        counts[lane][period] += 1
        laneTotals[lane] += 1
      }
    }
  }

  var maxCount: Int { counts.lazy.compactMap { $0.max() }.max() ?? 0 }

  func startMonth(ofPeriod period: Int) -> Int { firstMonth + period * stepMonths }

  /// `2019`, `May 2017`, `2010–2019`, `Jan–Mar 2017`.
  func label(ofPeriod period: Int) -> String {
    let start = startMonth(ofPeriod: period)
    let first = TimeAxis.label(monthIndex: start, step: stepMonths, first: true)
    if stepMonths == 1 || stepMonths == 12 { return first }
    let end = start + stepMonths - 1
    if stepMonths < 12 {
      return TimeAxis.monthNames[start - TimeAxis.floorDiv(start, 12) * 12] + "–"
        + TimeAxis.label(monthIndex: end, step: 1, first: true)
    }
    return first + "–" + TimeAxis.label(monthIndex: end, step: 12, first: true)
  }

  /// `month`, `3 months`, `year`, `10 years`.
  static func periodName(stepMonths: Int) -> String {
    switch stepMonths {
    case 1: return "month"
    case 12: return "year"
    case let months where months < 12: return "\(months) months"
    default: return "\(Markup.grouped(stepMonths / 12)) years"
    }
  }
}
