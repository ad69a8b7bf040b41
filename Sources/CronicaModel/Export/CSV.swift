public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
  public var position: TextPosition
  public var message: String

  /// `line 4, column 9: …`
  public var description: String { "\(position): \(message)" }
}

/// RFC 4180 comma-separated values: reading (quoted fields, doubled quotes, CRLF or LF, line
/// breaks inside quotes) and writing.
public enum CSV {
  public struct Row: Hashable, Sendable {
    /// The 1-based line where the record begins.
    public var line: Int
    public var fields: [String]
  }

  /// Parses CSV text into rows. A byte-order mark is skipped; a stray quote inside an unquoted
  /// field is kept as text, as spreadsheets do; an unterminated quoted field is an error.
  public static func parse(_ text: String) throws(CSVError) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var column = 1
    var rowLine = 1
    var quoted = false
    var afterQuote = false
    var quoteStart = TextPosition(line: 1, column: 1)
    var scalars = text.unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var iterator = scalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
    }
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.append("\"")
            pending = iterator.next()
            column += 1
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.append(scalar)
          if scalar == "\n" {
            line += 1
            column = 0
          }
        }
        column += 1
        continue
      }
      switch scalar {
      case ",":
        fields.append(String(field))
        field = String.UnicodeScalarView()
        afterQuote = false
      case "\r" where pending == "\n":
        break
      case "\n", "\r":
        endRow()
        afterQuote = false
        line += 1
        column = 0
        rowLine = line
      case "\"" where field.isEmpty && !afterQuote:
        quoted = true
        quoteStart = TextPosition(line: line, column: column)
      default:
        if afterQuote {
          throw CSVError(
            position: TextPosition(line: line, column: column),
            message: "text after a closing quote; a quote inside a quoted field must be doubled (\"\")")
        }
        field.append(scalar)
      }
      column += 1
    }
    if quoted { throw CSVError(position: quoteStart, message: "this quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }

  /// Writes rows as RFC 4180 CSV with CRLF line ends, quoting fields that need it.
  public static func encode(_ rows: [[String]]) -> String {
    var result = ""
    for row in rows {
      result += row.map(quote).joined(separator: ",")
      result += "\r\n"
    }
    return result
  }

  /// A field, quoted when it holds a comma, quote, line break or edge spaces.
  public static func quote(_ field: String) -> String {
    let needsQuotes =
      field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Protects a cell from spreadsheet formula injection: text starting with `=`, `+`, `-` or
  /// `@` (or a tab or carriage return) gets a leading `'`.
  public static func defused(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
    return "'" + cell
  }
}
