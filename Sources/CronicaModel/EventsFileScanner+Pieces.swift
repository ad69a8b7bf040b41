/// Reading a large `events` array on several cores.
///
/// The array's bytes are cut into as many runs as there are cores. Each cut is moved forward to
/// the next place that looks like a boundary between two elements (`}`, a comma, `{`), and each
/// core reads the elements from its cut until the next cut. That guess can be wrong (the bytes
/// could sit inside a string), so every core must end exactly on the next core's cut: the first
/// core starts at the real beginning, hence, cut by cut, every start is a real element. When a
/// cut does not line up, the array is read again on one core.
extension EventsFileScanner {
  /// The `events` array, read in pieces when it is large, each piece into a sink of its own.
  mutating func eventList<Sink: EventSink>(into sink: @Sendable (Range<Int>) -> Sink) throws(GiveUp) -> [Sink] {
    skipSpace()
    let listStart = position
    let cuts = pieceStarts(from: listStart)
    if cuts.count > 1 {
      let shared = SharedBytes(buffer: bytes)
      let pieces = Parallel.map(pieces: cuts.count) { piece -> (events: Sink, end: Int)? in
        var scanner = EventsFileScanner(bytes: shared.buffer)
        let stop = piece + 1 < cuts.count ? cuts[piece + 1] : nil
        var events = sink(cuts[piece]..<(stop ?? shared.buffer.count))
        guard let end = try? scanner.events(from: cuts[piece], until: stop, into: &events) else { return nil }
        return (events, end)
      }
      if pieces.allSatisfy({ $0 != nil }), let last = pieces.last??.end {
        position = last
        return pieces.compactMap { $0?.events }
      }
      position = listStart
    }
    var events = sink(listStart..<bytes.count)
    try array { (scanner: inout EventsFileScanner) throws(GiveUp) in events.take(try scanner.event(), end: scanner.position) }
    return [events]
  }

  /// Where each piece begins: the first element's `{` (just after the array's `[`), then one
  /// guessed element start per further piece, in increasing order. One entry means one piece.
  private func pieceStarts(from listStart: Int) -> [Int] {
    var first = listStart + 1
    while first < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[first]) { first += 1 }
    guard listStart < bytes.count, bytes[listStart] == 0x5B, first < bytes.count, bytes[first] == 0x7B else {
      return [listStart]
    }
    let length = bytes.count - first
    let pieces = min(Parallel.width, length / max(1, bytesPerPiece))
    guard pieces > 1 else { return [listStart] }
    var starts = [first]
    for piece in 1..<pieces {
      guard let next = elementStart(after: first + length * piece / pieces), next > starts[starts.count - 1] else {
        continue
      }
      starts.append(next)
    }
    return starts.count > 1 ? starts : [listStart]
  }

  /// The `{` of the first `}` `,` `{` sequence (whitespace allowed between) at or after `offset`
  /// from which a whole event can be read that is followed by `,` or `]`. (A citation object
  /// inside an event, say, fails that probe; what passes is still only a guess, checked later.)
  private func elementStart(after offset: Int) -> Int? {
    var index = offset
    var probes = 0
    while index < bytes.count, probes < 1_000 {
      if bytes[index] == 0x7D {
        var next = index + 1
        while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
        if next < bytes.count, bytes[next] == 0x2C {
          next += 1
          while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
          if next < bytes.count, bytes[next] == 0x7B {
            probes += 1
            var probe = EventsFileScanner(bytes: bytes)
            probe.position = next
            if (try? probe.event()) != nil {
              probe.skipSpace()
              if probe.position < bytes.count, bytes[probe.position] == 0x2C || bytes[probe.position] == 0x5D {
                return next
              }
            }
          }
        }
      }
      index += 1
    }
    return nil
  }

  /// The events from `start` (an element's `{`, or the array's `[` for the first piece) until the
  /// element that begins exactly at `stop`, or until the array's `]` when `stop` is nil, given to
  /// `list`; returns the position after the end of what was read (after `]` for the last piece).
  private mutating func events<Sink: EventSink>(
    from start: Int, until stop: Int?, into list: inout Sink
  ) throws(GiveUp) -> Int {
    position = start
    if bytes[position] == 0x5B { position += 1 }
    while true {
      skipSpace()
      list.take(try event(), end: position)
      skipSpace()
      guard position < bytes.count else { throw GiveUp() }
      if bytes[position] == 0x5D {
        guard stop == nil else { throw GiveUp() }
        return position + 1
      }
      guard bytes[position] == 0x2C else { throw GiveUp() }
      position += 1
      skipSpace()
      if let stop {
        if position == stop { return position }
        guard position < stop else { throw GiveUp() }
      }
    }
  }
}
