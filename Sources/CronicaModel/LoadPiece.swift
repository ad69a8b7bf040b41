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

  init(_ context: StorePiece.Context, _ check: EventCheck, events: Int) {
    store = StorePiece(context, events: events)
    self.check = check
    ids.reserveCapacity(events)
    keys.reserveCapacity(events)
  }

  mutating func take(_ event: Event) {
    store.append(event)
    let position = ids.count
    let verbatim = store.verbatim
    var found: [(event: Int, field: String, message: String)] = []
    check.problems(of: event, duplicate: false, verbatim: { number, _ in verbatim[number] }) { field, message in
      found.append((position, field, message))
    }
    if !found.isEmpty { problems += found }
    ids.append(event.id)
    keys.append(ChronologicalKey(event))
  }
}
