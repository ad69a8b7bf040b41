import CronicaModel
import CronicaTestSupport
import CronicaUI
import Foundation

/// Checks that text and rendered cells hold nothing a terminal could act on.
enum SafeOutput {
  /// Scalars a terminal could act on (C0 except newline, DEL, C1, bidi controls); with `crlf`,
  /// a CR right before LF (CSV record ends) is allowed.
  static func unsafeScalars(in text: String, crlf: Bool = false) -> [Unicode.Scalar] {
    let scalars = Array(text.unicodeScalars)
    var found: [Unicode.Scalar] = []
    for (index, scalar) in scalars.enumerated() where scalar != "\n" {
      if crlf, scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
      if DisplayText.placeholder(for: scalar) != nil { found.append(scalar) }
    }
    return found
  }

  /// Key scripts reaching every view: timeline, detail, reader, themes, search, help, sources.
  static let scenes = ["", "jj", "<Enter>", "<Enter>2", "2", "tj<Space>", "/a", "?", "sj", "sj<Enter>", "G"]
  /// Terminal sizes the renderer is checked at, down to one that is too small.
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 24, height: 8)]

  /// Renders `corpus` in every scene and size; returns a description of every unsafe cell.
  static func renderProblems(_ corpus: Corpus) -> [String] {
    var problems: [String] = []
    for size in sizes {
      for keys in scenes {
        var browser = Browser(corpus: corpus, size: size)
        browser.press(keys)
        let grid = browser.render()
        for (index, cell) in grid.cells.enumerated() {
          let bad = cell.symbol.unicodeScalars.filter { DisplayText.placeholder(for: $0) != nil || $0 == "\n" }
          if !bad.isEmpty {
            problems.append("\(size) '\(keys)' cell \(index): \(bad.map { String($0.value, radix: 16) })")
          }
        }
      }
    }
    return problems
  }

  /// Parses RFC 4180 CSV (quoted fields, doubled quotes) into records of fields.
  static func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var iterator = scalars.makeIterator()
    var pending = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        record.append(field)
        field = ""
      } else if scalar == "\n" || scalar == "\r" {
        if scalar == "\r", pending == "\n" { pending = iterator.next() }
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }

  /// CSV cells a spreadsheet would run as a formula.
  static func formulaCells(in csv: String) -> [String] {
    csvRecords(csv).flatMap { $0 }.filter { cell in
      guard let first = cell.unicodeScalars.first else { return false }
      return "=+-@".unicodeScalars.contains(first)
    }
  }
}
