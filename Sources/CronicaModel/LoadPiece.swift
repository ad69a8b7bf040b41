/// What one core makes of its piece of `events.json` while the scanner reads it: the piece's run
/// of the store, the problems of its events, their ids and chronological keys. Each event is
/// stored and checked as soon as it is read, then dropped.
struct LoadPiece: EventSink {
  var store: StorePiece
  let check: EventCheck
  var ids: [String] = []
  var keys: [ChronologicalKey] = []
  /// Each problem with its event's position in the piece (the duplicate ids are found later).
  var problems: [(event: Int, field: String, message: String)] = []
  /// Told the bytes read since it was last told, at least `step` at a time (see `Corpus.load`).
  let progress: (@Sendable (_ bytes: Int) -> Void)?
  let step: Int
  /// Where the piece starts in the file, and up to where its reading was told to `progress`.
  let start: Int
  var counted: Int

  init(_ context: StorePiece.Context, _ check: EventCheck, bytes: Range<Int>, progress: (@Sendable (Int) -> Void)?, step: Int) {
    let events = bytes.count / 600  // about one event per 600 bytes
    store = StorePiece(context, events: events)
    (self.check, self.progress, self.step, start, counted) = (check, progress, step, bytes.lowerBound, bytes.lowerBound)
    ids.reserveCapacity(events)
    keys.reserveCapacity(events)
  }

  mutating func take(_ event: Event, end: Int) {
    store.append(event)
    let position = ids.count
    let (located, quotes) = (store.located, store.quotes)
    var found: [(event: Int, field: String, message: String)] = []
    check.problems(
      of: event, duplicate: false, article: { located[$0]?.article.position }, verbatim: { quotes[$0] != nil }
    ) { field, message in
      found.append((position, field, message))
    }
    if !found.isEmpty { problems += found }
    ids.append(event.id)
    keys.append(ChronologicalKey(event))
    if let progress, end - counted >= step {
      progress(end - counted)
      counted = end
    }
  }
}
