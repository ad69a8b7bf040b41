import CronicaCLI
import CronicaUI
import Foundation
import Testing

/// Runs `cronica` in-process on fixture corpora and inspects the result.
enum CLIHarness {
  /// The folder of fixture corpora next to this file.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The path of a fixture corpus (`valid`, `broken`, `no-events`).
  static func corpus(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  /// Runs a command line with an explicit environment, as if stdout were (or were not) a terminal.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], terminal: Bool = false, width: Int? = nil
  ) -> CommandOutcome {
    CronicaCommand.execute(
      arguments, in: CommandContext(environment: environment, stdoutIsTerminal: terminal, width: width))
  }

  /// Runs a command line against the valid fixture corpus.
  static func runValid(_ arguments: [String], terminal: Bool = false, width: Int? = nil) -> CommandOutcome {
    run(arguments + ["--corpus", corpus("valid")], terminal: terminal, width: width)
  }

  /// The scalars a terminal could act on: C0 (except newline), DEL, C1, bidi controls.
  static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      scalar != "\n" && DisplayText.placeholder(for: scalar) != nil
    }
  }

  /// Decodes JSON output into Foundation objects.
  static func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }

  /// The event ids of a `list --format json` output, in order.
  static func ids(_ outcome: CommandOutcome) throws -> [String] {
    let array = try #require(try json(outcome.stdout) as? [[String: Any]])
    return array.compactMap { $0["id"] as? String }
  }
}

/// A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
enum CSVReader {
  /// Parses a CSV document into records; throws on malformed quoting.
  static func parse(_ text: String) throws -> [[String]] {
    struct Malformed: Error { var at: Int }
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var fieldStarted = false
    let characters = Array(text.unicodeScalars)
    var index = 0
    while index < characters.count {
      let c = characters[index]
      if quoted {
        if c == "\"" {
          if index + 1 < characters.count, characters[index + 1] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        guard !fieldStarted, field.isEmpty else { throw Malformed(at: index) }
        quoted = true
        fieldStarted = true
      } else if c == "," {
        record.append(field)
        field = ""
        fieldStarted = false
      } else if c == "\r" {
        guard index + 1 < characters.count, characters[index + 1] == "\n" else { throw Malformed(at: index) }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        fieldStarted = false
        index += 1
      } else if c == "\n" {
        throw Malformed(at: index)  // a bare LF outside quotes is not a record end in RFC 4180
      } else {
        field.unicodeScalars.append(c)
        fieldStarted = true
      }
      index += 1
    }
    if quoted { throw Malformed(at: index) }
    if fieldStarted || !record.isEmpty || !field.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
