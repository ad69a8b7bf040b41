/// The horizontal time scale of a picture: the days it spans, where a day falls, and its ticks.
///
/// Ticks are whole months apart, chosen from 1, 2, 3 and 6 months and 1, 2, 5, 10, 20, 50… years,
/// the finest that keeps every tick label clear of the next; the axis starts and ends on ticks.
struct TimeAxis: Sendable {
  /// A tick: the first day of a month, and its label.
  struct Tick: Sendable {
    var day: Int
    var label: LabelText
  }

  /// The first day shown (a tick).
  let firstDay: Int
  /// The day after the last one shown (a tick).
  let endDay: Int
  /// The x of `firstDay`.
  let left: Double
  /// The width the days are spread over.
  let width: Double
  /// The step between ticks, in months.
  let stepMonths: Int
  let ticks: [Tick]

  static let fontSize = 10.0

  func x(_ day: Int) -> Double {
    left + width * Double(day - firstDay) / Double(max(1, endDay - firstDay))
  }

  /// The x of the first day of a month.
  func x(monthIndex: Int) -> Double { x(TemporalCalendar.days(monthIndex: monthIndex)) }

  /// Steps in months: 1, 2, 3, 6 months, then 1, 2, 5 × 10ⁿ years.
  static func steps() -> [Int] {
    var result = [1, 2, 3, 6]
    var scale = 12
    while scale <= Int.max / 60 {
      result += [scale, scale * 2, scale * 5]
      scale *= 10
    }
    return result
  }

  /// The finest step from `steps()` that puts at most `maxCount` steps between two months.
  static func step(from first: Int, to last: Int, maxCount: Int, minimum: Int = 1) -> Int {
    for step in steps() where step >= minimum {
      let start = floorDiv(first, step)
      let end = floorDiv(last, step) + 1
      if end - start <= maxCount { return step }
    }
    return steps().last ?? 12
  }

  /// An axis spreading the days `earliest...latest` over `width` pixels from `left`.
  init(earliest: Int, latest: Int, left: Double, width: Double) {
    let firstMonth = TemporalCalendar.monthIndex(days: earliest)
    let lastMonth = TemporalCalendar.monthIndex(days: max(earliest, latest))
    var chosen = 12
    var chosenTicks: [Tick] = []
    var range = (firstMonth, lastMonth + 1)
    for step in Self.steps() {
      let start = Self.floorDiv(firstMonth, step) * step
      let end = (Self.floorDiv(lastMonth, step) + 1) * step
      let count = (end - start) / step
      // Too many ticks to label, whatever their width: try a coarser step.
      if count > Int(width / 24) { continue }
      let ticks = stride(from: start, through: end, by: step).compactMap { month in
        LabelText(Self.label(monthIndex: month, step: step, first: month == start)).map {
          Tick(day: TemporalCalendar.days(monthIndex: month), label: $0)
        }
      }
      let widest = ticks.map(\.label.ems).max() ?? 0
      if widest * Self.fontSize + 10 <= width / Double(max(1, count)) {
        chosen = step
        chosenTicks = ticks
        range = (start, end)
        break
      }
    }
    firstDay = TemporalCalendar.days(monthIndex: range.0)
    endDay = TemporalCalendar.days(monthIndex: range.1)
    self.left = left
    self.width = width
    stepMonths = chosen
    ticks = chosenTicks
  }

  /// `2017`, `44 BCE`, `13,800,000,000 BCE`, or for month steps `Jan 2017` (a year's first tick) and `Apr`.
  static func label(monthIndex: Int, step: Int, first: Bool) -> String {
    let year = floorDiv(monthIndex, 12)
    let month = monthIndex - year * 12
    let shown = year > 0 ? year : 1 - year
    let yearText = (shown >= 10_000 ? Markup.grouped(shown) : String(shown)) + (year > 0 ? "" : " BCE")
    if step >= 12 { return yearText }
    let name = monthNames[month]
    return month == 0 || first ? "\(name) \(yearText)" : name
  }

  static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// Division rounding towards negative infinity.
  static func floorDiv(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }
}
