extension Corpus {
  /// Checks the corpus for errors that must stop a load: duplicate ids, unknown articles and
  /// themes, quotes that are not verbatim in the cleaned text, ends before starts, empty fields.
  ///
  /// Quotes are checked by UTF-8 byte search (each distinct quote once per article); "verbatim"
  /// means the same bytes, on character boundaries (see `String.containsVerbatim`).
  ///
  /// - Parameters:
  ///   - fileEvents: the events in file order, so that locations (`events[12]`) match the file.
  ///   - fileIndices: each event's position in the file when some events failed to decode.
  public func validate(fileEvents: [Event]? = nil, fileIndices: [Int]? = nil) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    var seenArticles = Set<String>()
    for (index, article) in articles.enumerated() where !seenArticles.insert(article.id).inserted {
      problems.append(
        CorpusProblem(file: CorpusFiles.manifest, location: "articles[\(index)].id", message: "duplicate article id '\(article.id)'"))
    }
    var seenThemes = Set<String>()
    for (index, theme) in themes.enumerated() where !seenThemes.insert(theme.key).inserted {
      problems.append(
        CorpusProblem(file: CorpusFiles.themes, location: "themes[\(index)].key", message: "duplicate theme key '\(theme.key)'"))
    }
    var quotes = QuoteLookup(articles: articles)
    let articleChoices = articles.map(\.id).joined(separator: ", ")
    var seenEvents = Set<String>()
    for (position, event) in (fileEvents ?? events).enumerated() {
      let index = fileIndices.flatMap { position < $0.count ? $0[position] : nil } ?? position
      let here = "events[\(index)]"
      func problem(_ field: String, _ message: String) {
        problems.append(CorpusProblem(file: CorpusFiles.events, location: here + field, message: message))
      }
      if event.id.isEmpty { problem(".id", "the id is empty") }
      if !seenEvents.insert(event.id).inserted { problem(".id", "duplicate event id '\(event.id)'") }
      if event.title.trimmingWhitespace().isEmpty { problem(".title", "the title of '\(event.id)' is empty") }
      if event.display.trimmingWhitespace().isEmpty { problem(".display", "the display date of '\(event.id)' is empty") }
      if let end = event.end, end.lastDay < event.start.firstDay {
        problem(".end", "'\(event.id)' ends (\(end)) before it starts (\(event.start))")
      }
      if event.themes.isEmpty { problem(".themes", "'\(event.id)' has no theme") }
      for (themeIndex, key) in event.themes.enumerated() where !seenThemes.contains(key) {
        problem(".themes[\(themeIndex)]", "unknown theme '\(key)' (known: \(themes.map(\.key).joined(separator: ", ")))")
      }
      if event.citations.isEmpty { problem(".citations", "'\(event.id)' cites nothing; every event needs a citation") }
      for (citationIndex, citation) in event.citations.enumerated() {
        let field = ".citations[\(citationIndex)]"
        guard let found = quotes.contains(citation.quote, inArticle: citation.article) else {
          problem(field + ".article", "unknown article '\(citation.article)' (known: \(articleChoices))")
          continue
        }
        if citation.quote.trimmingWhitespace().isEmpty {
          problem(field + ".quote", "the quote is empty")
        } else if !found {
          let hint = quotes.matchesOnlyLoosely(citation.quote, inArticle: citation.article) ? Self.looseMatchHint : ""
          problem(field + ".quote", "not found in article \(citation.article): \"\(citation.quote.prefix(60))\"" + hint)
        }
      }
    }
    return problems
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingWhitespace() -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
