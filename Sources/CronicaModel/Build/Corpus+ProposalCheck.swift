extension Corpus {
  /// For each event, whether it passes `validate` on its own against these articles and themes
  /// (verbatim quotes, known articles and themes, nothing empty), checked on all cores without
  /// building a corpus for it.
  public static func passesAlone(_ events: [Event], articles: [Article], themes: [Theme]) -> [Bool] {
    // A taxonomy that repeats a key fails every event (each event's own articles never repeat).
    guard Set(themes.map(\.key)).count == themes.count else { return events.map { _ in false } }
    let check = EventCheck(articles: articles, themes: themes)
    let ranges = Parallel.ranges(of: events.count, minimum: 64)
    return Array(
      Parallel.map(pieces: ranges.count) { piece in
        var quotes = QuoteLocator(texts: check.texts)
        // Each event is read in place (an array's subscript hands out a copy, which retains and
        // then releases each of its strings).
        return events.withUnsafeBufferPointer { events in
          ranges[piece].map { position in
            var passes = true
            check.problems(
              of: events[position], duplicate: false,
              verbatim: { number in
                let citation = events[position].citations[number]
                return check.articlePositions[citation.article].map { quotes.range(of: citation.quote, inText: $0) != nil } ?? false
              }, report: { _, _ in passes = false })
            return passes
          }
        }
      }.joined())
  }
}
