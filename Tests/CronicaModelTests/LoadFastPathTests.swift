import Testing

@testable import CronicaModel

/// The shortcuts of reading an article's text and dates against the plain answers they stand for.
@Suite struct LoadFastPathTests {
  @Test("a rule a line may pass is among the rules its first byte allows")
  func firstByteTableHoldsEveryRuleALineMayPass() throws {
    #expect(BoilerplateRule.lineRules.count <= 64)
    #expect(BoilerplateRule.allRules.nonzeroBitCount == BoilerplateRule.lineRules.count)
    var passed = 0
    var turnedAway = 0
    for line in try ReadingFastPathTests.lines() {
      guard let first = line.utf8.first, first < 0x80 else { continue }
      let allowed = BoilerplateRule.rulesByFirstByte[Int(first)]
      for (index, rule) in BoilerplateRule.lineRules.enumerated() {
        if rule.mayMatch(line) {
          passed += 1
          #expect(allowed & 1 << index != 0, "\(rule.name) may match \(line.debugDescription) but its first byte says no")
        } else if allowed & 1 << index == 0 {
          turnedAway += 1
        }
      }
    }
    // The lines do reach the rules, and the table does turn rules away.
    #expect(passed > 1000)
    #expect(turnedAway > 100_000)
    // An ordinary sentence is asked only whether it holds a hype word.
    let clickbait = try #require(BoilerplateRule.lineRules.firstIndex { $0.name == "clickbaitAd" })
    #expect(BoilerplateRule.rulesByFirstByte[Int(UInt8(ascii: "O"))] == 1 << clickbait)
  }

  @Test("a rule whose first-byte bit is clear passes no line that starts with that byte")
  func firstByteTableIsRightForEveryASCIIByte() {
    // Lines independent of any corpus: the rules' own fixture lines and every prefix the rules
    // look for, whole and without their first byte, in lower, upper and title case.
    let prefixTexts =
      [
        BoilerplateRule.skipLinkStart, BoilerplateRule.contributorDisclaimerStart, BoilerplateRule.readMoreStart,
        BoilerplateRule.syndicationStarts, BoilerplateRule.widgetHeadingStarts, BoilerplateRule.photoCreditStarts,
      ].flatMap(\.texts) + ["See all Video", "  See all", "Tags A B C", "Tags: a, b", "Incredible Map Reveals"]
    var tails = CleaningBoilerplateTests.ruleTable.flatMap { $0.removed + $0.kept } + prefixTexts
    tails += tails.map { String(decoding: $0.utf8.dropFirst(), as: UTF8.self) }
    tails += tails.flatMap { [$0.uppercased(), $0.lowercased(), $0.capitalized, " " + $0] } + ["", " ", "\u{212A}", "é"]
    var checked = 0
    var passedWithItsByte = 0
    for byte in UInt8(0)..<0x80 {
      let allowed = BoilerplateRule.rulesByFirstByte[Int(byte)]
      let first = String(decoding: [byte], as: UTF8.self)
      for tail in tails {
        // The byte put in front, and put in place of the first byte.
        let lines = [first + tail, first + String(decoding: tail.utf8.dropFirst(), as: UTF8.self)]
        for (index, rule) in BoilerplateRule.lineRules.enumerated() {
          for line in lines {
            if allowed & 1 << index == 0 {
              checked += 1
              #expect(!rule.mayMatch(line), "\(rule.name) may match \(line.debugDescription) but its first byte says no")
            } else if rule.mayMatch(line) {
              passedWithItsByte += 1
            }
          }
        }
      }
    }
    // Rules are turned away by the table, and the lines do pass rules whose bit is set.
    #expect(checked > 500_000)
    #expect(passedWithItsByte > 1000)
  }

  @Test("a date reads as the interpolation of its month, day and year")
  func readableDatesAreTheInterpolation() {
    func reference(_ date: PartialDate) -> String {
      if let cosmic = PartialDate.cosmologicalText(year: date.year) { return cosmic }
      let yearText = date.year < 0 ? "\(date.year.magnitude) BCE" : String(date.year)
      guard let month = date.month else { return yearText }
      let name = PartialDate.englishMonths[month - 1]
      guard let day = date.day else { return "\(name) \(yearText)" }
      return "\(name) \(day), \(yearText)"
    }
    var generator = SplitMix(seed: 2026_12_06_12)
    var checked = 0
    let years = [0, 1, -1, 9, 10, 999, 2001, 2019, -44, 99_999, 123_456_789_012, -271_821, 275_760, .max, .min + 1]
    for index in 0..<20_000 {
      let year = index < years.count ? years[index] : Int.random(in: -400_000...400_000, using: &generator)
      for month in [nil, 1, 2, 9, 11, 12, Int.random(in: 1...12, using: &generator)] {
        let length = month.map { PartialDate.daysIn(month: $0, year: year) } ?? 0
        let days = month == nil ? [nil] : [nil, 1, 9, 10, length, Int.random(in: 1...length, using: &generator)]
        for day in days {
          guard let date = PartialDate(year: year, month: month, day: day) else { continue }
          #expect(date.readable == reference(date), "\(date)")
          // Only dates that are not cosmological reach the byte writer.
          if PartialDate.cosmologicalText(year: year) == nil { checked += 1 }
        }
      }
    }
    #expect(checked > 400_000)
  }

  @Test("an EDTF date beyond ASCII or with two slashes is refused where it was before")
  func edtfRefusalsBeforeTheGrammarAreWhereTheyWere() {
    // The checks before this change: the scalars walked, the slashes listed.
    func reference(_ text: String) -> EDTFError? {
      if let bad = text.unicodeScalars.firstIndex(where: { !$0.isASCII }) {
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bad)
        return EDTFError(text: text, offset: offset, reason: "'\(text.unicodeScalars[bad])' is not part of an EDTF date")
      }
      if text.isEmpty { return EDTFError(text: text, offset: 0, reason: "the date is empty") }
      let bytes = Array(text.utf8)
      let slashes = bytes.indices.filter { bytes[$0] == 0x2F }
      if slashes.count > 1 { return EDTFError(text: text, offset: slashes[1], reason: "an interval has one '/'") }
      return nil
    }
    let pieces = ["2019", "-", "/", "..", "05", "X", "?", "~", "é", "中", "👍🏽", "e\u{301}", "T10:00:00Z", "Y170", " ", "\u{0}"]
    var generator = SplitMix(seed: 2026_12_06_13)
    var refused = 0
    for _ in 0..<40_000 {
      let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
        .joined()
      let answer: EDTFError?
      do {
        _ = try EDTFDate(parsing: text)
        answer = nil
      } catch {
        answer = error
      }
      if let expected = reference(text) {
        refused += 1
        #expect(answer == expected, "\(text.debugDescription)")
      }
    }
    #expect(refused > 10_000)
  }

  @Test("every glued suffix ends in e, the byte a line is first looked at by")
  func gluedSuffixesEndInE() {
    #expect(BoilerplateRule.gluedSuffixes.allSatisfy { $0.utf8.last == UInt8(ascii: "e") })
  }

  /// `PartialDate(parsing:)` by its plain definition: the text split by characters at the
  /// hyphens that are characters of their own (a mark after one, or U+0600 before one, joins it).
  static func referenceParse(_ text: String) -> Result<PartialDate, PartialDateError> {
    func failure(_ reason: String) -> Result<PartialDate, PartialDateError> {
      .failure(PartialDateError(text: text, reason: reason))
    }
    var rest = Substring(text)
    let negative = rest.first == "-"
    if negative { rest = rest.dropFirst() }
    let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count <= 3 else { return failure("too many parts") }
    var numbers: [Int] = []
    for (index, part) in parts.enumerated() {
      let limit = index == 0 ? 12 : 2
      guard let number = Int(part), !part.isEmpty, part.utf8.count <= limit, part.utf8.allSatisfy({ (0x30...0x39).contains($0) })
      else { return failure("'\(part)' is not a number of at most \(limit) digits") }
      if index == 0, part.utf8.count < 4, !negative { return failure("the year needs four digits") }
      numbers.append(index == 0 && negative ? -number : number)
    }
    let month = numbers.count > 1 ? numbers[1] : nil
    let day = numbers.count > 2 ? numbers[2] : nil
    if let month, !(1...12).contains(month) { return failure("month \(month) is not between 1 and 12") }
    guard let date = PartialDate(year: numbers[0], month: month, day: day) else {
      return failure("day \(day ?? 0) does not exist in that month")
    }
    return .success(date)
  }

  @Test("a partial date parses as its parts split by characters at hyphens say")
  func partialDatesParseAsBefore() {
    let pieces = [
      "2019", "-", "--", "05", "1", "12", "31", "29", "02", "0", "123456789012", "\u{301}", "\u{600}", "é", "x", " ", "",
    ]
    var generator = SplitMix(seed: 2026_12_06_14)
    var parsed = 0
    var refused = 0
    for index in 0..<60_000 {
      let text =
        index < 4 ? ["2001-02-02", "-0044-03-15", "2019-1-5", "2020-02-29"][index]
        : (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      let answer: Result<PartialDate, PartialDateError>
      do {
        answer = .success(try PartialDate(parsing: text))
      } catch {
        answer = .failure(error)
      }
      let expected = Self.referenceParse(text)
      #expect(answer == expected, "\(text.debugDescription)")
      if case .success = answer { parsed += 1 } else { refused += 1 }
    }
    #expect(parsed > 500)
    #expect(refused > 10_000)
  }
}
