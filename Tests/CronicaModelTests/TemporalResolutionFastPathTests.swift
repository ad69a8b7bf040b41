import Testing

@testable import CronicaModel

/// The resolver's shortcuts against the plain answers they replace: a value's date read by its
/// bytes against its characters, and a number capture padded once against padded by its key,
/// then again by the template's width.
@Suite struct TemporalResolutionFastPathTests {
  /// The date before a value's time as the characters give it: its first piece between `T`s.
  static func plainPointDate(_ value: String) -> PartialDate? {
    let first = value.drop { $0 == "T" }.prefix { $0 != "T" }
    return first.count >= 4 ? try? PartialDate(parsing: String(first)) : nil
  }

  @Test func aValuesDateIsWhatItsCharactersSay() {
    let values = [
      "2019-05-18", "2019-05-18TMO", "T2019-05", "TT2019TAF", "2019-W03", "2019-Q4", "2019/2020", "199", "20", "-120",
      "-1200", "2019-13", "2019-02-30", "PRESENT_REF", "PAST_REF", "P3M", "PT2H", "", "T", "TTTT", "2019\r\n-05",
      "2019T\u{301}MO", "2019-05T\u{301}", "T\u{301}2019-05", "2019-05-18T\u{301}2020", "é2019", "2019-05-é",
    ]
    for value in values { #expect(TemporalTagger.pointDate(value) == Self.plainPointDate(value), "\(value)") }
    #expect(TemporalTagger.pointDate("2019-05-18TMO") == PartialDate(year: 2019, month: 5, day: 18))
    // Random values from the characters a value holds, and some that join or break them.
    let pool: [Character] = ["1", "2", "0", "9", "-", "-", "T", "T", "/", "Q", "W", "M", "O", "\r\n", "\u{301}", "é", "X"]
    var generator = SplitMix(seed: 20_261_206)
    var dated = 0
    for _ in 0..<20_000 {
      let value = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in pool.randomElement(using: &generator)! })
      let plain = Self.plainPointDate(value)
      #expect(TemporalTagger.pointDate(value) == plain, "\(value.unicodeScalars.map(\.value))")
      if plain != nil { dated += 1 }
    }
    #expect(dated > 10, "the random values include dates")
  }

  /// A number capture written once with the width it ends with: the key's (a year four digits, a
  /// month or a day two), or the template's when it gives one, as writing it by its key and then
  /// padding what that reads as to the template's width did.
  @Test func aNumberIsPaddedOnceAsItWasPaddedTwice() {
    let keys = ["year", "year2", "month", "month2", "day", "day2", "num", "ord", "quarter", "season", "yy2", "days"]
    for key in keys {
      for width in 0...4 {
        for offset in [-19, -1, 0, 1, 19] {
          let piece = ValueTemplate.Piece(literal: "", key: key, offset: offset, width: width)
          for n in [-1200, -12, -1, 0, 1, 5, 9, 10, 12, 31, 99, 100, 999, 2019, 12345] {
            let moved = n + offset
            let byKey =
              key.hasPrefix("year")
              ? TemporalCalendar.pad(moved, 4) : key.hasPrefix("month") || key.hasPrefix("day") ? TemporalCalendar.pad(moved, 2) : String(moved)
            let twice = width > 0 && Int(byKey) != nil ? TemporalCalendar.pad(Int(byKey) ?? 0, width) : byKey
            #expect(piece.written(n) == twice, "\(key) \(width) \(offset) \(n)")
          }
        }
      }
    }
    let template = ValueTemplate("{year-1}-10/{year2}-09 {num:2}")
    #expect(template.pieces.map(\.keyWidth) == [4, 4, 0])
  }
}

/// An ISO date written at once, against the parts written and joined one by one.
@Suite struct ISODateFastPathTests {
  static func joined(_ year: Int, _ month: Int?, _ day: Int?) -> String {
    let digits = String(year.magnitude)
    let padded = (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return padded + (month.map { "-" + ($0 < 10 ? "0" : "") + String($0) } ?? "") + (day.map { "-" + ($0 < 10 ? "0" : "") + String($0) } ?? "")
  }

  @Test func anISODateIsItsPartsJoined() {
    for year in [-12345, -2019, -1, 0, 7, 99, 999, 1999, 2019, 10000, 123_456, Int.max, Int.min] {
      for month in [nil, 1, 9, 10, 12] as [Int?] {
        for day in [nil, 1, 9, 10, 28, 31] as [Int?] {
          #expect(TemporalCalendar.iso(year: year, month: month, day: day) == Self.joined(year, month, day), "\(year) \(month ?? 0) \(day ?? 0)")
          if let date = PartialDate(year: year, month: month, day: day) { #expect(date.iso == Self.joined(year, month, day)) }
        }
      }
    }
    // Out of the two digits' range, the parts are written as `pad` writes them.
    #expect(TemporalCalendar.iso(year: 2019, month: 100, day: nil) == "2019-100")
    #expect(TemporalCalendar.iso(year: 2019, month: 0, day: -3) == "2019-00--03")
    var days = -800_000
    while days < 800_000 {
      let d = TemporalCalendar.date(days: days)
      #expect(TemporalCalendar.iso(days: days) == Self.joined(d.year, d.month, d.day))
      days += 997
    }
  }
}

/// A template that is an ISO date of number captures is written from the numbers and its date
/// made from them, against the plain answer: the rule's template filled by `fill`, the date read
/// back from that text by `pointDate`.
@Suite struct ISODateTemplateTests {
  /// The rules' patterns whose templates are ISO dates, each with its template.
  static func isoRules(_ tagger: TemporalTagger) -> [(pattern: TemporalPattern, template: ValueTemplate)] {
    tagger.rules.patterns.compactMap { pattern in
      guard case .template(let template) = pattern.operation, template.isISODate else { return nil }
      return (pattern, template)
    }
  }

  static func captures(_ template: ValueTemplate, _ numbers: [Int]) -> MatchState {
    var state = MatchState()
    for (piece, n) in zip(template.pieces, numbers) { state.captures[piece.key] = .number(n) }
    return state
  }

  @Test func anISODateTemplateGivesWhatFillingAndParsingGave() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    #expect(["{year}", "{year}-{month}", "{year}-{month}-{day}"].map(ValueTemplate.init).allSatisfy { $0.isISODate })
    // Templates that are not ISO dates of their captures take the plain path.
    for other in ["{year}-{month}-{day}T{part}", "{year-1}", "{year}-{month:2}", "{month}", "{year}/{year2}", "{year}-Q{ord}", "{year", ""] {
      #expect(!ValueTemplate(other).isISODate, "\(other)")
    }
    let rules = Self.isoRules(tagger)
    let lengths = Set(rules.map { $0.template.pieces.count })
    #expect(lengths == [1, 2, 3], "the rules write years, months and days")
    let context = ResolutionContext(published: nil, mode: .news)
    let edges = [Int.min, -123_456, -10_000, -2019, -1, 0, 1, 9, 10, 12, 13, 28, 29, 30, 31, 32, 99, 100, 101, 999, 1000, 1800, 1900, 2000,
      2019, 2024, 2100, 9999, 10_000, 999_999_999_999, 1_000_000_000_000, Int.max]
    var generator = SplitMix(seed: 1206)
    var dated = 0
    // Numbers `PartialDate(year:month:day:)` is given at once, and numbers whose date is read back
    // from the text (years out of 0 to 12 digits, months or days out of two).
    var inRange = 0
    var readBack = 0
    for round in 0..<60_000 {
      let (pattern, template) = rules[round % rules.count]
      let numbers = (0..<3).map { k -> Int in
        switch round / rules.count % 3 {
        case 0: return edges.randomElement(using: &generator)!
        case 1: return k == 0 ? Int.random(in: 1700...2300, using: &generator) : Int.random(in: -2...40, using: &generator)
        default: return Int.random(in: -150...150, using: &generator)
        }
      }
      let state = Self.captures(template, numbers)
      let keys = template.pieces.map { $0.key }
      guard let fast = TemporalTagger.isoDate(template, state) else {
        Issue.record("no fast answer for \(keys) \(numbers)")
        continue
      }
      var anchor = TemporalAnchor.none
      let value = tagger.fill(template, pattern, state, context, .past, &anchor)
      let point = value.flatMap(TemporalTagger.pointDate)
      #expect(fast.value == value && fast.point == point && anchor == .none, "\(keys) \(numbers)")
      if point != nil { dated += 1 }
      let used = numbers.prefix(template.pieces.count)
      if (0...999_999_999_999).contains(used[0]), used.dropFirst().allSatisfy({ (0...99).contains($0) }) {
        inRange += 1
      } else {
        readBack += 1
      }
    }
    #expect(dated > 10_000)
    #expect(inRange > 1_000 && readBack > 1_000, "\(inRange) in range, \(readBack) read back")
    // A capture that is a code, or missing, takes the plain path.
    for (_, template) in rules {
      var state = MatchState()
      for piece in template.pieces { state.captures[piece.key] = .code("X") }
      #expect(TemporalTagger.isoDate(template, state) == nil)
      #expect(TemporalTagger.isoDate(template, MatchState()) == nil)
    }
  }

  /// `resolve` keeps the date the numbers gave, and a written date that is no date (February 30)
  /// has none: it is not read again from the value.
  @Test func resolveKeepsTheNumbersDateOrNone() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    let context = ResolutionContext(published: nil, mode: .news)
    let withDays = Self.isoRules(tagger).first { $0.template.pieces.count == 3 }
    let days = try #require(withDays)
    let impossible = tagger.resolve(days.pattern, Self.captures(days.template, [2019, 2, 30]), context: context, tense: .past)
    #expect(impossible.value == "2019-02-30")
    #expect(impossible.pointDate == nil)
    let leap = tagger.resolve(days.pattern, Self.captures(days.template, [2020, 2, 29]), context: context, tense: .past)
    #expect(leap.value == "2020-02-29")
    #expect(leap.pointDate == PartialDate(year: 2020, month: 2, day: 29))
    // Every ISO rule, through `resolve`, against its template filled and read back.
    for (pattern, template) in Self.isoRules(tagger) {
      for numbers in [[2019, 2, 30], [2019, 2, 29], [2020, 2, 29], [2019, 13, 1], [0, 0, 0], [-44, 3, 15], [10_000, 12, 31]] {
        let state = Self.captures(template, numbers)
        var anchor = TemporalAnchor.none
        let value = tagger.fill(template, pattern, state, context, .past, &anchor)
        let resolved = tagger.resolve(pattern, state, context: context, tense: .past)
        #expect(resolved.value == value && resolved.pointDate == value.flatMap(TemporalTagger.pointDate), "\(pattern.id) \(numbers)")
      }
    }
  }
}
