import CronicaUI

/// Aligned text columns whose last column wraps to the terminal width.
///
/// Every cell is sanitized to one line first, so nothing from the data can move the cursor or
/// change the terminal. Without a width the table is printed unwrapped and untruncated.
struct TextTable {
  /// Column titles, printed first.
  var headers: [String]
  /// The rows; each has as many cells as there are headers.
  var rows: [[String]]
  /// The narrowest the last column may be before the table switches to a stacked layout.
  var minimumLastWidth = 16
  /// Columns (other than the last) are truncated to at most this many columns when wrapping.
  var maximumColumnWidth = 32
  /// Columns that are never truncated (ids people type back in).
  var keepWhole: Set<Int> = []

  /// The table as lines: header, then rows. `width` nil means no wrapping or truncation.
  func render(width: Int?) -> [String] {
    let all = ([headers] + rows).map { $0.map { DisplayText.sanitizedLine($0) } }
    guard let last = headers.indices.last else { return [] }
    var widths = headers.indices.map { column in all.map { DisplayText.width(of: $0[column]) }.max() ?? 0 }
    guard let width else {
      return all.map { line($0, widths: widths, lastWidth: nil) }
    }
    for column in 0..<last where !keepWhole.contains(column) {
      widths[column] = min(widths[column], maximumColumnWidth)
    }
    let prefix = widths[0..<last].reduce(0) { $0 + $1 + 2 }
    let lastWidth = width - prefix
    if lastWidth >= minimumLastWidth {
      return all.flatMap { cells -> [String] in
        let wrapped = DisplayText.wrap(cells[last], width: lastWidth)
        let first = line(Array(cells[0..<last]) + [wrapped[0]], widths: widths, lastWidth: lastWidth)
        let indent = String(repeating: " ", count: prefix)
        return [first] + wrapped.dropFirst().map { indent + $0 }
      }
    }
    // Stacked: the leading cells wrapped on their own lines, the last cell wrapped below, indented.
    return all.flatMap { cells -> [String] in
      let head = DisplayText.wrap(cells[0..<last].filter { !$0.isEmpty }.joined(separator: "  "), width: width)
      let body = DisplayText.wrap(cells[last], width: max(1, width - 4)).map { "    " + $0 }
      return head + body
    }
  }

  /// One line with cells padded to their widths (the last cell is not padded).
  private func line(_ cells: [String], widths: [Int], lastWidth: Int?) -> String {
    var text = ""
    for (column, cell) in cells.enumerated() {
      if column == cells.count - 1 {
        text += cell
      } else {
        let fitted = lastWidth == nil ? cell : DisplayText.truncate(cell, to: widths[column])
        text += fitted + String(repeating: " ", count: max(0, widths[column] - DisplayText.width(of: fitted))) + "  "
      }
    }
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}

/// Wrapping helpers for prose output (`show`, `read`).
enum TextBlock {
  /// Sanitized text, wrapped to `width` with an indent when a width is given, else indented lines.
  static func lines(_ text: String, width: Int?, indent: Int = 0) -> [String] {
    let pad = String(repeating: " ", count: indent)
    guard let width else {
      return DisplayText.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.isEmpty ? "" : pad + $0
      }
    }
    return DisplayText.wrap(text, width: max(10, width - indent)).map { $0.isEmpty ? "" : pad + $0 }
  }

  /// `Label:  value` lines with the value wrapped under itself.
  static func field(_ label: String, _ value: String, width: Int?, labelWidth: Int = 12) -> [String] {
    let head = label + ":" + String(repeating: " ", count: max(1, labelWidth - label.count - 1))
    let body = lines(DisplayText.sanitizedLine(value), width: width.map { $0 }, indent: labelWidth)
    guard let first = body.first else { return [head] }
    return [head + first.dropFirst(labelWidth)] + body.dropFirst()
  }
}
