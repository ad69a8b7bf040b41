import CronicaModel
import CronicaUI

enum EventText {
  /// The aligned `DATE KIND ID TITLE` table and a count line.
  static func table(_ events: [EventHeadline], total: Int, width: Int?) -> String {
    let table = TextTable(
      headers: ["DATE", "KIND", "ID", "TITLE"],
      rows: events.map { [$0.display, $0.kind.rawValue, $0.id, $0.title] }, keepWhole: [2])
    return table.listing(noun: "event", total: total, width: width)
  }

  /// An event's dates for `show`: the EDTF text, and the days it allows unless it names one day
  /// (`2019-41; 2019-07-01 to 2019-12-31`).
  static func period(_ event: Event) -> String {
    let text = event.dateText
    if event.earliest == event.latest { return text }
    let from = event.earliest.iso ?? ".."
    let to = event.latest.iso ?? ".."
    return "\(text); \(from) to \(to)"
  }

  /// One event in full for `show`: fields, summary, then every citation with its article title.
  static func detail(_ event: Event, corpus: Corpus, width: Int?) -> String {
    var lines = TextBlock.lines(DisplayText.sanitizedLine(event.title), width: width)
    lines += TextBlock.field("ID", event.id, width: width)
    lines += TextBlock.field("Date", "\(event.display) (\(Self.period(event)))", width: width)
    if let basis = event.dateBasis { lines += TextBlock.field("Date basis", basis, width: width) }
    lines += TextBlock.field("Kind", event.kind.rawValue, width: width)
    let themes = event.themes.map { key in corpus.theme(key: key).map { "\($0.label) (\(key))" } ?? key }
    lines += TextBlock.field("Themes", themes.joined(separator: ", "), width: width)
    lines.append("")
    lines += TextBlock.lines(event.summary, width: width)
    lines.append("")
    lines.append(event.citations.count == 1 ? "Citation:" : "Citations:")
    for (number, citation) in event.citations.enumerated() {
      let title = corpus.article(id: citation.article)?.title ?? citation.article
      lines += TextBlock.lines("[\(number + 1)] \(title) (\(citation.article))", width: width, indent: 2)
      lines += TextBlock.lines("\u{201C}\(citation.quote)\u{201D}", width: width, indent: 6)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
