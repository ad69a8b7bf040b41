/// Building the store's sections from events: on all cores, each core writing a run of
/// consecutive events, the runs then placed one after another in one buffer.
extension EventList {
  /// Events in the given order, their quotes kept as text (no articles to point into).
  public init(_ events: [Event] = []) {
    self.init(events, articles: [], themes: [])
  }

  /// The events, in the given order, with their quotes as ranges of the articles' texts where
  /// they are found verbatim (else kept as text) and their themes as bits over `themes`.
  init(_ events: [Event], articles: [Article], themes: [Theme]) {
    var shared = SymbolTable()
    var articleSlots: [String: StorePiece.ArticleSlot] = [:]
    var textLength = 0
    for (position, article) in articles.enumerated() {
      let length = article.text.utf8.count
      let symbol = shared.position(of: article.id)
      if articleSlots[article.id] == nil {
        articleSlots[article.id] = StorePiece.ArticleSlot(
          symbol: symbol, position: position, range: textLength..<(textLength + length))
      }
      textLength += length
    }
    var themeSlots: [String: (symbol: Int, bit: Int)] = [:]
    for (bit, theme) in themes.enumerated() where themeSlots[theme.key] == nil {
      themeSlots[theme.key] = (shared.position(of: theme.key), bit)
    }
    let width = EventIndex.wordsPerEvent(themeCount: themes.count)
    let context = StorePiece.Context(
      symbols: shared.positions, articles: articleSlots, themes: themeSlots, texts: articles.map(\.text),
      wordsPerEvent: width)
    let ranges = Parallel.ranges(of: events.count, minimum: 5_000)
    var pieces = Parallel.map(pieces: ranges.count) { piece in
      StorePiece(events[ranges[piece]], first: ranges[piece].lowerBound, context: context)
    }
    var kinds: [Int] = []
    for index in pieces.indices {
      let numbers = pieces[index].extra.strings.map { shared.position(of: $0) }
      pieces[index].resolve(numbers)
      for kind in pieces[index].kinds where !kinds.contains(kind) { kinds.append(kind) }
    }

    var meta = ByteWriter()
    meta.append(UInt64(events.count))
    meta.append(UInt64(width))
    meta.append(strings: shared.strings)
    meta.append(UInt32(kinds.count))
    for kind in kinds { meta.append(UInt32(kind)) }
    Self.appendMeta(themes: themes, articles: articles, to: &meta)

    let refCount = pieces.reduce(0) { $0 + $1.refs.reduce(0) { $0 + $1.count } }
    let sizes = [
      meta.bytes.count, textLength, events.count * Self.recordSize, (events.count + 1) * 8,
      pieces.reduce(0) { $0 + $1.blob.bytes.count }, events.count * 8, events.count * width * 8,
      (articles.count + 1) * 8, refCount * 8,
    ]
    var starts: [Int] = []
    var end = 0
    for size in sizes {
      starts.append(end)
      end = (end + size + 7) / 8 * 8
    }
    let bytes = StoreBytes(size: end) { buffer in
      // Only the padding after each section and the first blob offset are not written below.
      for (start, size) in zip(starts, sizes) {
        UnsafeMutableRawBufferPointer(rebasing: buffer[(start + size)..<((start + size + 7) / 8 * 8)])
          .initializeMemory(as: UInt8.self, repeating: 0)
      }
      buffer.storeBytes(of: 0, toByteOffset: starts[3], as: Int.self)
      var text = starts[1]
      for article in articles {
        var copy = article.text
        copy.withUTF8 { utf8 in
          UnsafeMutableRawBufferPointer(rebasing: buffer[text..<(text + utf8.count)]).copyMemory(
            from: UnsafeRawBufferPointer(utf8))
        }
        text += article.text.utf8.count
      }
      // Where the next values of each section go: records, blob offsets, blob, years, theme words.
      var places = [0, starts[2], starts[3] + 8, starts[4], starts[5], starts[6]]
      func place<T>(_ slot: Int, _ values: [T]) {
        values.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[places[slot]...]).copyMemory(from: $0) }
        places[slot] += values.count * MemoryLayout<T>.stride
      }
      for piece in pieces {
        place(1, piece.records.bytes)
        place(2, piece.blobEnds.map { $0 + places[3] - starts[4] })
        place(3, piece.blob.bytes)
        place(4, piece.years)
        place(5, piece.words)
      }
      meta.bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[0...]).copyMemory(from: $0) }
      var citingStarts = [0]
      var citingRefs: [UInt64] = []
      citingRefs.reserveCapacity(refCount)
      for article in articles.indices {
        for piece in pieces { citingRefs += piece.refs[article] }
        citingStarts.append(citingRefs.count)
      }
      places = [starts[7], starts[8]]
      place(0, citingStarts)
      place(1, citingRefs)
    }
    self.init(
      bytes: bytes, endIndex: events.count, meta: starts[0]..<(starts[0] + sizes[0]),
      articleText: starts[1]..<(starts[1] + sizes[1]), records: starts[2]..<(starts[2] + sizes[2]),
      blobOffsets: Column(storage: bytes, byteOffset: starts[3], count: events.count + 1),
      blob: starts[4]..<(starts[4] + sizes[4]),
      years: Column(storage: bytes, byteOffset: starts[5], count: events.count),
      themeWords: Column(storage: bytes, byteOffset: starts[6], count: events.count * width), wordsPerEvent: width,
      citingStarts: Column(storage: bytes, byteOffset: starts[7], count: articles.count + 1),
      citingRefs: Column(storage: bytes, byteOffset: starts[8], count: refCount),
      symbols: shared.strings, kinds: kinds.map { EventKind(rawValue: shared.strings[$0]) }, savedIndex: nil)
  }

  /// Appends the themes and the articles (their texts as ranges of the article text section).
  static func appendMeta(themes: [Theme], articles: [Article], to meta: inout ByteWriter) {
    meta.append(UInt32(themes.count))
    for theme in themes {
      meta.append(theme.key)
      meta.append(theme.label)
      meta.append(theme.description)
      meta.append(strings: theme.phrases)
    }
    meta.append(UInt32(articles.count))
    var textStart = 0
    for article in articles {
      meta.append(article.id)
      meta.append(article.title)
      meta.append(UInt8(article.titleSupplied ? 1 : 0))
      meta.append(article.outlet)
      meta.append(strings: article.authors)
      meta.append(optional: article.published?.edtf)
      meta.append(article.publishedDisplay)
      meta.append(article.dateBasis)
      meta.append(article.origin)
      meta.append(strings: article.authorNotes)
      let length = article.text.utf8.count
      meta.append(UInt64(textStart))
      meta.append(UInt64(length))
      meta.append(optional: article.url)
      textStart += length
    }
  }
}

/// The records, blobs and columns of a run of consecutive events, written by one core.
struct StorePiece {
  /// What every core reads: symbols known in advance, where each article's text lies.
  struct Context: Sendable {
    let symbols: [String: Int]
    /// Each article id's symbol, first article and the range of its text.
    let articles: [String: ArticleSlot]
    /// Each theme key's symbol and bit (its first position in the taxonomy).
    let themes: [String: (symbol: Int, bit: Int)]
    let texts: [String]
    let wordsPerEvent: Int
  }

  struct ArticleSlot: Sendable {
    let symbol: Int
    let position: Int
    let range: Range<Int>
  }

  var records = ByteWriter()
  var blob = ByteWriter()
  var blobEnds: [Int] = []
  var years: [Int] = []
  var words: [UInt64] = []
  var refs: [[UInt64]]
  /// Symbols the context did not know, numbered `extraFlag | n` until `resolve` renumbers them.
  var extra = SymbolTable()
  var patches: [Int] = []
  var kinds: [Int] = []
  /// The kinds met so far (a few: a scan beats hashing).
  var kindNames: [String] = []
  static let extraFlag = 1 << 31

  init(_ events: ArraySlice<Event>, first: Int, context: Context) {
    refs = Array(repeating: [], count: context.texts.count)
    var locator = QuoteLocator(texts: context.texts)
    records.bytes.reserveCapacity(events.count * EventList.recordSize)
    blob.bytes.reserveCapacity(events.count * 512)
    blobEnds.reserveCapacity(events.count)
    years.reserveCapacity(events.count)
    words.reserveCapacity(events.count * context.wordsPerEvent)
    // Fields are read through the slice (`events[index].title`): binding whole events copies
    // every string in them.
    for index in events.indices {
      let position = first + index - events.startIndex
      let earliest = events[index].earliest
      years.append(earliest.year)
      let kindName = events[index].kind.rawValue
      let kind: Int
      if let known = kindNames.firstIndex(of: kindName) {
        kind = kinds[known]
      } else {
        kind = number(of: kindName, context)
        kindNames.append(kindName)
        kinds.append(kind)
      }
      records.append(Int64(earliest.number))
      records.append(Int64(events[index].latest.number))
      records.append(Int64(events[index].order ?? 0))
      records.append(UInt32(kind))
      records.append(UInt32(0))
      blob.append(events[index].id)
      blob.append(events[index].display)
      blob.append(events[index].title)
      blob.append(events[index].summary)
      blob.append(optional: events[index].dateBasis)
      blob.append(optional: events[index].origin)
      blob.append(UInt32(events[index].themes.count))
      let wordsStart = words.count
      words += repeatElement(0, count: context.wordsPerEvent)
      for key in events[index].themes {
        guard let theme = context.themes[key] else {
          appendSymbol(key, context)
          continue
        }
        words[wordsStart + theme.bit / 64] |= 1 << UInt64(theme.bit % 64)
        blob.append(UInt32(theme.symbol))
      }
      blob.append(UInt32(events[index].citations.count))
      for (number, citation) in events[index].citations.enumerated() {
        let article = context.articles[citation.article]
        if let article {
          refs[article.position].append(UInt64(position) << 32 | UInt64(number))
          blob.append(UInt32(article.symbol))
        } else {
          appendSymbol(citation.article, context)
        }
        if let article, let found = locator.range(of: citation.quote, inText: article.position) {
          blob.append(UInt8(0))
          blob.append(UInt64(article.range.lowerBound + found.lowerBound))
          blob.append(UInt32(found.count))
        } else {
          blob.append(UInt8(1))
          blob.append(citation.quote)
        }
      }
      appendNotes(events[index])
      blobEnds.append(blob.bytes.count)
    }
  }

  /// Appends the dates' texts and the builder's notes, after the fields readers look at most.
  mutating func appendNotes(_ event: Event) {
    blob.append(event.start.edtf)
    blob.append(optional: event.end?.edtf)
    blob.append(UInt8(event.order == nil ? 0 : 1))
    let evidence = (event.themeEvidence ?? [:]).sorted { $0.key < $1.key }
    blob.append(UInt8(event.themeEvidence == nil ? 0 : 1))
    blob.append(strings: evidence.map(\.key))
    blob.append(strings: evidence.map(\.value))
    blob.append(UInt8(event.confidence == nil ? 0 : 1))
    blob.append(Int64(event.confidence ?? 0))
    blob.append(UInt8(event.rules == nil ? 0 : 1))
    blob.append(strings: event.rules ?? [])
  }

  /// The number of a symbol: the context's, else one of `extra` (flagged).
  mutating func number(of text: String, _ context: Context) -> Int {
    context.symbols[text] ?? (Self.extraFlag | extra.position(of: text))
  }

  mutating func appendSymbol(_ text: String, _ context: Context) {
    let symbol = number(of: text, context)
    if symbol & Self.extraFlag != 0 { patches.append(blob.bytes.count) }
    blob.append(UInt32(symbol))
  }

  /// Renumbers the `extra` symbols with their final numbers (`numbers[n]` for `extraFlag | n`).
  mutating func resolve(_ numbers: [Int]) {
    guard !numbers.isEmpty else { return }
    func final(_ symbol: Int) -> Int { symbol & Self.extraFlag != 0 ? numbers[symbol & ~Self.extraFlag] : symbol }
    func rewrite(_ bytes: inout [UInt8], at offset: Int) {
      bytes.withUnsafeMutableBytes { raw in
        let old = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        raw.storeBytes(of: UInt32(final(old)).littleEndian, toByteOffset: offset, as: UInt32.self)
      }
    }
    for offset in patches { rewrite(&blob.bytes, at: offset) }
    for record in 0..<years.count { rewrite(&records.bytes, at: record * EventList.recordSize + 24) }
    kinds = kinds.map(final)
  }
}
