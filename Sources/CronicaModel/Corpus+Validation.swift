extension Corpus {
  /// Checks the corpus for errors that must stop a load: duplicate ids, unknown articles and
  /// themes, quotes that are not verbatim in the cleaned text, ends before starts, empty fields.
  ///
  /// Quotes are checked by UTF-8 byte search (each distinct quote once per article); "verbatim"
  /// means the same bytes, on character boundaries (see `String.containsVerbatim`). A quote the
  /// store already found verbatim when it was built is not searched again.
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
    let list = fileEvents ?? Array(events)
    let duplicate = Self.repeatedIDs(list)
    let knownThemes = seenThemes
    let themeChoices = themes.map(\.key).joined(separator: ", ")
    let articleChoices = articles.map(\.id).joined(separator: ", ")
    let articles = self.articles
    let articlePositions = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let events = self.events
    // Where each event of the list lies in the store, when the corpus was built from the list.
    let stored: [Int]? = list.count == events.count ? Self.inverse(Self.chronologicalPositions(list)) : nil
    let ranges = Parallel.ranges(of: list.count, minimum: 2_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var quotes = QuoteLocator(texts: articles.map(\.text))
      var found: [CorpusProblem] = []
      for position in ranges[piece] {
        let event = list[position]
        let index = fileIndices.flatMap { position < $0.count ? $0[position] : nil } ?? position
        let here = "events[\(index)]"
        func problem(_ field: String, _ message: String) {
          found.append(CorpusProblem(file: CorpusFiles.events, location: here + field, message: message))
        }
        if event.id.isEmpty { problem(".id", "the id is empty") }
        if duplicate[position] { problem(".id", "duplicate event id '\(event.id)'") }
        if event.title.isBlank { problem(".title", "the title of '\(event.id)' is empty") }
        if event.display.isBlank { problem(".display", "the display date of '\(event.id)' is empty") }
        if let end = event.end, end.latest < event.start.earliest {
          problem(".end", "'\(event.id)' ends (\(end)) before it starts (\(event.start))")
        }
        if event.themes.isEmpty { problem(".themes", "'\(event.id)' has no theme") }
        for (themeIndex, key) in event.themes.enumerated() where !knownThemes.contains(key) {
          problem(".themes[\(themeIndex)]", "unknown theme '\(key)' (known: \(themeChoices))")
        }
        if event.citations.isEmpty { problem(".citations", "'\(event.id)' cites nothing; every event needs a citation") }
        for (citationIndex, citation) in event.citations.enumerated() {
          let field = ".citations[\(citationIndex)]"
          guard let article = articlePositions[citation.article] else {
            problem(field + ".article", "unknown article '\(citation.article)' (known: \(articleChoices))")
            continue
          }
          let verbatim =
            stored.map { events.holdsVerbatim(citation, number: citationIndex, at: $0[position]) } == true
            || quotes.range(of: citation.quote, inText: article) != nil
          if citation.quote.isBlank {
            problem(field + ".quote", "the quote is empty")
          } else if !verbatim {
            // Foundation's looser, canonical-equivalence search finds what differs only in Unicode form.
            let hint = articles[article].text.contains(citation.quote) ? Self.looseMatchHint : ""
            problem(field + ".quote", "not found in article \(citation.article): \"\(citation.quote.prefix(60))\"" + hint)
          }
        }
      }
      return found
    }
    problems += pieces.joined()
    return problems
  }
}

extension Corpus {
  /// The permutation that undoes `order`.
  static func inverse(_ order: [Int]) -> [Int] {
    var result = Array(repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { result[index] = position }
    return result
  }

  /// For each event, whether an earlier event has the same id.
  static func repeatedIDs(_ events: [Event]) -> [Bool] {
    var seen = Set<String>(minimumCapacity: events.count)
    return events.map { !seen.insert($0.id).inserted }
  }
}

extension String {
  /// True when the string is empty or only whitespace; answers at once when it starts with a
  /// visible ASCII character (the usual case).
  var isBlank: Bool {
    if let first = utf8.first, (0x21...0x7E).contains(first) { return false }
    return trimmingWhitespace().isEmpty
  }

  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingWhitespace() -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
