/// Reading a large `events` array on several cores.
///
/// A first, light pass finds where each element begins (it only tracks strings and brackets);
/// then each core reads a contiguous run of elements with the full scanner, which checks that
/// every element ends exactly where the light pass said the next one begins.
extension EventsFileScanner {
  /// Below this many events the list is read on one core (splitting would cost more than it saves).
  static let eventsPerPiece = 4_000

  /// The `events` array, read in pieces when it is large.
  mutating func eventList() throws(GiveUp) -> [Event] {
    skipSpace()
    let listStart = position
    var starts: [Int] = []
    try array { (scanner: inout EventsFileScanner) throws(GiveUp) in
      starts.append(scanner.position)
      try scanner.skipObjectLightly()
    }
    let listEnd = position
    let ranges = Parallel.ranges(of: starts.count, minimum: Self.eventsPerPiece)
    guard ranges.count > 1 else {
      position = listStart
      var list: [Event] = []
      try array { (scanner: inout EventsFileScanner) throws(GiveUp) in list.append(try scanner.event()) }
      return list
    }
    let shared = SharedBytes(buffer: bytes)
    let elementStarts = starts
    let pieces = Parallel.map(pieces: ranges.count) { piece -> [Event]? in
      var scanner = EventsFileScanner(bytes: shared.buffer)
      return try? scanner.events(at: ranges[piece], of: elementStarts)
    }
    var list: [Event] = []
    list.reserveCapacity(starts.count)
    for piece in pieces {
      guard let piece else { throw GiveUp() }
      list += piece
    }
    position = listEnd
    return list
  }

  /// The events whose elements begin at `starts[range]`; each must end with a comma before the
  /// next element's start, or with `]` after the last element of the array.
  private mutating func events(at range: Range<Int>, of starts: [Int]) throws(GiveUp) -> [Event] {
    var list: [Event] = []
    list.reserveCapacity(range.count)
    for element in range {
      position = starts[element]
      list.append(try event())
      skipSpace()
      if element + 1 < starts.count {
        guard position < bytes.count, bytes[position] == 0x2C else { throw GiveUp() }
        position += 1
        skipSpace()
        guard position == starts[element + 1] else { throw GiveUp() }
      } else {
        guard position < bytes.count, bytes[position] == 0x5D else { throw GiveUp() }
      }
    }
    return list
  }

  /// Steps over an object by tracking only strings and brackets (no validation: the full scanner
  /// reads it again); gives up on anything but an object.
  mutating func skipObjectLightly() throws(GiveUp) {
    guard position < bytes.count, bytes[position] == 0x7B else { throw GiveUp() }
    var depth = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case 0x22:
        while position < bytes.count {
          let inner = bytes[position]
          position += inner == 0x5C ? 2 : 1
          if inner == 0x22 { break }
        }
      case 0x7B, 0x5B:
        depth += 1
      case 0x7D, 0x5D:
        depth -= 1
        if depth == 0 { return }
      default:
        break
      }
    }
    throw GiveUp()
  }
}
