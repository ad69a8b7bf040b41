import CronicaModel

/// The dated skeleton of one synthetic event, before its text is generated.
struct EventDates: Sendable {
  var start: PartialDate
  var end: PartialDate?

  /// Orders like `Corpus.chronologicalOrder` (earliest day, then latest) up to the id, which is
  /// assigned after sorting.
  static func before(_ a: EventDates, _ b: EventDates) -> Bool {
    if a.start.firstDay != b.start.firstDay { return a.start.firstDay < b.start.firstDay }
    return (a.end ?? a.start).lastDay < (b.end ?? b.start).lastDay
  }
}

extension CorpusGenerator {
  /// The first and last year of the synthetic chronology: decades of events.
  static let years = 1950...2025

  /// A start date at day (55%), month (30%) or year (15%) precision, and for 12% of events a later end.
  ///
  /// Nil only if a drawn date were invalid, which the ranges rule out; callers draw again.
  static func randomDates(_ random: inout SplitMix64) -> EventDates? {
    let year = random.int(in: years)
    let roll = random.below(100)
    let start: PartialDate?
    if roll < 55 {
      let month = random.int(in: 1...12)
      start = PartialDate(year: year, month: month, day: random.int(in: 1...PartialDate.daysIn(month: month, year: year)))
    } else if roll < 85 {
      start = PartialDate(year: year, month: random.int(in: 1...12))
    } else {
      start = PartialDate(year: year)
    }
    guard let start else { return nil }
    guard random.chance(12) else { return EventDates(start: start, end: nil) }
    let endYear = year + random.int(in: 1...5)
    let end = start.month == nil
      ? PartialDate(year: endYear) : PartialDate(year: endYear, month: random.int(in: 1...12))
    return EventDates(start: start, end: end)
  }

  /// The date as people read it: "4 November 2019", "November 2019", "late 2019", "2019–2021".
  static func display(_ dates: EventDates, _ random: inout SplitMix64) -> String {
    func text(_ date: PartialDate) -> String {
      guard let month = date.month else { return String(date.year) }
      let name = WordLists.months[month - 1]
      guard let day = date.day else { return "\(name) \(date.year)" }
      return "\(day) \(name) \(date.year)"
    }
    if let end = dates.end { return text(dates.start) + "–" + text(end) }
    if dates.start.month == nil, random.chance(20) {
      return random.pick(["early", "mid-", "late"]).replacingSpaceAfterHyphen() + String(dates.start.year)
    }
    return text(dates.start)
  }
}

extension String {
  /// "mid-" stays glued to the year ("mid-2019"); other qualifiers get a space ("late 2019").
  fileprivate func replacingSpaceAfterHyphen() -> String { hasSuffix("-") ? self : self + " " }
}
