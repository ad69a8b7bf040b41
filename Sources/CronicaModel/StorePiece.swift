/// What the runs of a store share: the articles and themes, the symbols known in advance.
struct StoreLayout: Sendable {
  let articles: [Article]
  let themes: [Theme]
  let shared: SymbolTable
  let textLength: Int
  let context: StorePiece.Context

  init(articles: [Article], themes: [Theme]) {
    var shared = SymbolTable()
    shared.reserveCapacity(articles.count + themes.count)
    var articleSlots: [StorePiece.ArticleSlot] = []
    articleSlots.reserveCapacity(articles.count)
    var textLength = 0
    // Fields are read in place (copying each article would count references to all its strings).
    for position in articles.indices {
      let length = articles[position].text.utf8.count
      let symbol = shared.position(of: articles[position].id)
      // Article ids are the first symbols: a new one is an article id met for the first time.
      if symbol == articleSlots.count {
        articleSlots.append(StorePiece.ArticleSlot(position: position, range: textLength..<(textLength + length)))
      }
      textLength += length
    }
    var themeSlots: [String: (symbol: Int, bit: Int)] = [:]
    for (bit, theme) in themes.enumerated() where themeSlots[theme.key] == nil {
      themeSlots[theme.key] = (shared.position(of: theme.key), bit)
    }
    context = StorePiece.Context(
      symbols: shared.positions, articles: articleSlots, themes: themeSlots, texts: articles.indices.map { articles[$0].text },
      wordsPerEvent: EventIndex.wordsPerEvent(themeCount: themes.count))
    (self.articles, self.themes, self.shared, self.textLength) = (articles, themes, shared, textLength)
  }
}

/// The records, blobs and columns of a run of consecutive events, written by one core.
struct StorePiece: Sendable {
  /// What every core reads: symbols known in advance, where each article's text lies.
  struct Context: Sendable {
    let symbols: [String: Int]
    /// The first article with each id and the range of its text, by the id's symbol (article
    /// ids are the first symbols).
    let articles: [ArticleSlot]
    /// Each theme key's symbol and bit (its first position in the taxonomy).
    let themes: [String: (symbol: Int, bit: Int)]
    let texts: [String]
    let wordsPerEvent: Int
  }

  struct ArticleSlot: Sendable {
    let position: Int
    let range: Range<Int>
  }

  let context: Context
  var locator: QuoteLocator
  var records = ByteWriter()
  var blob = ByteWriter()
  var blobEnds: [Int] = []
  var years: [Int] = []
  var words: [UInt64] = []
  /// The citations of this run that cite an article the store knows, in the order stored: the
  /// article's position, and (event position in the run) << 32 | citation number. Two flat
  /// lists, not a list per article (100k articles made 100k arrays per run, freed one by one).
  var citedArticles: [Int] = []
  var citingRefs: [UInt64] = []
  /// Each citation of the event located last (`locate`): its article's symbol and slot, when the
  /// store knows the article, and where its quote lies in that article's text, when found verbatim.
  var located: [(symbol: Int, article: ArticleSlot)?] = []
  var quotes: [Range<Int>?] = []
  /// Symbols the context did not know, numbered `extraFlag | n` until `resolve` renumbers them.
  var extra = SymbolTable()
  var patches: [Int] = []
  var kinds: [Int] = []
  /// The kinds met so far (a few: a scan beats hashing).
  var kindNames: [String] = []
  static let extraFlag = 1 << 31

  /// A run of about `events` events (room is made for them at once).
  init(_ context: Context, events: Int = 0) {
    self.context = context
    locator = QuoteLocator(texts: context.texts)
    records.reserveCapacity(events * EventList.recordSize)
    blob.reserveCapacity(events * 512)
    blobEnds.reserveCapacity(events)
    citedArticles.reserveCapacity(events)
    citingRefs.reserveCapacity(events)
    years.reserveCapacity(events)
    words.reserveCapacity(events * context.wordsPerEvent)
  }

  /// The kind symbol of the record of event `position` of the run.
  func kind(of position: Int) -> Int {
    Int(records.load(UInt32.self, at: position * EventList.recordSize + 24))
  }

  /// Appends an event, its citations located first.
  mutating func append(_ event: borrowing Event) {
    locate(event)
    appendLocated(event)
  }

  /// Appends the event when `check` finds no problem with it, its quotes searched once for both.
  mutating func append(_ event: borrowing Event, ifPassing check: EventCheck) -> Bool {
    locate(event)
    var passes = true
    check.problems(
      of: event, duplicate: false, article: { located[$0]?.article.position }, verbatim: { quotes[$0] != nil },
      report: { _, _ in passes = false })
    if passes { appendLocated(event) }
    return passes
  }

  /// Appends the event `locate` was last given.
  private mutating func appendLocated(_ event: borrowing Event) {
    assert(located.count == event.citations.count, "appendLocated follows locate(event)")
    let position = years.count
    let earliest = event.earliest
    years.append(earliest.year)
    let kindName = event.kind.rawValue
    let kind: Int
    if let known = kindNames.firstIndex(of: kindName) {
      kind = kinds[known]
    } else {
      kind = number(of: kindName)
      kindNames.append(kindName)
      kinds.append(kind)
    }
    records.append(Int64(earliest.number))
    records.append(Int64(event.latest.number))
    records.append(Int64(event.order ?? 0))
    records.append(UInt32(kind))
    records.append(UInt32(0))
    blob.append(event.id)
    blob.append(event.display)
    blob.append(event.title)
    blob.append(event.summary)
    blob.append(optional: event.dateBasis)
    blob.append(optional: event.origin)
    blob.append(UInt32(event.themes.count))
    let wordsStart = words.count
    words += repeatElement(0, count: context.wordsPerEvent)
    for key in event.themes {
      guard let theme = context.themes[key] else {
        appendSymbol(key)
        continue
      }
      words[wordsStart + theme.bit / 64] |= 1 << UInt64(theme.bit % 64)
      blob.append(UInt32(theme.symbol))
    }
    blob.append(UInt32(event.citations.count))
    for (number, citation) in event.citations.enumerated() {
      if let (symbol, article) = located[number] {
        citedArticles.append(article.position)
        citingRefs.append(UInt64(position) << 32 | UInt64(number))
        blob.append(UInt32(symbol))
      } else {
        appendSymbol(citation.article)
      }
      if let article = located[number]?.article, let found = quotes[number] {
        blob.append(UInt8(0))
        blob.append(UInt64(article.range.lowerBound + found.lowerBound))
        blob.append(UInt32(found.count))
      } else {
        blob.append(UInt8(1))
        blob.append(citation.quote)
      }
    }
    appendNotes(event)
    blobEnds.append(blob.count)
  }

  /// Finds where the event's citations lie (`located`, `quotes`): the one search for each quote,
  /// whose answers both the store and the checks of the event use.
  private mutating func locate(_ event: borrowing Event) {
    located.removeAll(keepingCapacity: true)
    quotes.removeAll(keepingCapacity: true)
    for citation in event.citations {
      let symbol = context.symbols[citation.article].flatMap { $0 < context.articles.count ? $0 : nil }
      let place = symbol.map { (symbol: $0, article: context.articles[$0]) }
      located.append(place)
      quotes.append(place.flatMap { locator.range(of: citation.quote, inText: $0.article.position) })
    }
  }

  /// Appends the dates' texts and the builder's notes, after the fields readers look at most.
  mutating func appendNotes(_ event: borrowing Event) {
    blob.append(event.start.edtf)
    blob.append(optional: event.end?.edtf)
    blob.append(UInt8(event.order == nil ? 0 : 1))
    blob.append(UInt8(event.themeEvidence == nil ? 0 : 1))
    // The keys in order, then their values.
    let evidence = event.themeEvidence ?? [:]
    let keys = evidence.keys.sorted()
    blob.append(strings: keys)
    // The values looked up in place (no array of them).
    blob.append(strings: keys.lazy.map { evidence[$0] ?? "" })
    blob.append(UInt8(event.confidence == nil ? 0 : 1))
    blob.append(Int64(event.confidence ?? 0))
    blob.append(UInt8(event.rules == nil ? 0 : 1))
    blob.append(strings: event.rules ?? [])
  }

  /// The number of a symbol: the context's, else one of `extra` (flagged).
  mutating func number(of text: String) -> Int {
    context.symbols[text] ?? (Self.extraFlag | extra.position(of: text))
  }

  mutating func appendSymbol(_ text: String) {
    let symbol = number(of: text)
    if symbol & Self.extraFlag != 0 { patches.append(blob.count) }
    blob.append(UInt32(symbol))
  }

  /// Renumbers the `extra` symbols with their final numbers (`numbers[n]` for `extraFlag | n`).
  mutating func resolve(_ numbers: [Int]) {
    guard !numbers.isEmpty else { return }
    func final(_ symbol: Int) -> Int { symbol & Self.extraFlag != 0 ? numbers[symbol & ~Self.extraFlag] : symbol }
    func rewrite(_ bytes: inout ByteWriter, at offset: Int) {
      bytes.store(UInt32(final(Int(bytes.load(UInt32.self, at: offset)))), at: offset)
    }
    for offset in patches { rewrite(&blob, at: offset) }
    for record in 0..<years.count { rewrite(&records, at: record * EventList.recordSize + 24) }
    kinds = kinds.map(final)
  }
}
