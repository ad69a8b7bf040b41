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
    #expect(table.render(width: nil).map { Array($0.utf8) } == lines.map { Array($0.utf8) })
    let listing = table.listing(noun: "event", total: count + 5, width: nil)
    let countLine = "\(rows.count) of \(count + 5) event\(count + 5 == 1 ? "" : "s")"
    let expected = (rows.isEmpty ? "" : lines.map { $0 + "\n" }.joined()) + countLine + "\n"
    #expect(Array(listing.utf8) == Array(expected.utf8))
    // The lines that end in a space before they are trimmed: both kinds (trimmed, and a space
    // that is part of a character before it) are reached.
    if rows.count >= 300 {
      let padded = rows.filter { ($0.last ?? "").isEmpty || $0.last?.utf8.last == 0x20 }
      #expect(padded.count > 10)
      #expect(rows.contains { $0.last?.hasSuffix("\u{600} ") == true })
    }
  }

  /// Wrapped (and stacked, at the narrow widths), the lines are the plain layout's, and the
  /// listing is those lines, each with its newline, then the count.
  @Test(arguments: [8, 12, 20, 30, 40, 60, 80, 110, 150])
  func wrappedListingsAreThePlainOnes(width: Int) {
    for columns in 1...4 {
      let headers = ["DATE", "KIND", "ID", "TITLE"].prefix(columns).map { $0 }
      let rows = Self.rows(count: 200, columns: columns)
      let table = TextTable(headers: headers, rows: rows, keepWhole: [2])
      let lines = Reference.wrapped(headers: headers, rows: rows, width: width, keepWhole: [2])
      #expect(table.render(width: width).map { Array($0.utf8) } == lines.map { Array($0.utf8) }, "\(columns) columns")
      let expected = lines.map { $0 + "\n" }.joined() + "200 events\n"
      #expect(Array(table.listing(noun: "event", width: width).utf8) == Array(expected.utf8))
    }
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

  /// The plain table: every line made on its own and padded in a string of its own.
  enum Reference {
    static func lines(headers: [String], rows: [[String]]) -> [String] {
      guard !headers.isEmpty else { return [] }
      let all = ([headers] + rows).map { $0.map(DisplayText.sanitizedLine) }
      let widths = headers.indices.map { column in all.map { DisplayText.width(of: $0[column]) }.max() ?? 0 }
      return all.map { pad($0, widths: widths) }
    }

    /// Main's wrapped layout (3113ae5), on one core: columns wrapped between words within their
    /// widths, the last taking the rest, or each row stacked when the last would be too narrow.
    static func wrapped(
      headers: [String], rows: [[String]], width: Int, keepWhole: Set<Int>, minimumLastWidth: Int = 20,
      maximumColumnWidth: Int = 32
    ) -> [String] {
      guard let last = headers.indices.last else { return [] }
      let all = ([headers] + rows).map { $0.map(DisplayText.sanitizedLine) }
      var widths = headers.indices.map { column in all.map { DisplayText.width(of: $0[column]) }.max() ?? 0 }
      let floors = headers.indices.map { column in
        all.lazy.map { cells in
          cells[column].split(separator: " ").map { DisplayText.width(of: String($0)) }.max() ?? 0
        }.max() ?? 0
      }
      for column in 0..<last where !keepWhole.contains(column) {
        widths[column] = max(floors[column], min(widths[column], maximumColumnWidth))
      }
      let lastMinimum = max(minimumLastWidth, min(width / 2, widths[last]))
      while width - widths[0..<last].reduce(0, { $0 + $1 + 2 }) < lastMinimum {
        let candidates = (0..<last).filter { !keepWhole.contains($0) && widths[$0] > floors[$0] }
        guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
        widths[widest] -= 1
      }
      let lastWidth = width - widths[0..<last].reduce(0) { $0 + $1 + 2 }
      if lastWidth >= lastMinimum {
        widths[last] = lastWidth
        return all.flatMap { cells -> [String] in
          let columns = cells.enumerated().map { column, cell in
            keepWhole.contains(column) ? [cell] : DisplayText.wrap(cell, width: widths[column])
          }
          let height = columns.map(\.count).max() ?? 1
          return (0..<height).map { row in pad(columns.map { row < $0.count ? $0[row] : "" }, widths: widths) }
        }
      }
      return all.flatMap { cells -> [String] in
        let head = DisplayText.wrap(cells[0..<last].filter { !$0.isEmpty }.joined(separator: " · "), width: width)
        let body = DisplayText.wrap(cells[last], width: max(1, width - 4)).map { "    " + $0 }
        return head + body
      }
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
