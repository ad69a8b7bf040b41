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

  @Test func truncatesOnlyTruncatableColumnsAndWrapsTheLast() {
    let lines = table.render(width: 120)
    #expect(lines.allSatisfy { DisplayText.width(of: $0) <= 120 })
    #expect(lines[1].contains("a-very-long-event-identifier-that-stays-whole"))
    #expect(lines[1].contains("…"))
    #expect(!lines[1].contains("2019 to 2020"))
  }

  @Test func wrappedContinuationLinesAreIndentedUnderTheLastColumn() throws {
    let lines = table.render(width: 100)
    let titleColumn = try #require(lines[0].range(of: "TITLE")).lowerBound
    let indent = lines[0].distance(from: lines[0].startIndex, to: titleColumn)
    #expect(lines.count > 3)
    for line in lines.dropFirst(3) {
      #expect(line.prefix(indent).allSatisfy { $0 == " " })
      #expect(DisplayText.width(of: line) <= 100)
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
}
