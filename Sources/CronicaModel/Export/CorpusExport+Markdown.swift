extension CorpusExport {
  /// The `markdown` format, also `list --format markdown`: events grouped by year, each with its
  /// kind, themes, date and id, its summary, and its quotes as block quotes with their source.
  /// `filterNote` (`filtered by theme Arms trafficking`) says how the events were chosen.
  public static func markdown(corpus: Corpus, events: [Event], filterNote: String? = nil) -> String {
    let articles = articleLookup(corpus)
    var intro = "\(events.count) \(events.count == 1 ? "event" : "events")"
    if let filterNote { intro += " of \(corpus.events.count), " + inline(filterNote) }
    var lines = ["# " + inline(corpus.title ?? "Cronica timeline"), "", intro + ".", ""]
    var year: Int?
    for event in events {
      if event.earliest.year != year {
        year = event.earliest.year
        lines += ["## \(PartialDate.yearLabel(event.earliest.year))", ""]
      }
      lines += ["### \(inline(event.display)): \(inline(event.title))", ""]
      let themes = event.themes.map { key in inline(corpus.theme(key: key)?.label ?? key) }
      lines += [
        "*\(inline(event.kind.rawValue))* · \(themes.joined(separator: ", ")) · `\(code(event.dateText))` · "
          + "`\(code(event.id))`", "",
      ]
      if !event.summary.isEmpty { lines += [inline(event.summary), ""] }
      for citation in event.citations {
        for line in HTMLText.strippingControls(citation.quote).split(separator: "\n", omittingEmptySubsequences: false) {
          lines.append(line.isEmpty ? ">" : "> " + inline(String(line)))
        }
        let article = articles[citation.article]
        let rest = article.map { [$0.outlet, $0.publishedDisplay].filter { !$0.isEmpty } } ?? []
        let title = "*\(inline(article?.title ?? citation.article))*"
        lines += [">", "> — \(([title] + rest.map(inline)).joined(separator: ", ")) (`\(code(citation.article))`)", ""]
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Text safe inside a Markdown line: no control characters, line breaks as spaces, Markdown and
  /// HTML syntax escaped.
  static func inline(_ text: String) -> String {
    var result = ""
    for character in HTMLText.strippingControls(text) {
      if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
      result.append(character == "\n" ? " " : character)
    }
    return result
  }

  /// Text for a code span: no control characters, backticks replaced.
  static func code(_ text: String) -> String {
    String(HTMLText.strippingControls(text).map { $0 == "\n" ? " " : $0 == "`" ? "'" : $0 })
  }
}
