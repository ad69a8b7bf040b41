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
    taxonomyProblems() + eventProblems(fileEvents: fileEvents, fileIndices: fileIndices)
  }

  /// The problems of the events (`validate`'s after those of the taxonomy).
  func eventProblems(fileEvents: [Event]?, fileIndices: [Int]?) -> [CorpusProblem] {
    let list = fileEvents ?? Array(events)
    let duplicate = Self.repeatedIDs(list.map(\.id))
    let check = EventCheck(articles: articles, themes: themes)
    let events = self.events
    // Where each event of the list lies in the store, when the corpus was built from the list.
    let stored: [Int]? =
      list.count == events.count
      ? Self.inverse(Self.chronologicalPositions(list.map(ChronologicalKey.init)) { list[$0].id }) : nil
    let ranges = Parallel.ranges(of: list.count, minimum: 2_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var quotes = QuoteLocator(texts: check.texts)
      var found: [CorpusProblem] = []
      for position in ranges[piece] {
        let event = list[position]
        let index = fileIndices.flatMap { position < $0.count ? $0[position] : nil } ?? position
        check.problems(
          of: event, duplicate: duplicate[position],
          verbatim: { number, article in
            stored.map { events.holdsVerbatim(event.citations[number], number: number, at: $0[position]) } == true
              || quotes.range(of: event.citations[number].quote, inText: article) != nil
          },
          report: { field, message in
            found.append(CorpusProblem(file: CorpusFiles.events, location: "events[\(index)]" + field, message: message))
          })
      }
      return found
    }
    return Array(pieces.joined())
  }

  /// Duplicate article ids and theme keys.
  func taxonomyProblems() -> [CorpusProblem] {
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
    return problems
  }
}

/// The checks of one event against the corpus's articles and themes (what `validate` reports of it).
struct EventCheck: Sendable {
  let knownThemes: Set<String>
  let themeChoices: String
  let articleChoices: String
  let articlePositions: [String: Int]
  let texts: [String]

  init(articles: [Article], themes: [Theme]) {
    knownThemes = Set(themes.map(\.key))
    themeChoices = themes.map(\.key).joined(separator: ", ")
    articleChoices = articles.map(\.id).joined(separator: ", ")
    articlePositions = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    texts = articles.map(\.text)
  }

  /// Reports each problem of `event` as (field, message), in the order `validate` lists them.
  ///
  /// - Parameters:
  ///   - duplicate: whether an earlier event has the same id.
  ///   - verbatim: whether citation `number`'s quote is verbatim in the article at that position.
  func problems(
    of event: Event, duplicate: Bool, verbatim: (_ number: Int, _ article: Int) -> Bool,
    report: (_ field: String, _ message: String) -> Void
  ) {
    if event.id.isEmpty { report(".id", "the id is empty") }
    if duplicate { report(".id", Self.duplicateMessage(event.id)) }
    if event.title.isBlank { report(".title", "the title of '\(event.id)' is empty") }
    if event.display.isBlank { report(".display", "the display date of '\(event.id)' is empty") }
    if let end = event.end, end.latest < event.start.earliest {
      report(".end", "'\(event.id)' ends (\(end)) before it starts (\(event.start))")
    }
    if event.themes.isEmpty { report(".themes", "'\(event.id)' has no theme") }
    for (themeIndex, key) in event.themes.enumerated() where !knownThemes.contains(key) {
      report(".themes[\(themeIndex)]", "unknown theme '\(key)' (known: \(themeChoices))")
    }
    if event.citations.isEmpty { report(".citations", "'\(event.id)' cites nothing; every event needs a citation") }
    for (citationIndex, citation) in event.citations.enumerated() {
      let field = ".citations[\(citationIndex)]"
      guard let article = articlePositions[citation.article] else {
        report(field + ".article", "unknown article '\(citation.article)' (known: \(articleChoices))")
        continue
      }
      let found = verbatim(citationIndex, article)
      if citation.quote.isBlank {
        report(field + ".quote", "the quote is empty")
      } else if !found {
        // Foundation's looser, canonical-equivalence search finds what differs only in Unicode form.
        let hint = texts[article].contains(citation.quote) ? Corpus.looseMatchHint : ""
        report(field + ".quote", "not found in article \(citation.article): \"\(citation.quote.prefix(60))\"" + hint)
      }
    }
  }

  static func duplicateMessage(_ id: String) -> String { "duplicate event id '\(id)'" }
}

extension Corpus {
  /// The permutation that undoes `order`.
  static func inverse(_ order: [Int]) -> [Int] {
    var result = Array(repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { result[index] = position }
    return result
  }

  /// For each event, whether an earlier event has the same id.
  static func repeatedIDs(_ ids: [String]) -> [Bool] {
    var seen = Set<String>(minimumCapacity: ids.count)
    return ids.map { !seen.insert($0).inserted }
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
