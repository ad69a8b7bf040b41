import Synchronization

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
  let progress: LoadProgress?
  /// The offset in the file up to which this piece's reading was added to `progress`.
  var counted: Int

  init(_ context: StorePiece.Context, _ check: EventCheck, bytes: Range<Int>, progress: LoadProgress?) {
    // A piece of the file holds about one event per 600 bytes.
    store = StorePiece(context, events: bytes.count / 600)
    self.check = check
    self.progress = progress
    counted = bytes.lowerBound
    ids.reserveCapacity(bytes.count / 600)
    keys.reserveCapacity(bytes.count / 600)
  }

  mutating func take(_ event: Event, end: Int) {
    store.append(event)
    let position = ids.count
    let verbatim = store.verbatim
    var found: [(event: Int, field: String, message: String)] = []
    check.problems(of: event, duplicate: false, verbatim: { verbatim[$0] }) { field, message in
      found.append((position, field, message))
    }
    if !found.isEmpty { problems += found }
    ids.append(event.id)
    keys.append(ChronologicalKey(event))
    if let progress, end - counted >= progress.step {
      progress.add(end - counted)
      counted = end
    }
  }
}

/// How much of `events.json` the cores have read, stored and checked, in bytes: each whole
/// percent reached is told to `report`, from the loading threads (so not always in order).
final class LoadProgress: Sendable {
  let total: Int
  /// The bytes a piece reads before it adds them: half a percent of the file.
  let step: Int
  let report: @Sendable (_ percent: Int) -> Void
  private let done = Atomic<Int>(0)

  init(total: Int, report: @escaping @Sendable (_ percent: Int) -> Void) {
    self.total = max(1, total)
    step = max(1, total / 200)
    self.report = report
  }

  func add(_ bytes: Int) {
    let now = done.add(bytes, ordering: .relaxed).newValue
    if (now - bytes) * 100 / total != now * 100 / total { report(now * 100 / total) }
  }
}
