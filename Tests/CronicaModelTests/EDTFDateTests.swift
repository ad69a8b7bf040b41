import CronicaModel
import CronicaTestSupport
import Foundation
import Testing

/// EDTF dates (levels 0 and 1, level 2 quarters and halves) and the days they allow.
@Suite struct EDTFDateTests {
  static func day(_ text: String) -> DayStamp? {
    guard let date = try? PartialDate(parsing: text), date.precision == .day else { return nil }
    return date.firstDay
  }

  @Test(arguments: [
    // Level 0: dates, date and time, intervals.
    ("2019", "2019-01-01", "2019-12-31"),
    ("2019-02", "2019-02-01", "2019-02-28"),
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("2017-05-18", "2017-05-18", "2017-05-18"),
    ("2001-02-03T09:30:01", "2001-02-03", "2001-02-03"),
    ("2004-01-01T10:10:10Z", "2004-01-01", "2004-01-01"),
    ("2004-01-01T10:10:10+05:00", "2004-01-01", "2004-01-01"),
    ("1964/2008", "1964-01-01", "2008-12-31"),
    ("2004-06/2006-08", "2004-06-01", "2006-08-31"),
    ("2017-05-22/2017-05-28", "2017-05-22", "2017-05-28"),
    ("2017/2017-05-17", "2017-01-01", "2017-05-17"),
    // Level 1: letter-prefixed years, seasons, qualifiers, unspecified digits, extended intervals.
    ("Y170000", "170000-01-01", "170000-12-31"),
    ("-1985", "-1985-01-01", "-1985-12-31"),
    ("2001-21", "2001-03-01", "2001-05-31"),
    ("2001-22", "2001-06-01", "2001-08-31"),
    ("2001-23", "2001-09-01", "2001-11-30"),
    ("2019-24", "2019-12-01", "2020-02-29"),
    ("1984?", "1984-01-01", "1984-12-31"),
    ("2004-06~", "2004-06-01", "2004-06-30"),
    ("2004-06-11%", "2004-06-11", "2004-06-11"),
    ("201X", "2010-01-01", "2019-12-31"),
    ("20XX", "2000-01-01", "2099-12-31"),
    ("2004-XX", "2004-01-01", "2004-12-31"),
    ("1985-04-XX", "1985-04-01", "1985-04-30"),
    ("1985-XX-XX", "1985-01-01", "1985-12-31"),
    ("2004-06~/2006-08", "2004-06-01", "2006-08-31"),
    ("1984?/2004-06~", "1984-01-01", "2004-06-30"),
    // Level 2 sub-year groupings: quarters and halves.
    ("2019-33", "2019-01-01", "2019-03-31"),
    ("2019-34", "2019-04-01", "2019-06-30"),
    ("2019-35", "2019-07-01", "2019-09-30"),
    ("2019-36", "2019-10-01", "2019-12-31"),
    ("2019-40", "2019-01-01", "2019-06-30"),
    ("2019-41", "2019-07-01", "2019-12-31"),
    // Years earlier versions of Cronica read.
    ("99999", "99999-01-01", "99999-12-31"),
    ("-44", "-0044-01-01", "-0044-12-31"),
  ])
  func resolvesToItsDays(text: String, earliest: String, latest: String) throws {
    let date = try EDTFDate(parsing: text)
    #expect(date.edtf == text)
    #expect(date.earliest.iso == earliest)
    #expect(date.latest.iso == latest)
  }

  @Test func openAndUnknownEndsAreUnbounded() throws {
    let open = try EDTFDate(parsing: "2019-11/..")
    #expect(open.earliest.iso == "2019-11-01")
    #expect(open.latest == .distantFuture)
    let unknown = try EDTFDate(parsing: "/2019-11-04")
    #expect(unknown.earliest == .distantPast)
    #expect(unknown.latest.iso == "2019-11-04")
    #expect(try EDTFDate(parsing: "../2019").earliest == .distantPast)
    #expect(try EDTFDate(parsing: "2019/").latest == .distantFuture)
  }

  @Test(arguments: [
    ("", 0, "empty"),
    ("19", 0, "four digits"),
    ("2019-13", 5, "month 13"),
    ("2019-00", 5, "month 0"),
    ("2019-02-30", 8, "day 30 does not exist in February 2019"),
    ("2021-02-29", 8, "day 29"),
    ("2019-1-1x", 5, "two digits"),
    ("2019-11-04-01", 10, "unexpected"),
    ("May 2019", 0, "unexpected 'M'"),
    ("20x9", 2, "unexpected 'x'"),
    ("2019-", 5, "two digits"),
    ("2XXX", 1, "last one or two digits"),
    ("201X-05", 4, "cannot take a month"),
    ("2019-25", 5, "level 2 code 25"),
    ("2019-37", 5, "level 2 code 37"),
    ("2019-41-05", 7, "cannot take a day"),
    ("2019-XX-05", 8, "unspecified month"),
    ("2020/2019", 5, "ends before it starts"),
    ("2019-06/2019-05-31", 8, "ends before it starts"),
    ("../..", 2, "at least one side"),
    ("/", 0, "at least one side"),
    ("2019/2020/2021", 9, "one '/'"),
    ("2019~?", 5, "one qualifier"),
    ("2019-05-18T25:00:00", 11, "hour"),
    ("2019T10:00:00", 4, "full date"),
    ("2019-05-18T10:00:00~", 10, "without a qualifier"),
    ("2019-05-18T10:00:00/2020", 10, "single date"),
    ("Y17a", 3, "digits only"),
    ("2019\u{2013}2020", 4, "not part of an EDTF date"),
    ("1234567890123", 0, "twelve digits"),
  ] as [(String, Int, String)])
  func rejectsMalformedDatesAndSaysWhere(text: String, offset: Int, words: String) {
    do {
      _ = try EDTFDate(parsing: text)
      Issue.record("expected '\(text)' to be rejected")
    } catch {
      #expect(error.offset == offset, "\(text): \(error.reason)")
      #expect(error.description.contains(words), "\(text): \(error.description)")
      #expect(error.description.contains("at character \(offset + 1)"))
      #expect(error.description.contains("2019-09/2019-12"), "the error shows what to write")
    }
  }

  @Test func plainDatesStayPlain() throws {
    #expect(try EDTFDate(parsing: "2019-11").plainDate == PartialDate(year: 2019, month: 11))
    #expect(try EDTFDate(parsing: "2019-41").plainDate == nil)
    #expect(try EDTFDate(parsing: "2019~").plainDate == nil)
    #expect(try EDTFDate(parsing: "2019-05-22/2019-05-28").readable == "May 22, 2019 – May 28, 2019")
    #expect(EDTFDate(PartialDate.fixture(2008)).edtf == "2008")
  }

  @Test func intervalsOfDaysAreWrittenAsCoarselyAsStaysExact() throws {
    func days(_ a: String, _ b: String) -> String? {
      guard let a = Self.day(a), let b = Self.day(b) else { return nil }
      return EDTFDate(days: a, b)?.edtf
    }
    #expect(days("2020-07-01", "2020-11-30") == "2020-07/2020-11")
    #expect(days("2019-01-01", "2023-12-31") == "2019/2023")
    #expect(days("2017-04-27", "2017-05-25") == "2017-04-27/2017-05-25")
    #expect(days("2017-05-18", "2017-05-18") == "2017-05-18")
    #expect(days("2018-01-01", "2017-12-31") == nil)
  }

  @Test func codesAsTheEDTFStringAndRejectsBadOnesWithTheReason() throws {
    let dates = try ["2019-41", "2017-05-22/2017-05-28", "2019/.."].map { try EDTFDate(parsing: $0) }
    let data = try JSONEncoder().encode(dates)
    #expect(String(decoding: data, as: UTF8.self) == #"["2019-41","2017-05-22\/2017-05-28","2019\/.."]"#)
    #expect(try JSONDecoder().decode([EDTFDate].self, from: data) == dates)
    do {
      _ = try JSONDecoder().decode([EDTFDate].self, from: Data(#"["2019-13"]"#.utf8))
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("month 13"))
    }
  }

  @Test func daysCountFromTheEpochAcrossEveryEra() {
    #expect(DayStamp(year: 1970, month: 1, day: 1).number == 0)
    #expect(DayStamp(year: 2000, month: 3, day: 1).number == 11_017)
    for year in [-13_800_000_000, -44, 0, 1, 1582, 2020, 999_999_999_999] {
      let stamp = DayStamp(year: year, month: 2, day: 28)
      #expect(stamp.civil.year == year && stamp.civil.month == 2 && stamp.civil.day == 28, "\(year)")
      #expect(stamp.next.civil.month == (PartialDate.daysIn(month: 2, year: year) == 29 ? 2 : 3), "\(year)")
    }
    #expect(DayStamp.distantPast < DayStamp(year: -13_800_000_000, month: 1, day: 1))
    #expect(DayStamp.distantFuture.iso == nil)
  }
}

/// Sorting by earliest, latest and the curator's order; the overlap rule; the `:` jump's target.
@Suite struct ChronologicalOrderTests {
  static func event(_ id: String, _ start: String, end: String? = nil, order: Int? = nil) -> Event {
    .fixture(
      id, .fixture(start), end: end.map(EDTFDate.fixture), order: order, title: id, themes: ["arms"],
      cites: [("a", "q")])
  }

  @Test func sortsByEarliestThenLatestThenOrderThenId() {
    let events = [
      Self.event("year", "2019"),
      Self.event("late", "2019-41"),
      Self.event("commitment", "2017-05-18", order: 2),
      Self.event("meeting", "2017-05-18", order: 1),
      Self.event("a-plain", "2017-05-18"),
      Self.event("january", "2019-01"),
      Self.event("first-day", "2019-01-01"),
      Self.event("week", "2017-05-22/2017-05-28"),
    ]
    let corpus = Corpus(articles: [], events: events, themes: [])
    #expect(
      corpus.events.map(\.id) == [
        "a-plain", "meeting", "commitment", "week", "first-day", "january", "year", "late",
      ])
    #expect(Corpus.chronologicalOrder(Self.event("x", "2017-05-18", order: -1), Self.event("a", "2017-05-18")))
  }

  @Test func aWindowKeepsEveryEventWhoseIntervalOverlapsIt() {
    let events = [
      Self.event("late-2019", "2019-41"),
      Self.event("fy", "2018-10", end: "2022-09"),
      Self.event("may-2020", "2020-05"),
      Self.event("since-2019", "2019/.."),
    ]
    let corpus = Corpus(articles: [], events: events, themes: [])
    let index = EventIndex(corpus: corpus)
    func ids(from: PartialDate?, to: PartialDate?) -> [String] {
      index.matches(EventQuery(from: from, to: to), in: corpus).map { corpus.events.id(at: $0) }
    }
    #expect(ids(from: .fixture(2019, 11), to: .fixture(2019, 11)) == ["fy", "since-2019", "late-2019"])
    #expect(ids(from: .fixture(2022, 10), to: nil) == ["since-2019"])
    #expect(ids(from: nil, to: .fixture(2019, 6)) == ["fy", "since-2019"])
    #expect(ids(from: .fixture(2020, 5, 31), to: .fixture(2020, 6)) == ["fy", "since-2019", "may-2020"])
  }

  @Test func theJumpLandsOnTheFirstEventWhoseIntervalReachesTheMonth() {
    let events = [
      Self.event("merida", "2008"),
      Self.event("decade", "2009", end: "2020"),
      Self.event("record-2019", "2019"),
      Self.event("late-2019", "2019-41"),
      Self.event("december", "2019-12-02"),
      Self.event("july-2020", "2020-07"),
    ]
    let corpus = Corpus(articles: [], events: events, themes: [])
    let all = Array(corpus.events.indices)
    func target(_ year: Int, _ month: Int? = nil, among positions: [Int]? = nil) -> String? {
      let positions = positions ?? all
      return corpus.events.firstReaching(PartialDate.fixture(year, month).firstDay, among: positions).map {
        corpus.events.id(at: positions[$0])
      }
    }
    // The decade (2009–2020) reaches June 2019, but it sits under 2009: the jump lands on the
    // first event of 2019 that reaches June, the whole-year record.
    #expect(target(2019, 6) == "record-2019")
    #expect(target(2021) == nil)
    #expect(target(2008) == "merida")
    // No event of 2015: the period that began earlier and covers it is the target.
    #expect(target(2015) == "decade")
    // "late 2019" (July–December) is where September 2019 lands, though it starts before it,
    // once the whole-year record is not shown.
    let laterOnly = all.filter { corpus.events.id(at: $0) != "record-2019" }
    #expect(target(2019, 9, among: laterOnly) == "late-2019")
    #expect(target(2020, 1, among: laterOnly) == "july-2020")
    // The jump and `--from` agree: the target is the first event of the year a window from that
    // date keeps.
    let index = EventIndex(corpus: corpus)
    for month in 1...12 {
      let from = PartialDate.fixture(2019, month)
      let year = PartialDate.fixture(2019)
      let kept = index.matches(EventQuery(from: from), in: corpus).filter {
        corpus.events.earliest(at: $0) >= year.firstDay && corpus.events.earliest(at: $0) <= year.lastDay
      }
      #expect(target(2019, month).map { [$0] } == kept.prefix(1).map { corpus.events.id(at: $0) })
    }
  }
}
