import CronicaUI

/// RFC 4180 CSV: fields quoted when they hold `,` `"` CR or LF, quotes doubled, CRLF line ends.
///
/// Cells starting with `=`, `+`, `-` or `@` get a leading `'` so spreadsheets do not run them
/// as formulas, and control characters from the data are made visible first.
enum CSVText {
  /// The whole document: a header record, then one record per row, each ending in CRLF.
  static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  /// One record with its CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One escaped field.
  static func field(_ raw: String) -> String {
    var value = DisplayText.sanitize(raw, keepNewlines: true)
    if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
      value = "'" + value
    }
    let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
