import CronicaModel
import CronicaUI

/// `cronica build --format text`: the built chronology as a table to read.
enum BuildText {
  /// Columns `DATE KIND CONF SOURCES TITLE`, then a count.
  static func render(_ events: [Event], width: Int?) -> String {
    let rows = events.map { event in
      [
        event.display, event.kind.rawValue, event.confidence.map(String.init) ?? "-",
        String(Set(event.citations.map(\.article)).count), (event.origin == nil ? "" : "◇ ") + event.title,
      ]
    }
    let table = TextTable(headers: ["DATE", "KIND", "CONF", "SOURCES", "TITLE"], rows: rows)
    let noun = events.count == 1 ? "event" : "events"
    return (table.render(width: width) + ["\(events.count) \(noun)"]).joined(separator: "\n") + "\n"
  }
}
