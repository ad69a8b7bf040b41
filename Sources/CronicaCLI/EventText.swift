import CronicaModel
import CronicaUI

enum EventText {
  /// The aligned `DATE KIND ID TITLE` table of the events at `positions` and a count line.
  static func table(_ positions: [Int], of events: EventList, width: Int?) -> String {
    // The four fields of each event are read without building whole events, on all cores (a
    // listing of 100k events).
    let ranges = Parallel.ranges(of: positions.count, minimum: 4_096)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      ranges[piece].map { index in
        let headline = events.headline(at: positions[index])
        return [headline.display, headline.kind.rawValue, headline.id, headline.title]
      }
    }
    // Moved, not copied, into one array on all cores: a copy retains each row and freeing the
    // runs releases it again.
    let rows = Parallel.joined(consume pieces)
    // The rows (four strings for each of 100k events) are moved into the table, which frees them
    // on all cores.
    return TextTable(headers: ["DATE", "KIND", "ID", "TITLE"], rows: consume rows, keepWhole: [2])
      .listing(noun: "event", total: events.count, width: width)
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
