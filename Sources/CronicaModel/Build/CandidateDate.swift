/// When a candidate happened, as tight as its evidence: a date or period from the text, the
/// publication date for a state of affairs the article describes, or "by" the publication date
/// (an open start, `../2021-03-15`) for something it reports as done without saying when.
struct CandidateDate: Sendable, Hashable {
  /// When it began: a plain date, an interval it lies in somewhere (a publication interval), or
  /// an open start (`../2021-03-15`: on or before that day).
  var start: EDTFDate
  /// The last date of a period; nil for a single date.
  var end: EDTFDate?
  /// The date as people read it (`late 2019`, `by May 2017`).
  var display: String
  /// How the date was found when the text does not state it.
  var basis: String?
  /// What the date rests on, for the rules list: `absolute`, `relative`, `published`, `by-published`.
  var evidence: String

  /// A date or period of the calendar (`end` nil or the same: a single date).
  init(start: PartialDate, end: PartialDate? = nil, display: String, basis: String? = nil, evidence: String) {
    self.init(start: EDTFDate(start), end: end.flatMap { $0 == start ? nil : EDTFDate($0) }, display: display, basis: basis, evidence: evidence)
  }

  init(start: EDTFDate, end: EDTFDate? = nil, display: String, basis: String? = nil, evidence: String) {
    self.start = start
    self.end = end
    self.display = display
    self.basis = basis
    self.evidence = evidence
  }

  /// On or before the last day `date` allows (`../2021-03-15`, shown `by March 15, 2021`); nil
  /// when that day is unknown.
  static func openStart(by date: EDTFDate, basis: String, evidence: String) -> CandidateDate? {
    let last = EDTFDate.endText(date.latest)
    guard date.latest.isBounded, let start = try? EDTFDate(parsing: "../" + last) else { return nil }
    let display = "by " + ((try? PartialDate(parsing: last))?.readable ?? last)
    return CandidateDate(start: start, display: display, basis: basis, evidence: evidence)
  }

  /// True when only the latest day is known: it happened on or before it.
  var openStart: Bool { !start.earliest.isBounded }
  /// The earliest day the event may fall on (nil: unknown, before `latest`).
  var earliest: DayStamp? { openStart ? nil : start.earliest }
  /// The latest day the event may fall on.
  var latest: DayStamp { (end ?? start).latest }

  /// True when the text states the date (absolutely or relative to another date).
  var isStated: Bool { evidence == "absolute" || evidence == "relative" }

  /// True when the date is known to within a month.
  var isWithinAMonth: Bool {
    guard let earliest else { return false }
    return latest.number - earliest.number <= 31
  }

  /// True when two dates overlap within a month: both known to a month or better, or one of
  /// them "by" a date that the other precedes by at most a month.
  func agreesClosely(with other: CandidateDate) -> Bool {
    guard overlaps(other) else { return false }
    if isWithinAMonth, other.isWithinAMonth { return true }
    for (by, stated) in [(self, other), (other, self)] where by.openStart && stated.isWithinAMonth {
      if let earliest = stated.earliest, stated.latest <= by.latest, by.latest.number - earliest.number <= 31 {
        return true
      }
    }
    return false
  }

  /// True when two dates may describe the same time.
  func overlaps(_ other: CandidateDate) -> Bool {
    Self.overlap(earliest: earliest, latest: latest, other)
  }

  /// How far a date reaches when candidates are merged: a state of affairs described as current
  /// (dated by its article's publication) holds around that time, so it reaches a month either
  /// side ("Mexico is suffering a surge in homicides" in articles a week apart); other dates reach
  /// just their days.
  var reach: (earliest: DayStamp?, latest: DayStamp) {
    guard evidence == "published", let earliest, latest.isBounded else { return (earliest, latest) }
    return (DayStamp(number: earliest.number - 31), DayStamp(number: latest.number + 31))
  }

  /// True when a span `[earliest, latest]` and a date's reach may describe the same time.
  static func reaches(earliest: DayStamp?, latest: DayStamp, _ date: CandidateDate) -> Bool {
    let reach = date.reach
    if let earliest, earliest > reach.latest { return false }
    if let other = reach.earliest, other > latest { return false }
    return true
  }

  /// True when a span `[earliest, latest]` and a date may describe the same time.
  static func overlap(earliest: DayStamp?, latest: DayStamp, _ date: CandidateDate) -> Bool {
    if let earliest, earliest > date.latest { return false }
    if let other = date.earliest, other > latest { return false }
    return true
  }

  /// The tightest date that every one of `dates` allows (they must overlap): the latest start
  /// and the earliest end among them; nil when there are none.
  static func tightest(_ dates: [CandidateDate]) -> CandidateDate? {
    guard let first = dates.first else { return nil }
    guard dates.count > 1 else { return first }
    let bounded = dates.filter { !$0.openStart }
    if bounded.isEmpty {
      // All "by" dates: the earliest of them.
      return dates.min { $0.latest < $1.latest } ?? first
    }
    // The narrowest bounded date that lies within every other date wins whole (its display too).
    let narrowest = bounded.min { a, b in
      (a.latest.number - a.start.earliest.number) < (b.latest.number - b.start.earliest.number)
    }
    if let narrowest, dates.allSatisfy({ $0.contains(narrowest) }) { return narrowest }
    // Otherwise some day between the latest start and the earliest end: one date in that interval.
    let from = bounded.map(\.start.earliest).max() ?? first.start.earliest
    let to = dates.map(\.latest).min() ?? first.latest
    if let start = EDTFDate(days: from, to) {
      return CandidateDate(
        start: start, display: start.readable,
        basis: "the period the citations share: " + dates.map(\.display).joined(separator: "; "), evidence: "intersection")
    }
    // States of affairs described as current at different times (within a month of each other):
    // some day in the whole of those times.
    let earliest = bounded.map(\.start.earliest).min() ?? first.start.earliest
    let latest = dates.map(\.latest).max() ?? first.latest
    guard let start = EDTFDate(days: earliest, latest) else { return narrowest ?? first }
    return CandidateDate(
      start: start, display: start.readable,
      basis: "described as current in articles of different dates: " + dates.map(\.display).joined(separator: "; "),
      evidence: "union")
  }

  /// True when `other` lies within this date.
  func contains(_ other: CandidateDate) -> Bool {
    guard let inner = other.earliest else { return false }
    if let outer = earliest, inner < outer { return false }
    return other.latest <= latest
  }
}
