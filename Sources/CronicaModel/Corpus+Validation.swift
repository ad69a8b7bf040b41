extension Corpus {
  /// Checks the corpus for errors that must stop a load: duplicate ids, unknown articles and
  /// themes, quotes that are not verbatim in the cleaned text, ends before starts, empty fields.
  ///
  /// A quote is verbatim when the store found it so when it was built (by UTF-8 byte search on
  /// character boundaries, see `String.containsVerbatim`): it is not searched again.
  ///
  /// - Parameters:
  ///   - fileEvents: the events the corpus was built from, in file order, so that locations
  ///     (`events[12]`) match the file.
  ///   - fileIndices: each event's position in the file when some events failed to decode.
  public func validate(fileEvents: [Event]? = nil, fileIndices: [Int]? = nil) -> [CorpusProblem] {
    Self.taxonomyProblems(articles: articles, themes: themes) + eventProblems(fileEvents: fileEvents, fileIndices: fileIndices)
  }

  /// The problems of the events (`validate`'s after those of the taxonomy).
  func eventProblems(fileEvents: [Event]?, fileIndices: [Int]?) -> [CorpusProblem] {
    let list = fileEvents ?? Array(events)
    guard list.count == events.count else {
      return Corpus(articles: articles, events: list, themes: themes).eventProblems(fileEvents: list, fileIndices: fileIndices)
    }
    let duplicate = Self.repeatedIDs(list.map(\.id))
    let check = EventCheck(articles: articles, themes: themes)
    let articlePositions = Self.firstPositions(of: articles)
    let events = self.events
    // Where each event of the list lies in the store, placed by the same chronological sort.
    let stored = Self.inverse(Self.chronologicalPositions(list.map(ChronologicalKey.init)) { list[$0].id })
    let ranges = Parallel.ranges(of: list.count, minimum: 2_000)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var found: [CorpusProblem] = []
      for position in ranges[piece] {
        let event = list[position]
        let index = fileIndices.flatMap { position < $0.count ? $0[position] : nil } ?? position
        check.problems(
          of: event, duplicate: duplicate[position], article: { articlePositions[event.citations[$0].article] },
          verbatim: { number in events.holdsVerbatim(event.citations[number], number: number, at: stored[position]) },
          report: { field, message in
            found.append(CorpusProblem(file: CorpusFiles.events, location: "events[\(index)]" + field, message: message))
          })
      }
      return found
    }
    return Array(pieces.joined())
  }

  /// Duplicate article ids and theme keys.
  static func taxonomyProblems(articles: [Article], themes: [Theme]) -> [CorpusProblem] {
    var problems: [CorpusProblem] = []
    // Ids are read in place (copying each article would count references to all its strings).
    let repeatedArticles = repeated(count: articles.count) { articles[$0].id }
    for index in articles.indices where repeatedArticles[index] {
      problems.append(
        CorpusProblem(
          file: CorpusFiles.manifest, location: "articles[\(index)].id", message: "duplicate article id '\(articles[index].id)'"))
    }
    let repeatedThemes = repeated(count: themes.count) { themes[$0].key }
    for (index, theme) in themes.enumerated() where repeatedThemes[index] {
      problems.append(
        CorpusProblem(file: CorpusFiles.themes, location: "themes[\(index)].key", message: "duplicate theme key '\(theme.key)'"))
    }
    return problems
  }

  /// For each of `count` strings (`string(position)`), whether an earlier one is equal to it, as
  /// `String`'s `==` tells them (and a `Set<String>` would: `é` composed and decomposed are equal).
  ///
  /// Hashing is most of what a `Set<String>` costs, and it needs no order: the hashes are taken on
  /// all cores (`hashValue`, equal for equal strings). One core then finds each position among the
  /// earlier ones in a table of positions by hash (open addressing, at most half full), comparing
  /// two strings only when their hashes are equal (100k article ids: ~22 ms of one core before).
  static func repeated(count: Int, _ string: @Sendable (Int) -> String) -> [Bool] {
    let ranges = Parallel.ranges(of: count, minimum: 4_096)
    // Each piece writes its hashes in their places in the one array (no per-piece arrays joined):
    // within bounds, as the ranges cut 0..<count into disjoint parts, each slot written once.
    let hashes = [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
      let output = SharedOutput(buffer: UnsafeMutableRawBufferPointer(buffer))
      _ = Parallel.map(pieces: ranges.count) { piece in
        for position in ranges[piece] {
          output.buffer.storeBytes(of: string(position).hashValue, toByteOffset: position * MemoryLayout<Int>.stride, as: Int.self)
        }
      }
      initialized = count
    }
    var capacity = 16
    while capacity < 2 * count { capacity *= 2 }
    let mask = capacity - 1
    var table = [Int](repeating: -1, count: capacity)
    var result = [Bool](repeating: false, count: count)
    for position in 0..<count {
      let hash = hashes[position]
      var slot = hash & mask
      while true {
        let earlier = table[slot]
        if earlier < 0 {
          table[slot] = position
          break
        }
        if hashes[earlier] == hash, string(earlier) == string(position) {
          result[position] = true
          break
        }
        slot = (slot + 1) & mask
      }
    }
    return result
  }
}

/// The checks of one event against the corpus's articles and themes (what `validate` reports of it).
struct EventCheck: Sendable {
  let knownThemes: Set<String>
  let themeChoices: String
  let articles: [Article]

  /// The article ids an unknown article's message lists.
  let articleChoices: String
  /// How many keys or ids a message lists at most: every message repeats them, so listing all of
  /// 20k articles in each of 20k events' messages took 23 GB before the process was killed.
  static let choicesListed = 20

  init(articles: [Article], themes: [Theme]) {
    knownThemes = Set(themes.map(\.key))
    themeChoices = Self.choices(themes.map(\.key), count: themes.count)
    articleChoices = Self.choices(articles.prefix(Self.choicesListed).map(\.id), count: articles.count)
    self.articles = articles
  }

  /// The first `choicesListed` of `count` choices (given at least those), joined, and how many
  /// more there are.
  static func choices(_ first: [String], count: Int) -> String {
    let listed = first.prefix(choicesListed).joined(separator: ", ")
    return count > choicesListed ? listed + " and \(count - choicesListed) more" : listed
  }

  /// Reports each problem of `event` as (field, message), in the order `validate` lists them.
  ///
  /// - Parameters:
  ///   - duplicate: whether an earlier event has the same id.
  ///   - article: the position of citation `number`'s article (the first with its id), nil when
  ///     no article has its id (the store knows it when it stores the event: no second lookup).
  ///   - verbatim: whether citation `number`'s quote is verbatim in its article.
  func problems(
    of event: Event, duplicate: Bool, article: (_ number: Int) -> Int?, verbatim: (_ number: Int) -> Bool,
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
      // Made only for a message (nearly every citation has none).
      var field: String { ".citations[\(citationIndex)]" }
      guard let article = article(citationIndex) else {
        report(field + ".article", "unknown article '\(citation.article)' (known: \(articleChoices))")
        continue
      }
      let found = verbatim(citationIndex)
      if citation.quote.isBlank {
        report(field + ".quote", "the quote is empty")
      } else if !found {
        // Foundation's looser, canonical-equivalence search finds what differs only in Unicode form.
        let hint = articles[article].text.contains(citation.quote) ? Corpus.looseMatchHint : ""
        report(field + ".quote", "not found in article \(citation.article): \"\(citation.quote.prefix(60))\"" + hint)
      }
    }
  }

  static func duplicateMessage(_ id: String) -> String { "duplicate event id '\(id)'" }
}

extension Corpus {
  /// The position of the first article with each id.
  static func firstPositions(of articles: [Article]) -> [String: Int] {
    // Ids are read in place (copying each article would count references to all its strings).
    var positions = [String: Int](minimumCapacity: articles.count)
    for position in articles.indices.reversed() { positions[articles[position].id] = position }
    return positions
  }

  /// The permutation that undoes `order`.
  static func inverse(_ order: [Int]) -> [Int] {
    var result = Array(repeating: 0, count: order.count)
    for (position, index) in order.enumerated() { result[index] = position }
    return result
  }

  /// For each event, whether an earlier event has the same id.
  static func repeatedIDs(_ ids: [String]) -> [Bool] {
    repeated(count: ids.count) { ids[$0] }
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
