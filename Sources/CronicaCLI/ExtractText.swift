import CronicaModel
import CronicaUI

/// The text rendering of `cronica extract`: the anchor, the expressions, the proposed events.
enum ExtractText {
  static func render(_ report: ExtractionReport, source: String, mode: TemporalMode, width: Int?) -> String {
    var lines = TextBlock.field("Article", source, width: width)
    lines += TextBlock.field("Published", report.published?.edtf ?? "unknown", width: width)
    lines += TextBlock.field("Mode", mode.rawValue, width: width)
    lines += TextBlock.field("Anchor", anchorText(report.anchor), width: width)
    lines.append("")
    let expressions = TextTable(
      headers: ["VALUE", "TYPE", "MOD", "TEXT"],
      rows: report.expressions.map { [$0.value ?? "unresolved", $0.type.rawValue, $0.mod ?? "", $0.text] },
      keepWhole: [0])
    if !report.expressions.isEmpty { lines += expressions.render(width: width) }
    let count = report.expressions.count
    lines.append("\(count) temporal expression\(count == 1 ? "" : "s")")
    lines.append("")
    let events = TextTable(
      headers: ["DATE", "KIND", "ID", "TITLE"],
      rows: report.events.map { [$0.event.display, $0.event.kind.rawValue, $0.event.id, $0.event.title] },
      keepWhole: [2])
    if !report.events.isEmpty { lines += events.render(width: width) }
    let proposed = report.events.count
    lines.append("\(proposed) proposed event\(proposed == 1 ? "" : "s") (extracted, not curated)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The anchor in words.
  static func anchorText(_ anchor: String) -> String {
    switch anchor {
    case "published": return "the publication date"
    case "last-mentioned": return "the last date mentioned (narrative mode)"
    case "none": return "none: no publication date, relative dates stay unresolved"
    default: return anchor
    }
  }
}
