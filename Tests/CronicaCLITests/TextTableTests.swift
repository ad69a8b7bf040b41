import CronicaUI
import Testing

@testable import CronicaCLI

@Suite("Text tables")
struct TextTableTests {
  let table = TextTable(
    headers: ["DATE", "ID", "TITLE"],
    rows: [
      ["the first half of the fiscal year 2019 to 2020", "a-very-long-event-identifier-that-stays-whole", "Short"],
      ["2008", "x", "A title long enough that it has to wrap onto several lines at narrow widths"],
    ],
    keepWhole: [1])

  @Test func unwrappedWithoutAWidth() {
    let lines = table.render(width: nil)
    #expect(lines.count == 3)
    #expect(lines[1].contains("the first half of the fiscal year 2019 to 2020"))
    #expect(lines[2].hasSuffix("narrow widths"))
  }

  @Test func wrapsWrappableColumnsAndKeepsIdsWhole() {
    let lines = table.render(width: 150)
    #expect(lines.allSatisfy { DisplayText.width(of: $0) <= 150 })
    #expect(lines[1].contains("a-very-long-event-identifier-that-stays-whole"))
    #expect(lines[1].hasPrefix("the first half of the"))
    #expect(lines[2].hasPrefix("year 2019 to 2020") || lines[2].hasPrefix("fiscal year 2019"))
    // Nothing is lost and no word is broken: every word of every cell is whole in the output.
    let words = Set(lines.joined(separator: " ").split(separator: " "))
    for row in table.rows {
      for word in row.joined(separator: " ").split(separator: " ") { #expect(words.contains(word)) }
    }
  }

  /// `list` at 80 columns: words are never broken ("publicati/on") and titles keep half the width,
  /// in a table or, when the other columns cannot leave that, stacked.
  @Test(arguments: [60, 80, 100, 120, 150])
  func wordsStayWholeAndTitlesKeepHalfTheWidth(width: Int) throws {
    let table = TextTable(
      headers: ["DATE", "KIND", "ID", "TITLE"],
      rows: [
        ["2017, before May 18", "publication", "extracted-2017-published", "Wayne urges a new U.S.–Mexico agreement on fentanyl, arms, money and precursors"],
        ["more than a decade, to 2020", "statistic", "decade-2010-2020", "A decade of deaths"],
      ], keepWhole: [2])
    let lines = table.render(width: width)
    #expect(lines.allSatisfy { DisplayText.width(of: $0) <= width })
    let words = Set(lines.joined(separator: " ").split(separator: " "))
    for row in table.rows + [table.headers] {
      for word in row.joined(separator: " ").split(separator: " ") { #expect(words.contains(word), "\(width): \(word)") }
    }
    let header = try #require(lines.first)
    if let title = header.range(of: "TITLE"), header.hasPrefix("DATE ") && !header.contains("·") {
      #expect(width - header.distance(from: header.startIndex, to: title.lowerBound) >= width / 2, "\(header)")
    } else {
      #expect(lines[1] == "    TITLE", "\(lines)")  // stacked
    }
  }

  @Test func wrappedTitleLinesAreIndentedUnderTheLastColumn() throws {
    let lines = table.render(width: 110)
    let titleColumn = try #require(lines[0].range(of: "TITLE")).lowerBound
    let indent = lines[0].distance(from: lines[0].startIndex, to: titleColumn)
    let second = try #require(lines.firstIndex { $0.hasPrefix("2008") })
    #expect(lines.count > second + 1)
    for line in lines[(second + 1)...] {
      #expect(line.prefix(indent).allSatisfy { $0 == " " })
      #expect(DisplayText.width(of: line) <= 110)
    }
  }

  @Test func stacksWhenTooNarrowAndNeverExceedsTheWidth() {
    for width in [8, 20, 40] {
      let lines = table.render(width: width)
      #expect(lines.allSatisfy { DisplayText.width(of: $0) <= width }, "\(width)")
      if width >= 20 { #expect(lines.contains { $0.contains("    A title") }, "\(width)") }
    }
  }

  @Test func controlCharactersInCellsAreMadeVisible() {
    let hostile = TextTable(headers: ["A", "B"], rows: [["x\u{1B}[2J", "y\u{9B}31m\u{202E}z\ttab"]])
    for width in [nil, 40] as [Int?] {
      let text = hostile.render(width: width).joined(separator: "\n")
      #expect(CLIHarness.unsafeScalars(in: text).isEmpty)
      #expect(text.contains("x\u{241B}[2J"))
    }
  }

  /// `sources`, `themes` and `list`: the table, or nothing when it is empty, then the count.
  @Test func listingEndsWithItsCount() {
    #expect(TextTable(headers: ["ID"], rows: []).listing(noun: "source", width: nil) == "0 sources\n")
    let one = TextTable(headers: ["ID"], rows: [["a"]])
    #expect(one.listing(noun: "theme", width: 80) == (one.render(width: 80) + ["1 theme"]).joined(separator: "\n") + "\n")
    let filtered = table.listing(noun: "event", total: 30, width: nil)
    #expect(filtered.hasPrefix(table.render(width: nil).joined(separator: "\n") + "\n"))
    #expect(filtered.hasSuffix("\n2 of 30 events\n"))
    #expect(TextTable(headers: ["ID"], rows: []).listing(noun: "event", total: 1, width: nil) == "0 of 1 event\n")
  }

  /// A table long enough to be measured and padded on several cores: its lines are those of
  /// each row padded to the widest cell of its column anywhere in the table, in row order.
  @Test func longTablesAreRenderedInRowOrderWithWholeTableWidths() {
    let rows = (0..<20_000).map { row in
      [String(repeating: "d", count: row % 7 + (row == 15_000 ? 30 : 1)), "id-\(row)", "title \(row)\u{1B}"]
    }
    let lines = TextTable(headers: ["DATE", "ID", "TITLE"], rows: rows).render(width: nil)
    #expect(lines.count == rows.count + 1)
    #expect(lines[0] == "DATE" + String(repeating: " ", count: 34) + "ID" + String(repeating: " ", count: 8) + "TITLE")
    for row in [0, 4_095, 4_096, 9_999, 15_000, 19_999] {
      let date = rows[row][0]
      let id = "id-\(row)"
      let expected = date + String(repeating: " ", count: 38 - date.count) + id + String(repeating: " ", count: 10 - id.count)
        + "title \(row)"
      #expect(lines[row + 1].hasPrefix(expected), "row \(row): \(lines[row + 1])")
    }
  }

  /// A long listing is joined on several cores: every line of the table in row order, each with
  /// its newline, then the count; cells are padded by display width (not bytes), and a row whose
  /// last cells are empty has no trailing spaces.
  @Test func aLongListingIsEveryLineInOrderThenTheCount() {
    let rows = (0..<12_000).map { row in
      ["d\(row % 10)", row % 5 == 0 ? "" : "é\(row)", row % 3 == 0 ? "" : "t \(row)"]
    }
    let listing = TextTable(headers: ["D", "ID", "T"], rows: rows).listing(noun: "event", total: 20_000, width: nil)
    let lines = listing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == rows.count + 3)
    #expect(lines[0] == "D   ID      T")
    #expect(lines[rows.count + 1] == "12000 of 20000 events")
    #expect(lines.last == "")
    for row in rows.indices {
      let cells = rows[row]
      var expected = cells[0] + String(repeating: " ", count: 4 - cells[0].count) + cells[1]
        + String(repeating: " ", count: 8 - cells[1].count) + cells[2]
      while expected.hasSuffix(" ") { expected.removeLast() }
      if lines[row + 1] != expected {
        Issue.record("row \(row): \(lines[row + 1].debugDescription), expected \(expected.debugDescription)")
        break
      }
    }
  }
}
