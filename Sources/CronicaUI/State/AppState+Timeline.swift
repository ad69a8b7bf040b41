import Algorithms
import CronicaModel
import Foundation

/// One row of the timeline list: a year heading or an event.
public enum TimelineRow: Hashable, Sendable {
  case heading(year: Int)
  /// An event, as an index into `AppState.filtered`.
  case event(index: Int)
}

extension AppState {
  /// The number of rows of the timeline list (events plus year headings).
  public var timelineRowCount: Int { filtered.count + (showsYearHeadings ? yearStarts.count : 0) }

  /// Whether the list has year headings: not when most years hold one event (a TimelineJS
  /// timeline of one slide a year), where they would double the list and say what the date
  /// column says.
  public var showsYearHeadings: Bool { library.yearHeadings }

  /// The list row of a filtered index.
  public func row(ofFiltered index: Int) -> Int {
    guard showsYearHeadings else { return index }
    // Headings at or before this index each add one row.
    return index + yearStartIndex(containing: index) + 1
  }

  /// What is shown on a list row, or nil past the end.
  public func timelineRow(_ row: Int) -> TimelineRow? {
    guard row >= 0, row < timelineRowCount else { return nil }
    guard showsYearHeadings else { return .event(index: row) }
    // The last heading whose row is at or before `row`; heading k sits at yearStarts[k].index + k.
    let heading = yearStarts.indices.partitioningIndex { yearStarts[$0].index + $0 > row } - 1
    guard heading >= 0 else { return nil }
    if yearStarts[heading].index + heading == row { return .heading(year: yearStarts[heading].year) }
    return .event(index: row - heading - 1)
  }

  var listHeight: Int { layout.list.height }

  /// Moves the selection and keeps it on screen; year jumps land the year's heading on top.
  mutating func moveSelection(_ movement: Movement) {
    guard !filtered.isEmpty else { return }
    let page = max(1, listHeight - 1)
    let last = filtered.count - 1
    var landing = false
    switch movement {
    case .lineDown: selection += 1
    case .lineUp: selection -= 1
    case .pageDown: selection += page
    case .pageUp: selection -= page
    case .halfPageDown: selection += max(1, page / 2)
    case .halfPageUp: selection -= max(1, page / 2)
    case .top: selection = 0
    case .bottom: selection = last
    case .nextYear:
      landing = true
      let current = yearStartIndex(containing: selection)
      if current + 1 < yearStarts.count {
        selection = yearStarts[current + 1].index
      } else {
        message = Message(text: "no later year", isError: false)
      }
    case .previousYear:
      landing = true
      let current = yearStartIndex(containing: selection)
      if current >= 0, yearStarts[current].index < selection {
        selection = yearStarts[current].index
      } else if current > 0 {
        selection = yearStarts[current - 1].index
      } else {
        message = Message(text: "no earlier year", isError: false)
      }
    }
    selection = min(max(selection, 0), last)
    anchor = selectedEvent
    selectionChanged(landing: landing)
  }

  /// The position in `yearStarts` of the year holding a filtered index (-1 when none).
  func yearStartIndex(containing index: Int) -> Int {
    yearStarts.partitioningIndex { $0.index > index } - 1
  }

  /// Resets what follows the selection and scrolls the list so the selection is visible.
  mutating func selectionChanged(landing: Bool = false) {
    detailScroll = 0
    scrollListToSelection(landing: landing)
  }

  /// Scrolls the list so the selected row (and its year heading, when it is the year's first) shows.
  ///
  /// `landing` is for jumps (years, dates, search hits, coming back from the reader): the target
  /// goes near the top, under its year's heading when that is close, as less, lnav and tig put
  /// a jump's target on the first lines; otherwise the list scrolls as little as it can.
  mutating func scrollListToSelection(landing: Bool = false) {
    let height = listHeight
    let total = timelineRowCount
    guard height > 0, total > 0 else {
      listScroll = 0
      return
    }
    let row = row(ofFiltered: selection)
    if landing {
      var heading = row
      if showsYearHeadings, let start = yearStarts[safe: yearStartIndex(containing: selection)] {
        heading = self.row(ofFiltered: start.index) - 1
      }
      listScroll = row - heading <= max(1, height / 3) ? heading : row - 1
    } else {
      var top = row
      if case .heading = timelineRow(row - 1) { top = row - 1 }
      if top < listScroll { listScroll = top }
      if row >= listScroll + height { listScroll = row - height + 1 }
    }
    listScroll = min(max(listScroll, 0), max(0, total - height))
  }

  /// Selects the first shown event on or after a date (`2015` or `2015-06`); false when the text is no date.
  mutating func jump(to text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let date = try? PartialDate(parsing: trimmed), date.day == nil else { return false }
    select(onOrAfter: date, named: trimmed)
    return true
  }

  /// Selects the first shown event whose interval reaches a date (`EventList.firstReaching`;
  /// the last one when none does).
  mutating func select(onOrAfter date: PartialDate, named name: String) {
    guard !filtered.isEmpty else {
      message = Message(text: "no events to jump to", isError: true)
      return
    }
    let low = library.corpus.events.firstReaching(date.firstDay, among: filtered) ?? filtered.count
    if low >= filtered.count {
      message = Message(text: "no shown event reaches \(name); went to the last event", isError: false)
    }
    choose(filtered[min(low, filtered.count - 1)], landing: true)
  }
}

extension Array {
  /// The element at an index, or nil outside the array.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
