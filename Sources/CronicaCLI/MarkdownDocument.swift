import CronicaModel
import CronicaUI

/// A readable Markdown timeline: events grouped by year, quotes as block quotes with their article.
enum MarkdownDocument {
  static func timeline(_ events: [Event], corpus: Corpus, query: EventQuery, marked: Bool) -> String {
    var lines = ["# Cronica timeline", ""]
    var intro = Plural.count(events.count, "event")
    if let filters = describe(query, marked: marked, corpus: corpus) {
      intro += " of \(corpus.events.count), filtered by " + filters
    }
    lines += [intro + ".", ""]
    var year: Int?
    for event in events {
      if event.earliest.year != year {
        year = event.earliest.year
        lines += ["## \(PartialDate.yearLabel(event.earliest.year))", ""]
      }
      lines += ["### \(inline(event.display)): \(inline(event.title))", ""]
      let themes = event.themes.map { key in corpus.theme(key: key)?.label ?? key }
      lines += [
        "*\(inline(event.kind.rawValue))* · \(themes.map(inline).joined(separator: ", ")) · `\(code(event.dateText))` · "
          + "`\(code(event.id))`", "",
      ]
      lines += [inline(event.summary), ""]
      for citation in event.citations {
        let title = corpus.article(id: citation.article)?.title ?? citation.article
        for line in DisplayText.sanitize(citation.quote).split(separator: "\n", omittingEmptySubsequences: false) {
          lines.append(line.isEmpty ? ">" : "> " + inline(String(line)))
        }
        lines += [">", "> — *\(inline(title))* (`\(code(citation.article))`)", ""]
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The filters of a query (and `--marked`) in words, each value passed through `escape` (Markdown
  /// escaping by default); nil when there are none.
  static func describe(
    _ query: EventQuery, marked: Bool, corpus: Corpus, escaping escape: (String) -> String = inline
  ) -> String? {
    var parts: [String] = []
    if !query.themes.isEmpty {
      let labels = corpus.themes.filter { query.themes.contains($0.key) }.map(\.label)
      parts.append("theme " + labels.map(escape).joined(separator: " or "))
    }
    if !query.kinds.isEmpty {
      parts.append("kind " + query.kinds.sorted().map { escape($0.rawValue) }.joined(separator: " or "))
    }
    if let from = query.from { parts.append("from \(from)") }
    if let to = query.to { parts.append("to \(to)") }
    if !query.search.isEmpty { parts.append("search \u{201C}\(escape(query.search))\u{201D}") }
    if marked { parts.append("marked") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// One line of data as Markdown text: sanitized, with Markdown and HTML syntax escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in DisplayText.sanitizedLine(text) {
      if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Text for a code span: sanitized, backticks replaced.
  static func code(_ text: String) -> String {
    DisplayText.sanitizedLine(text).replacingOccurrences(of: "`", with: "'")
  }
}
