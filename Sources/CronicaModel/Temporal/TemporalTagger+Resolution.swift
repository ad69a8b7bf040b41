/// The normalized form of one match.
struct TemporalResolution: Sendable {
  var value: String?
  var mod: String?
  var anchor: TemporalAnchor
  /// The value as a calendar date, when it is one (it becomes the last mentioned date).
  var pointDate: PartialDate?
}

extension TemporalTagger {
  /// Resolves a match against the first day of the publication interval and, when it was
  /// anchored there, against the last day too: the same answer is exact; different answers
  /// give the interval from the first answer's start to the last answer's end. Every rule moves
  /// forward with its anchor (a later anchor never gives an earlier answer), so the two ends
  /// bound the answers of every day between them.
  func resolveOverPublication(
    _ pattern: TemporalPattern, _ state: MatchState, context: ResolutionContext, tense: TemporalTense
  ) -> TemporalResolution {
    let first = resolve(pattern, state, context: context, tense: tense)
    guard case .published = first.anchor, let published = context.published, published.earliest != published.latest
    else { return first }
    var atLast = context
    atLast.atLastPublishedDay = true
    let last = resolve(pattern, state, context: atLast, tense: tense)
    if first.value == last.value { return first }
    guard let a = first.value.flatMap(TemporalSpan.init(timex:)), let b = last.value.flatMap(TemporalSpan.init(timex:)),
      let interval = EDTFDate(days: a.start.firstDay, (b.end ?? b.start).lastDay)
    else { return TemporalResolution(value: nil, mod: first.mod, anchor: .unresolved, pointDate: nil) }
    return TemporalResolution(value: interval.edtf, mod: first.mod, anchor: first.anchor, pointDate: nil)
  }

  /// Computes the TIMEX3 value, modifier and anchor of a match. (`tense` is read only when the
  /// pattern `readsTense` for the match.)
  func resolve(
    _ pattern: TemporalPattern, _ state: MatchState, context: ResolutionContext, tense: TemporalTense
  ) -> TemporalResolution {
    var mod = pattern.mod
    if let m = mod, m.hasPrefix("{") { mod = state.code(String(m.dropFirst().dropLast())) }
    var anchor = TemporalAnchor.none
    var value: String?
    // The value's date when the value was written from numbers (nil: not known, read it from the value).
    var known: PartialDate??
    switch pattern.operation {
    case .template(let template):
      if let date = Self.isoDate(template, state) {
        (value, known) = (date.value, .some(date.point))
      } else {
        value = fill(template, pattern, state, context, tense, &anchor)
      }
    case .shift(let unitName, let byText):
      let used = Self.anchor(previous: pattern.anchorsOnPrevious, context)
      anchor = used.anchor
      let n = state.int("num") ?? 1
      let by = byText == "num" ? n : (byText == "-num" ? -n : Int(byText) ?? 0)
      if let unit = unitName ?? state.code("unit"), let date = used.date {
        value = Self.shift(date, unit: unit, by: by, keep: pattern.keepsAnchorPrecision)
      }
    case .weekday(let by):
      let used = Self.anchor(previous: pattern.anchorsOnPrevious, context)
      anchor = used.anchor
      if let target = state.int("weekday"), let date = used.date, let month = date.month, let day = date.day {
        let days = TemporalCalendar.days(year: date.year, month: month, day: day)
        let weekday = TemporalCalendar.weekday(days: days)
        if by != 0 {
          // "last Thursday", "next Thursday": that day of the previous or the following week
          // (weeks run Monday to Sunday), so "last Thursday" names one day all week long.
          value = TemporalCalendar.iso(days: days - (weekday - 1) + 7 * by + (target - 1))
        } else {
          // A bare weekday: the nearest one before (past, present) or after (future) the anchor.
          let direction = tense == .future ? 1 : -1
          var diff = direction < 0 ? (weekday - target + 7) % 7 : (target - weekday + 7) % 7
          if diff == 0 { diff = 7 }
          value = TemporalCalendar.iso(days: days + direction * diff)
        }
      }
    }
    // A part of day (`Monday night`, `this morning`) makes a relative date a TIME.
    if case .template = pattern.operation {} else if let part = state.code("part"), let date = value {
      value = date + "T" + part
    }
    if value == nil, anchor != .none { anchor = .unresolved }
    if value == nil { anchor = .unresolved }
    return TemporalResolution(value: value, mod: mod, anchor: anchor, pointDate: known ?? value.flatMap(Self.pointDate))
  }

  /// What `fill` and `pointDate` give a template that is an ISO date (`ValueTemplate.isISODate`)
  /// when each of its keys captured a number, made from the numbers: the value written by
  /// `TemporalCalendar.iso` (as padding each number by its key and joining them with `-` writes
  /// it), and its date without parsing it again when the numbers are ones `PartialDate(parsing:)`
  /// reads back as they are (a year of 0 to 12 digits, months and days of at most two); nil for
  /// any other template or capture.
  static func isoDate(_ template: ValueTemplate, _ state: MatchState) -> (value: String, point: PartialDate?)? {
    guard template.isISODate, case .number(let year)? = state.captures["year"] else { return nil }
    var month: Int?
    var day: Int?
    if template.pieces.count > 1 {
      guard case .number(let m)? = state.captures["month"] else { return nil }
      month = m
    }
    if template.pieces.count > 2 {
      guard case .number(let d)? = state.captures["day"] else { return nil }
      day = d
    }
    let value = TemporalCalendar.iso(year: year, month: month, day: day)
    guard (0...999_999_999_999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else {
      return (value, pointDate(value))
    }
    return (value, PartialDate(year: year, month: month, day: day))
  }

  /// The calendar date a value names before any time: its first piece between `T`s (`2019-05-18`
  /// of `2019-05-18TMO`), when that has at least four characters and is a date.
  static func pointDate(_ value: String) -> PartialDate? {
    let utf8 = value.utf8
    let T = UInt8(ascii: "T")
    // Without a `T` byte (nearly every value) there is no `T` character: the piece is the whole
    // value. (When it has fewer characters than bytes, it holds a byte no date has.)
    // (Searched in the string's contiguous bytes: the view's iterator costs more than the search.)
    var copy = value
    guard copy.withUTF8({ $0.contains(T) }) else { return utf8.count >= 4 ? try? PartialDate(parsing: value) : nil }
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      // (A `T` joined by a mark is no `T`: the characters answer.)
      let first = value.drop { $0 == "T" }.prefix { $0 != "T" }
      return first.count >= 4 ? try? PartialDate(parsing: String(first)) : nil
    }
    // ASCII (every value the rules make): each byte a character, but for a CR LF, which is no
    // `T` and makes no date either.
    let start = utf8.firstIndex { $0 != T } ?? utf8.endIndex
    let end = utf8[start...].firstIndex(of: T) ?? utf8.endIndex
    guard utf8.distance(from: start, to: end) >= 4 else { return nil }
    return try? PartialDate(parsing: String(value[start..<end]))
  }

  /// The anchor of a relative expression and the date to compute with: the last mentioned date
  /// for `previous` rules and in narrative mode, else the day of the publication interval that
  /// this pass uses.
  static func anchor(previous: Bool, _ context: ResolutionContext) -> (anchor: TemporalAnchor, date: PartialDate?) {
    if previous { return context.lastMentioned.map { (.lastMentioned($0), $0) } ?? (.unresolved, nil) }
    if context.mode == .narrative, let date = context.lastMentioned { return (.lastMentioned(date), date) }
    guard let published = context.published, let day = context.publishedDay else { return (.unresolved, nil) }
    return (.published(published), day)
  }

  /// Shifts a date by units (`Y`, `M`, `Q`, `W`, `D`, `DE`, `CE`); nil when the date is too coarse.
  static func shift(_ date: PartialDate, unit: String, by: Int, keep: Bool) -> String? {
    let pad = TemporalCalendar.pad
    switch unit {
    case "Y":
      let year = date.year + by
      guard keep, let month = date.month else { return pad(year, 4) }
      let day = date.day.map { min($0, PartialDate.daysIn(month: month, year: year)) }
      return PartialDate(year: year, month: month, day: day)?.iso
    case "M":
      guard let month = date.month else { return nil }
      let shifted = TemporalCalendar.addMonths(year: date.year, month: month, by)
      let day = keep ? date.day.map { min($0, PartialDate.daysIn(month: shifted.month, year: shifted.year)) } : nil
      return PartialDate(year: shifted.year, month: shifted.month, day: day)?.iso
    case "Q":
      guard let month = date.month else { return nil }
      let total = date.year * 4 + (month - 1) / 3 + by
      let year = total >= 0 ? total / 4 : (total - 3) / 4
      return "\(pad(year, 4))-Q\(total - year * 4 + 1)"
    case "W", "D":
      guard let month = date.month, let day = date.day else { return nil }
      let days = TemporalCalendar.days(year: date.year, month: month, day: day)
      return unit == "W" ? TemporalCalendar.isoWeek(days: days + 7 * by) : TemporalCalendar.iso(days: days + by)
    case "DE": return pad(date.year / 10 + by, 3)
    case "CE": return pad(date.year / 100 + by, 2)
    default: return nil
    }
  }

  /// Fills a value template from the captures and the anchors; nil when a placeholder has no value.
  /// (Internal: the tests compare `isoDate` with it.)
  func fill(
    _ template: ValueTemplate, _ pattern: TemporalPattern, _ state: MatchState, _ context: ResolutionContext,
    _ tense: TemporalTense, _ anchor: inout TemporalAnchor
  ) -> String? {
    guard template.closed else { return nil }
    var output = ""
    for piece in template.pieces {
      if !piece.literal.isEmpty { output += piece.literal }
      let capture = state.captures[piece.key]
      if case .number(let n)? = capture {
        // A year is written with four digits, a month or a day with two, unless the template
        // says how many (`{num:2}`).
        output += piece.written(n)
        continue
      }
      guard let value = placeholder(piece.key, capture, piece.offset, pattern, state, context, tense, &anchor) else { return nil }
      output += piece.width > 0 && Int(value) != nil ? TemporalCalendar.pad(Int(value) ?? 0, piece.width) : value
    }
    return template.tail.isEmpty ? output : output + template.tail
  }

  /// A placeholder that is not a number capture: a code capture, or what the anchors give.
  private func placeholder(
    _ key: String, _ capture: TemporalLexValue?, _ offset: Int, _ pattern: TemporalPattern, _ state: MatchState,
    _ context: ResolutionContext, _ tense: TemporalTense, _ anchor: inout TemporalAnchor
  ) -> String? {
    let pad = TemporalCalendar.pad
    switch capture {
    case .number?:
      return nil  // `fill` writes number captures itself
    case .code?:
      guard let code = state.code(key) else { return nil }
      if offset != 0, let n = Int(code) { return String(n + offset) }
      return code
    case nil:
      break
    }
    switch key {
    case "now":
      guard let published = context.published, let day = context.publishedDay else { return "PRESENT_REF" }
      anchor = .published(published)
      return day.iso
    case "duration":
      let count = pattern.vague ? "X" : String(state.int("num") ?? 1)
      guard var unit = state.code("unit") ?? state.code("freq") ?? pattern.fixedUnit else { return nil }
      var amount = count
      if unit == "Q" {
        unit = "M"
        amount = pattern.vague ? "X" : String((state.int("num") ?? 1) * 3)
      }
      return unit == "H" ? "PT\(amount)H" : "P\(amount)\(unit)"
    case "year":
      // A date without its year takes the anchor's, moved by tense across the anchor's month.
      let used = Self.anchor(previous: false, context)
      guard let date = used.date else { return nil }
      anchor = used.anchor
      var year = date.year
      if let month = state.int("month"), let anchorMonth = date.month {
        if tense == .past, month > anchorMonth { year -= 1 }
        if tense == .future, month < anchorMonth { year += 1 }
      }
      return pad(year + offset, 4)
    default:
      return nil
    }
  }
}

extension TemporalPattern {
  /// Whether a match's value may depend on its sentence's tense, a conservative yes: a weekday
  /// found by tense (`weekday` 0), or a template whose `year` comes from the anchor because the
  /// match captured none (`placeholder`'s "year"); some of those (seasons, es half or quarter of
  /// this year) say yes without depending on it. Nothing else in `resolve` reads the tense.
  func readsTense(_ state: MatchState) -> Bool {
    switch operation {
    case .weekday(let by): by == 0
    case .shift: false
    case .template(let template): template.namesYear && state.captures["year"] == nil
    }
  }
}
