import Algorithms

/// Building the store's sections from events: on all cores, each core writing a run of
/// consecutive events (`StorePiece`), the runs then placed in one buffer in chronological order.
extension EventList {
  /// Events in the given order, their quotes kept as text (no articles to point into).
  public init(_ events: [Event] = []) {
    self.init(events, articles: [], themes: [], chronological: false)
  }

  /// The events, in chronological order (else in the given order), with their quotes as ranges
  /// of the articles' texts where they are found verbatim (else kept as text) and their themes as
  /// bits over `themes`.
  init(_ events: [Event], articles: [Article], themes: [Theme], chronological: Bool = true) {
    let layout = StoreLayout(articles: articles, themes: themes)
    let ranges = Parallel.ranges(of: events.count, minimum: 5_000)
    // The caller keeps the events. Each is copied out of the array (`events[index]`), retaining
    // its strings, and the copy destroyed once stored: callgrind counts one `outlined init with
    // copy of Event` and one `outlined destroy of Event` per event (`list` of a 10k-article user
    // folder with events.json). The checked init below avoids both by moving events out and back.
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var store = StorePiece(layout.context, events: ranges[piece].count)
      for index in ranges[piece] { store.append(events[index]) }
      return store
    }
    self.init(pieces: pieces, order: chronological ? Self.chronologicalOrder(events) : nil, layout: layout)
  }

  /// The store of the events `check` finds no problem with, in chronological order. Each quote is
  /// searched once, for the check and for the store.
  ///
  /// On all cores, each event is moved out of its place, stored by borrowing and moved back.
  /// It is not copied: passing `events[index]` to `append(_:ifPassing:)` copied each event,
  /// retaining each of its strings (184 perf samples on 100k tiny articles). It is not freed:
  /// freeing 100k built events one by one was a third of storing them.
  ///
  /// The caller frees the events when it chooses. Pass the only reference to them: a shared array
  /// is copied whole first.
  init(_ events: inout [Event], articles: [Article], themes: [Theme], keeping check: EventCheck) {
    let layout = StoreLayout(articles: articles, themes: themes)
    let ranges = Parallel.ranges(of: events.count, minimum: 5_000)
    let order = Self.chronologicalOrder(events)
    let stored = events.withUnsafeMutableBufferPointer { buffer in
      let places = buffer.baseAddress.map { SharedValues(base: $0) }
      return Parallel.map(pieces: ranges.count) { piece in
        var store = StorePiece(layout.context, events: ranges[piece].count)
        var kept: [Bool] = []
        kept.reserveCapacity(ranges[piece].count)
        if let places {
          for index in ranges[piece] {
            let event = (places.base + index).move()
            kept.append(store.append(event, ifPassing: check))
            (places.base + index).initialize(to: consume event)
          }
        }
        return (store: store, kept: kept)
      }
    }
    // The order of the events kept: positions among them, in the order of all of them.
    let kept = stored.flatMap(\.kept)
    var keptOrder = order
    if kept.contains(false) {
      var renumbered: [Int] = []
      var dropped = 0
      for keeps in kept {
        renumbered.append(renumbered.count - dropped)
        if !keeps { dropped += 1 }
      }
      keptOrder = order.filter { kept[$0] }.map { renumbered[$0] }
    }
    self.init(pieces: stored.map(\.store), order: keptOrder, layout: layout)
  }

  /// The positions of `events` in chronological order, their keys read in place (mapping the
  /// events would copy each one, retaining all its strings).
  static func chronologicalOrder(_ events: borrowing [Event]) -> [Int] {
    Corpus.chronologicalPositions(events.indices.map { ChronologicalKey(events[$0]) }) { events[$0].id }
  }

  /// The store of `pieces` (runs of consecutive events), its events placed in `order` (positions
  /// among the runs' events, run after run; nil: as they come).
  ///
  /// - Parameter stretches: the stretches of the store the cores fill (one per core by default).
  init(pieces: consuming [StorePiece], order: [Int]?, layout: StoreLayout, stretches: [Range<Int>]? = nil) {
    var pieces = pieces
    var shared = layout.shared
    for index in pieces.indices {
      pieces[index].resolve(pieces[index].extra.strings.map { shared.position(of: $0) })
    }
    var firsts = [0]
    for piece in pieces { firsts.append(firsts[firsts.count - 1] + piece.years.count) }
    let count = firsts[firsts.count - 1]
    // When the events move: the run and place in it of each one, in order, and where each goes.
    let moved = order.flatMap { $0.elementsEqual(0..<count) ? nil : $0 }
    let located = moved.map { order in
      var runs: [(piece: Int, event: Int)] = []
      for piece in pieces.indices { for event in 0..<pieces[piece].years.count { runs.append((piece, event)) } }
      return order.map { runs[$0] }
    }
    let destination = moved.map(Corpus.inverse)
    let (articles, themes, width) = (layout.articles, layout.themes, layout.context.wordsPerEvent)

    var kinds: [Int] = []
    if let located {
      for (piece, event) in located {
        let kind = pieces[piece].kind(of: event)
        if !kinds.contains(kind) { kinds.append(kind) }
      }
    } else {
      for piece in pieces { for kind in piece.kinds where !kinds.contains(kind) { kinds.append(kind) } }
    }
    var meta = ByteWriter()
    meta.append(UInt64(count))
    meta.append(UInt64(width))
    meta.append(strings: shared.strings)
    meta.append(UInt32(kinds.count))
    for kind in kinds { meta.append(UInt32(kind)) }
    Self.appendThemes(themes, to: &meta)
    meta.append(UInt32(articles.count))
    // The articles' entries and texts are written on all cores, a run of articles each, straight
    // into the store: written on one core and copied there, 100k articles' would fault fresh pages
    // there with the other core idle.
    let articleRanges = Parallel.ranges(of: articles.count, minimum: 4_096)
    var textStarts = [0]
    for range in articleRanges {
      textStarts.append(articles[range].reduce(textStarts[textStarts.count - 1]) { $0 + $1.text.utf8.count })
    }
    let entries = Parallel.map(pieces: articleRanges.count) { [textStarts] run in
      var entries = ByteWriter()
      Self.appendArticles(articles[articleRanges[run]], textStart: textStarts[run], to: &entries)
      return entries
    }
    var entryStarts = [meta.count]
    for run in entries { entryStarts.append(entryStarts[entryStarts.count - 1] + run.count) }

    let refCount = pieces.reduce(0) { $0 + $1.citedArticles.count }
    let sizes = [
      entryStarts[entryStarts.count - 1], layout.textLength, count * Self.recordSize, (count + 1) * 8,
      pieces.reduce(0) { $0 + $1.blob.count }, count * 8, count * width * 8, (articles.count + 1) * 8,
      refCount * 8,
    ]
    var starts: [Int] = []
    var end = 0
    for size in sizes {
      starts.append(end)
      end = (end + size + 7) / 8 * 8
    }
    // The events in store order, as spans of consecutive events of one run: where the span starts
    // in the store and in the store's blob.
    var spans: [(piece: Int, events: Range<Int>, first: Int, blobStart: Int)] = []
    if let located {
      for (piece, event) in located {
        if let last = spans.last, last.piece == piece, last.events.upperBound == event {
          spans[spans.count - 1].events = last.events.lowerBound..<(event + 1)
        } else {
          spans.append((piece, event..<(event + 1), 0, 0))
        }
      }
    } else {
      spans = pieces.indices.filter { !pieces[$0].years.isEmpty }.map { ($0, 0..<pieces[$0].years.count, 0, 0) }
    }
    var (first, blobStart) = (0, 0)
    for index in spans.indices {
      let (piece, events) = (spans[index].piece, spans[index].events)
      (spans[index].first, spans[index].blobStart) = (first, blobStart)
      first += events.count
      blobStart += pieces[piece].blobEnds[events.upperBound - 1] - (events.lowerBound == 0 ? 0 : pieces[piece].blobEnds[events.lowerBound - 1])
    }
    let bytes = StoreBytes(size: end) { buffer in
      // Only the padding after each section and the first blob offset are not written below.
      for (start, size) in zip(starts, sizes) {
        UnsafeMutableRawBufferPointer(rebasing: buffer[(start + size)..<((start + size + 7) / 8 * 8)])
          .initializeMemory(as: UInt8.self, repeating: 0)
      }
      buffer.storeBytes(of: 0, toByteOffset: starts[3], as: Int.self)
      let output = SharedOutput(buffer: buffer)
      // Within bounds: each section was sized above for what is copied into it, and no two
      // copies overlap (each core copies the events of its own stretch of the store, the
      // articles of its own run).
      @Sendable func copy<T>(_ values: ArraySlice<T>, to offset: Int) {
        values.withUnsafeBytes {
          UnsafeMutableRawBufferPointer(rebasing: output.buffer[offset..<(offset + $0.count)]).copyMemory(from: $0)
        }
      }
      _ = Parallel.map(pieces: articleRanges.count) { [entries, entryStarts, textStarts, starts] run in
        copy(entries[run].bytes, to: starts[0] + entryStarts[run])
        var text = starts[1] + textStarts[run]
        // Texts are read in place (copying each article would count references to all its strings).
        for position in articleRanges[run] {
          var copy = articles[position].text
          copy.withUTF8 { utf8 in
            UnsafeMutableRawBufferPointer(rebasing: output.buffer[text..<(text + utf8.count)]).copyMemory(
              from: UnsafeRawBufferPointer(utf8))
            text += utf8.count
          }
        }
        return 0
      }
      // Each core copies a stretch of the store: the parts of spans that fall in it.
      let stretches = stretches ?? Parallel.ranges(of: count, minimum: 4_096)
      _ = Parallel.map(pieces: stretches.count) { [pieces, spans, starts] part in
        let stretch = stretches[part]
        var span = spans.partitioningIndex { $0.first + $0.events.count > stretch.lowerBound }
        while span < spans.count, spans[span].first < stretch.upperBound {
          let whole = spans[span]
          let piece = pieces[whole.piece]
          // The events of the span in the stretch: `events` of the run, from `first` on in the store.
          let first = Swift.max(whole.first, stretch.lowerBound)
          let lower = whole.events.lowerBound + first - whole.first
          let events = lower..<Swift.min(whole.events.upperBound, lower + stretch.upperBound - first)
          let blobFrom = events.lowerBound == 0 ? 0 : piece.blobEnds[events.lowerBound - 1]
          let wholeFrom = whole.events.lowerBound == 0 ? 0 : piece.blobEnds[whole.events.lowerBound - 1]
          let blobStart = whole.blobStart + blobFrom - wholeFrom
          copy(
            piece.records.bytes[(events.lowerBound * Self.recordSize)..<(events.upperBound * Self.recordSize)],
            to: starts[2] + first * Self.recordSize)
          // Offsets into the store's blob, written in place (no array per span: a store whose
          // order interleaves its runs has a span per event).
          for (index, end) in zip(events, piece.blobEnds[events]) {
            output.buffer.storeBytes(
              of: blobStart + end - blobFrom, toByteOffset: starts[3] + (first + 1 + index - events.lowerBound) * 8, as: Int.self)
          }
          copy(piece.blob.bytes[blobFrom..<piece.blobEnds[events.upperBound - 1]], to: starts[4] + blobStart)
          copy(piece.years[events], to: starts[5] + first * 8)
          copy(piece.words[(events.lowerBound * width)..<(events.upperBound * width)], to: starts[6] + first * width * 8)
          span += 1
        }
        return 0
      }
      meta.bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[0...]).copyMemory(from: $0) }
      // Each article's citations, run after run and in each run's order (a counting sort of
      // the runs' lists by article), then in store order when the events moved.
      var citingStarts = [Int](repeating: 0, count: articles.count + 1)
      for piece in pieces { for article in piece.citedArticles { citingStarts[article + 1] += 1 } }
      for article in articles.indices { citingStarts[article + 1] += citingStarts[article] }
      var next = citingStarts
      var citingRefs = [UInt64](repeating: 0, count: refCount)
      for (piece, run) in pieces.enumerated() {
        for (article, ref) in zip(run.citedArticles, run.citingRefs) {
          let position = firsts[piece] + Int(ref >> 32)
          citingRefs[next[article]] = UInt64(destination?[position] ?? position) << 32 | ref & 0xFFFF_FFFF
          next[article] += 1
        }
      }
      if destination != nil {
        for article in articles.indices where citingStarts[article + 1] - citingStarts[article] > 1 {
          citingRefs[citingStarts[article]..<citingStarts[article + 1]].sort()
        }
      }
      copy(citingStarts[...], to: starts[7])
      copy(citingRefs[...], to: starts[8])
    }
    self.init(
      bytes: bytes, endIndex: count, meta: starts[0]..<(starts[0] + sizes[0]),
      articleText: starts[1]..<(starts[1] + sizes[1]), records: starts[2]..<(starts[2] + sizes[2]),
      blobOffsets: Column(storage: bytes, byteOffset: starts[3], count: count + 1),
      blob: starts[4]..<(starts[4] + sizes[4]),
      years: Column(storage: bytes, byteOffset: starts[5], count: count),
      themeWords: Column(storage: bytes, byteOffset: starts[6], count: count * width), wordsPerEvent: width,
      citingStarts: Column(storage: bytes, byteOffset: starts[7], count: articles.count + 1),
      citingRefs: Column(storage: bytes, byteOffset: starts[8], count: refCount),
      symbols: shared.strings, kinds: kinds.map { EventKind(rawValue: shared.strings[$0]) }, savedIndex: nil)
  }

  /// Appends the themes.
  static func appendThemes(_ themes: [Theme], to meta: inout ByteWriter) {
    meta.append(UInt32(themes.count))
    for theme in themes {
      meta.append(theme.key)
      meta.append(theme.label)
      meta.append(theme.description)
      meta.append(strings: theme.phrases)
    }
  }

  /// Appends the articles' entries, their texts lying one after another from `textStart`.
  static func appendArticles(_ articles: ArraySlice<Article>, textStart: Int, to meta: inout ByteWriter) {
    var textStart = textStart
    // Fields are read in place (copying each article would count references to all its strings).
    for index in articles.indices {
      meta.append(articles[index].id)
      meta.append(articles[index].title)
      meta.append(UInt8(articles[index].titleSupplied ? 1 : 0))
      meta.append(articles[index].outlet)
      meta.append(strings: articles[index].authors)
      meta.append(optional: articles[index].published?.edtf)
      meta.append(articles[index].publishedDisplay)
      meta.append(articles[index].dateBasis)
      meta.append(articles[index].origin)
      meta.append(strings: articles[index].authorNotes)
      let length = articles[index].text.utf8.count
      meta.append(UInt64(textStart))
      meta.append(UInt64(length))
      meta.append(optional: articles[index].url)
      textStart += length
    }
  }
}
