import Algorithms

/// The one date rule of `--from/--to`, the browser's filters and its `:` jump: an event is its
/// interval of days [earliest, latest], and it is in a window when the two overlap.
extension EventList {
  /// True when the event at `position` may fall in [`from`, `to`]: its latest day is on or after
  /// `from` and its earliest day on or before `to` (so "late 2019" is in `--from 2019-11`).
  public func overlaps(at position: Int, from: DayStamp, to: DayStamp) -> Bool {
    latest(at: position) >= from && earliest(at: position) <= to
  }

  /// Where the browser's `:2019-06` lands: the index in `positions` (ascending corpus positions)
  /// of the first event starting in the target's year whose interval reaches `day` (latest on or
  /// after it), so "late 2019" is not skipped and the 2019 heading comes to the top. When no event
  /// of that year reaches it, the first event of all that does (a period that began earlier and
  /// covers the date, else the next event after it): the first event `--from` that date keeps.
  /// nil when no event reaches it.
  ///
  /// Events are in order of their earliest day: binary searches find the year's events, and only
  /// those are scanned (the earlier ones only when the year has no answer).
  public func firstReaching(_ day: DayStamp, among positions: [Int]) -> Int? {
    func firstStarting(onOrAfter bound: DayStamp) -> Int {
      positions.partitioningIndex { earliest(at: $0) >= bound }
    }
    let yearStart = firstStarting(onOrAfter: DayStamp(year: day.year, month: 1, day: 1))
    let yearEnd = firstStarting(onOrAfter: DayStamp(year: day.year + 1, month: 1, day: 1))
    for index in yearStart..<yearEnd where latest(at: positions[index]) >= day { return index }
    for index in 0..<yearStart where latest(at: positions[index]) >= day { return index }
    return yearEnd < positions.count ? yearEnd : nil
  }
}
