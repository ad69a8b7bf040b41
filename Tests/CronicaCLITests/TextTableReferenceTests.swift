import CronicaUI
import Testing

@testable import CronicaCLI

/// `TextTable` writes each piece's lines straight into one run; these tests hold it to the plain
/// table it replaced (a string per padded line, joined), kept here as the reference.
@Suite("Text tables against the plain layout")
struct TextTableReferenceTests {
  /// Cells that test the layout: empty, spaces at the end, a space after a prepended mark (it
  /// joins the character before: not a space of its own), wide and combining characters, CR,
  /// tabs, controls, invalid-looking escapes, long words.
  static let cellParts = [
    "", " ", "  ", "a", "word", "two words", "trailing ", "é", "e\u{301}", "日本", "👩‍👩‍👧", "\u{600} ", "x\u{600} ",
    "\r", "a\r\nb", "\t", "\u{1B}[2J", "\u{9B}", "\u{202E}", "\u{FEFF}", "K\u{212A}", "long-identifier-that-stays-whole",
    "A title long enough that it has to wrap onto several lines", "-", "2019-07-01",
  ]

  /// Up to three parts, picked by the cell's place (the same rows on every run).
  static func cell(_ place: Int) -> String {
    (0..<(place % 4)).map { cellParts[(place / 4 + $0 * 7) % cellParts.count] }.joined()
  }

  static func rows(count: Int, columns: Int) -> [[String]] {
    (0..<count).map { row in (0..<columns).map { cell(row * 131 + $0 * 17) } }
  }

  @Test(arguments: [(0, 3), (1, 1), (7, 4), (300, 2), (9_000, 4)])
  func unwrappedListingsAndLinesAreThePlainOnes(count: Int, columns: Int) {
    let headers = ["DATE", "KIND", "ID", "TITLE"].prefix(columns).map { $0 }
    let rows = Self.rows(count: count, columns: columns)
    let table = TextTable(headers: headers, rows: rows, keepWhole: [2])
    let lines = Reference.lines(headers: headers, rows: rows)
    #expect(table.render(width: nil) == lines)
    let listing = table.listing(noun: "event", total: count + 5, width: nil)
    let countLine = "\(rows.count) of \(count + 5) event\(count + 5 == 1 ? "" : "s")"
    #expect(listing == (rows.isEmpty ? "" : lines.map { $0 + "\n" }.joined()) + countLine + "\n")
    // The lines that end in a space before they are trimmed: both kinds (trimmed, and a space
    // that is part of a character before it) are reached.
    if rows.count >= 300 {
      let padded = rows.filter { ($0.last ?? "").isEmpty || $0.last?.utf8.last == 0x20 }
      #expect(padded.count > 10)
      #expect(rows.contains { $0.last?.hasSuffix("\u{600} ") == true })
    }
  }

  /// Wrapped, the listing is the rendered lines, each with its newline, then the count.
  @Test(arguments: [8, 20, 40, 80, 150])
  func wrappedListingsAreTheRenderedLines(width: Int) {
    let table = TextTable(headers: ["DATE", "KIND", "ID", "TITLE"], rows: Self.rows(count: 200, columns: 4), keepWhole: [2])
    #expect(table.listing(noun: "event", width: width) == table.render(width: width).map { $0 + "\n" }.joined() + "200 events\n")
  }

  /// The eight-bytes-at-a-time test against the plain one: every length up to 40 with each byte
  /// either side of the printable range (and a high one) at each place.
  @Test func printableASCIIIsTheByteTest() {
    var rejected = 0
    for length in 0...40 {
      for place in 0..<max(length, 1) {
        for odd: UInt8 in [0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC3, 0xFF, 0x0D, 0x09] {
          var bytes = (0..<length).map { UInt8(0x20 + ($0 * 37 + length) % 0x5F) }
          if length > 0 { bytes[place] = odd }
          let plain = bytes.allSatisfy { $0 &- 0x20 < 0x5F }
          let fast = bytes.withUnsafeBufferPointer(TextTable.isPrintableASCII)
          #expect(fast == plain, "\(bytes)")
          if !fast { rejected += 1 }
        }
      }
    }
    #expect(rejected > 1_000)
  }

  /// The plain table, unwrapped: every line made on its own and padded in a string of its own.
  enum Reference {
    static func lines(headers: [String], rows: [[String]]) -> [String] {
      guard !headers.isEmpty else { return [] }
      let all = ([headers] + rows).map { $0.map(DisplayText.sanitizedLine) }
      let widths = headers.indices.map { column in all.map { DisplayText.width(of: $0[column]) }.max() ?? 0 }
      return all.map { pad($0, widths: widths) }
    }

    static func pad(_ cells: [String], widths: [Int]) -> String {
      var text = ""
      for (column, cell) in cells.enumerated() {
        text += cell
        if column < cells.count - 1 {
          text += String(repeating: " ", count: max(0, widths[column] - DisplayText.width(of: cell)) + 2)
        }
      }
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }
}
