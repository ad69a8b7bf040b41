import CronicaModel
import CronicaUI
import Foundation

/// The JSON shape of an event: `id, start, end, earliest, latest, order, display, kind, title,
/// summary, themes, citations`, plus `origin` for events that were not curated (`"extracted"`).
/// `start` and `end` are EDTF; `earliest` and `latest` the days they allow (`YYYY-MM-DD`, null
/// for an open end).
struct EventRecord: Encodable {
  var event: Event

  enum CodingKeys: String, CodingKey {
    case id, start, end, earliest, latest, order, display, kind, title, summary, themes, citations, origin
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(event.id, forKey: .id)
    try container.encode(event.start.edtf, forKey: .start)
    try container.encode(event.end?.edtf, forKey: .end)
    try container.encode(event.earliest.iso, forKey: .earliest)
    try container.encode(event.latest.iso, forKey: .latest)
    try container.encodeIfPresent(event.order, forKey: .order)
    try container.encode(event.display, forKey: .display)
    try container.encode(event.kind.rawValue, forKey: .kind)
    try container.encode(event.title, forKey: .title)
    try container.encode(event.summary, forKey: .summary)
    try container.encode(event.themes, forKey: .themes)
    try container.encode(event.citations, forKey: .citations)
    try container.encodeIfPresent(event.origin, forKey: .origin)
  }
}

/// The JSON shape of a theme: `key, label, description, count` (events with the theme).
struct ThemeRecord: Encodable {
  var key: String
  var label: String
  var description: String
  var count: Int
}

/// Pretty, stable JSON text for scripts.
enum JSONText {
  /// `CorpusExport.json` as text, empty containers compact. Characters a terminal could act on
  /// (C1 controls, bidi overrides) are written as `\uXXXX` escapes, which decode to the same strings.
  static func render(_ value: some Encodable) throws(CommandFailure) -> String {
    do {
      return escapeUnsafe(compactEmptyContainers(String(decoding: try CorpusExport.json(value), as: UTF8.self)))
    } catch {
      throw CommandFailure("cannot encode JSON: \(error)", status: 70)
    }
  }

  /// Writes empty arrays and objects as `[]` and `{}`: Foundation prints one as its opening
  /// bracket, a blank line and its closing bracket indented. A JSON string never holds a raw line
  /// feed, so every blank line is such a container, and brackets inside strings are left alone.
  static func compactEmptyContainers(_ json: String) -> String {
    var pieces = json.split(separator: "\n\n", omittingEmptySubsequences: false)
    for index in pieces.indices.dropFirst() {
      pieces[index] = pieces[index].drop { $0 == " " }
    }
    return pieces.joined()
  }

  /// Replaces every scalar that `DisplayText` would not print raw with a JSON `\uXXXX` escape.
  static func escapeUnsafe(_ json: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar != "\n", DisplayText.placeholder(for: scalar) != nil {
        let hex = String(scalar.value, radix: 16, uppercase: false)
        let escape = "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        result.append(contentsOf: escape.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
