/// When a candidate happened, as tight as its evidence: a date or period from the text, the
/// publication date for a state of affairs the article describes, or "by" the publication date
/// for something it reports as done without saying when.
struct CandidateDate: Sendable, Hashable {
  /// The first date of the period (the publication date when `openStart`).
  var start: PartialDate
  /// The last date of a period; nil for a single date.
  var end: PartialDate?
  /// True when only the latest date is known: it happened on or before `start`.
  var openStart = false
  /// The date as people read it (`late 2019`, `by May 2017`).
  var display: String
  /// How the date was found when the text does not state it.
  var basis: String?
  /// What the date rests on, for the rules list: `absolute`, `relative`, `published`, `by-published`.
  var evidence: String

  /// The earliest day the event may fall on (nil: unknown, before `latest`).
  var earliest: DayStamp? { openStart ? nil : start.firstDay }
  /// The latest day the event may fall on.
  var latest: DayStamp { (end ?? start).lastDay }

  /// True when the text states the date (absolutely or relative to another date).
  var isStated: Bool { evidence == "absolute" || evidence == "relative" }

  /// True when the date is known to within a month.
  var isWithinAMonth: Bool {
    guard let earliest else { return false }
    return latest.ordinal - earliest.ordinal <= 31
  }

  /// True when two dates overlap within a month: both known to a month or better, or one of
  /// them "by" a date that the other precedes by at most a month.
  func agreesClosely(with other: CandidateDate) -> Bool {
    guard overlaps(other) else { return false }
    if isWithinAMonth, other.isWithinAMonth { return true }
    for (by, stated) in [(self, other), (other, self)] where by.openStart && stated.isWithinAMonth {
      if let earliest = stated.earliest, stated.latest <= by.latest, by.latest.ordinal - earliest.ordinal <= 31 {
        return true
      }
    }
    return false
  }

  /// True when two dates may describe the same time.
  func overlaps(_ other: CandidateDate) -> Bool {
    Self.overlap(earliest: earliest, latest: latest, other)
  }

  /// True when a span `[earliest, latest]` and a date may describe the same time.
  static func overlap(earliest: DayStamp?, latest: DayStamp, _ date: CandidateDate) -> Bool {
    if let earliest, earliest > date.latest { return false }
    if let other = date.earliest, other > latest { return false }
    return true
  }

  /// The tightest date that every one of `dates` allows (they must overlap): the latest start
  /// and the earliest end among them.
  static func tightest(_ dates: [CandidateDate]) -> CandidateDate {
    guard var result = dates.first else { preconditionFailure("no dates") }
    guard dates.count > 1 else { return result }
    let bounded = dates.filter { !$0.openStart }
    if bounded.isEmpty {
      // All "by" dates: the earliest of them.
      return dates.min { $0.latest < $1.latest } ?? result
    }
    // The narrowest bounded date that lies within every other date wins whole (its display too).
    let narrowest = bounded.min { a, b in
      let widthA = a.latest.ordinal - a.start.firstDay.ordinal
      let widthB = b.latest.ordinal - b.start.firstDay.ordinal
      return widthA < widthB
    }
    if let narrowest, dates.allSatisfy({ $0.contains(narrowest) }) { return narrowest }
    // Otherwise the latest start and the earliest end.
    let from = bounded.max { $0.start.firstDay < $1.start.firstDay } ?? bounded[0]
    let to = dates.min { $0.latest < $1.latest } ?? dates[0]
    let endDate = to.end ?? to.start
    result = from
    result.end = endDate == from.start ? nil : endDate
    result.openStart = false
    result.display = from.start.readable + (result.end.map { "–" + $0.readable } ?? "")
    result.basis = "the period the citations share: " + dates.map(\.display).joined(separator: "; ")
    result.evidence = "intersection"
    return result
  }

  /// True when `other` lies within this date.
  func contains(_ other: CandidateDate) -> Bool {
    guard let inner = other.earliest else { return false }
    if let outer = earliest, inner < outer { return false }
    return other.latest <= latest
  }
}

extension DayStamp {
  /// A day number that orders and subtracts (months as 31 days: only compared, never shown).
  var ordinal: Int { (year * 12 + month - 1) * 31 + day }
}
