import CronicaTestSupport
import Testing

@testable import CronicaModel

/// The geometry of the picture exports: dates as spans of days, the time axis, label placement.
@Suite struct PictureLayoutTests {
  @Test func calendarDaysCountFromTheEpochForAnyYear() {
    #expect(TemporalCalendar.days(year: 1970, month: 1, day: 1) == 0)
    #expect(TemporalCalendar.days(year: 2000, month: 3, day: 1) == 11_017)
    #expect(TemporalCalendar.days(year: 1969, month: 12, day: 31) == -1)
    for monthIndex in [-13_800_000_000 * 12, -44 * 12 + 2, -1, 0, 11, 12, 2017 * 12 + 4, 99_999_999 * 12 + 11] {
      let first = TemporalCalendar.days(monthIndex: monthIndex)
      #expect(TemporalCalendar.monthIndex(days: first) == monthIndex)
      #expect(TemporalCalendar.monthIndex(days: first - 1) == monthIndex - 1)
    }
  }

  @Test func spansFollowTheEvidence() throws {
    let day = TimelineSpan(start: .fixture(2017, 5, 18), end: nil, display: "May 18, 2017")
    #expect(!day.isInterval && !day.approximate)
    let year = TimelineSpan(start: .fixture(2017), end: nil, display: "2017")
    #expect(year.isInterval && year.approximate)
    #expect(year.latest - year.earliest == 364)
    let period = TimelineSpan(start: .fixture(2018, 10), end: .fixture(2022, 9), display: "FY2019–FY2022")
    #expect(period.isInterval && !period.approximate)
    #expect(period.latest == TemporalCalendar.days(year: 2022, month: 9, day: 30))
    let hedged = TimelineSpan(start: .fixture(2017), end: .fixture(2017, 5), display: "2017, before May 18")
    #expect(hedged.approximate)
    #expect(TimelineSpan(start: .fixture(2019), end: .fixture(2020), display: "from late 2019").approximate)
    #expect(!TimelineSpan(start: .fixture(2019), end: .fixture(2023), display: "every year since 2019").approximate)
    // EDTF: an interval start is some day in it, a qualifier hedges, an open start is drawn from its latest day.
    let late = TimelineSpan(start: .fixture("2019-09/2019-12"), end: nil, display: "Q4")
    #expect(late.approximate && late.earliest == TemporalCalendar.days(year: 2019, month: 9, day: 1))
    #expect(TimelineSpan(start: .fixture("2017-05-18~"), end: nil, display: "May 18").approximate)
    let decade = TimelineSpan(start: .fixture("../2010"), end: .fixture("2020"), display: "a decade")
    #expect(decade.approximate && decade.earliest == TemporalCalendar.days(year: 2010, month: 12, day: 31))
    #expect(decade.latest == TemporalCalendar.days(year: 2020, month: 12, day: 31))
  }

  @Test func shortSpansGetMonthTicksLongOnesYearsAndDeepTimeStaysReadable() {
    let short = TimeAxis(
      earliest: TemporalCalendar.days(year: 2017, month: 5, day: 18),
      latest: TemporalCalendar.days(year: 2017, month: 11, day: 2),
      left: 100, width: 1000)
    #expect(short.stepMonths < 12)
    #expect(short.ticks.first?.label.text == "May 2017")
    let decade = TimeAxis(
      earliest: TemporalCalendar.days(year: 2008, month: 1, day: 1),
      latest: TemporalCalendar.days(year: 2023, month: 12, day: 31),
      left: 100, width: 1000)
    #expect(decade.stepMonths == 12)
    #expect(decade.ticks.map(\.label.text).prefix(3) == ["2008", "2009", "2010"])
    let deep = TimeAxis(
      earliest: TemporalCalendar.days(year: -13_800_000_000, month: 1, day: 1),
      latest: TemporalCalendar.days(year: 2019, month: 5, day: 3), left: 100, width: 1000)
    let spacing = 1000 / Double(deep.ticks.count - 1)
    for tick in deep.ticks { #expect(tick.label.ems * TimeAxis.fontSize + 10 <= spacing) }
    #expect(deep.ticks.first?.label.text.hasSuffix("BCE") == true)
    #expect(deep.x(deep.firstDay) == 100)
    #expect(abs(deep.x(deep.endDay) - 1100) < 0.001)
  }

  /// Many events on one day in one lane: titles fill the title rows, the rest get numbers, and no
  /// two labels (nor a label and a marker or bar) share space in a row.
  @Test func labelsNeverOverlapAndFallBackToNumbers() {
    let axis = TimeAxis(
      earliest: TemporalCalendar.days(year: 2017, month: 1, day: 1),
      latest: TemporalCalendar.days(year: 2017, month: 12, day: 31),
      left: 100, width: 1000)
    let day = TemporalCalendar.days(year: 2017, month: 5, day: 18)
    let spans = (0..<30).map { _ in TimelineSpan(earliest: day, latest: day, approximate: false) }
    let layout = MarkerLayout(
      spans: spans, lanes: spans.map { _ in [0] }, titles: spans.indices.map { "Event number \($0) with a title" },
      laneCount: 1, axis: axis, limit: 1180, titleRows: 4)
    let labels = layout.placements.flatMap { $0 }
    #expect(labels.count == 30)
    #expect(labels.filter { !$0.isNumber }.count == 4)
    #expect(layout.numbered.count == 26)
    #expect(Self.overlaps(labels).isEmpty)
  }

  /// Random spans and titles in several lanes: every event is placed in each of its lanes, inside
  /// the plot, and nothing in a row overlaps.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func randomTimelinesHaveNoOverlaps(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let start = TemporalCalendar.days(year: 2000, month: 1, day: 1)
    let spans = (0..<400).map { _ -> TimelineSpan in
      let earliest = start + Int(random.next() % 8000)
      let length = random.next() % 3 == 0 ? Int(random.next() % 2000) : 0
      return TimelineSpan(earliest: earliest, latest: earliest + length, approximate: random.next() % 2 == 0)
    }
    let lanes = spans.map { _ in
      Array(Set((0..<(1 + Int(random.next() % 3))).map { _ in Int(random.next() % 5) })).sorted()
    }
    let titles = spans.map { _ in String(repeating: "Wide W title 東京 ", count: 1 + Int(random.next() % 6)) }
    let axis = TimeAxis(earliest: start, latest: start + 10_000, left: 200, width: 950)
    let layout = MarkerLayout(
      spans: spans, lanes: lanes, titles: titles, laneCount: 5, axis: axis, limit: 1184, titleRows: 5)
    for (event, placements) in layout.placements.enumerated() {
      #expect(placements.map(\.lane) == lanes[event])
    }
    let all = layout.placements.flatMap { $0 }
    #expect(Self.overlaps(all).isEmpty)
    for placement in all {
      let width = placement.label.ems * MarkerLayout.fontSize
      #expect(placement.labelX >= 200 - MarkerLayout.markerRadius - 40 && placement.labelX + width <= 1184 + 0.001)
    }
  }

  /// Pairs of placements in the same lane and row whose extents (marker, bar, label) intersect.
  static func overlaps(_ placements: [MarkerLayout.Placement]) -> [String] {
    var found: [String] = []
    let groups = Dictionary(grouping: placements) { "\($0.lane)/\($0.row)" }
    for (key, row) in groups {
      let extents = row.map { placement -> ClosedRange<Double> in
        let labelEnd = placement.labelX + placement.label.ems * MarkerLayout.fontSize
        let low = min(placement.x - MarkerLayout.markerRadius, placement.labelX)
        let high = max(placement.barEnd, placement.x + MarkerLayout.markerRadius, labelEnd)
        return low...high
      }.sorted { $0.lowerBound < $1.lowerBound }
      for (a, b) in zip(extents, extents.dropFirst()) where a.upperBound > b.lowerBound {
        found.append("row \(key): \(a) and \(b)")
      }
    }
    return found
  }

  @Test func labelsAreCutWithAnEllipsisAndMeasuredWideForCJK() throws {
    let whole = try #require(LabelText("Ministers agree to build a new shared strategy"))
    let cut = try #require(LabelText("Ministers agree to build a new shared strategy", maxEms: 10))
    #expect(cut.text.hasSuffix("…") && cut.ems <= 10 && cut.ems < whole.ems)
    let cjk = try #require(LabelText("東京"))
    let latin = try #require(LabelText("ab"))
    #expect(cjk.ems > latin.ems * 1.5)
    #expect(LabelText("\u{1B}[31m") == LabelText("[31m"))
    #expect(LabelText("  \n ") == nil)
  }

  @Test func elementIDsAreValidNamesAndUnique() {
    var ids = ElementIDs()
    #expect(ids.unique("merida-initiative-2008") == "merida-initiative-2008")
    #expect(ids.unique("2017 talks <b>") == "e-2017-talks--b-")
    #expect(ids.unique("2017-talks--b-") == "e-2017-talks--b--2")
    #expect(ids.unique("merida-initiative-2008") == "merida-initiative-2008-2")
  }
}
