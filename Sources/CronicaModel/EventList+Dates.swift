/// The one date rule of `--from/--to`, the browser's filters and its `:` jump: an event is its
/// interval of days [earliest, latest], and it is in a window when the two overlap.
extension EventList {
  /// True when the event at `position` may fall in [`from`, `to`]: its latest day is on or after
  /// `from` and its earliest day on or before `to` (so "late 2019" is in `--from 2019-11`).
  public func overlaps(at position: Int, from: DayStamp, to: DayStamp) -> Bool {
    latest(at: position) >= from && earliest(at: position) <= to
  }

  /// Where the browser's `:2019-06` lands: the index in `positions` (ascending corpus positions)
  /// of the first event whose interval reaches `day` (latest on or after it), which is the first
  /// event `--from 2019-06` shows; nil when no event reaches it.
  ///
  /// Events are in order of their earliest day, so every event from the first one starting on
  /// or after `day` qualifies (found by binary search); only the events before it are scanned.
  public func firstReaching(_ day: DayStamp, among positions: [Int]) -> Int? {
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if earliest(at: positions[middle]) < day { low = middle + 1 } else { high = middle }
    }
    for index in 0..<low where latest(at: positions[index]) >= day { return index }
    return low < positions.count ? low : nil
  }
}
