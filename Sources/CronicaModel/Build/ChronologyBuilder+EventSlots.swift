extension ChronologyBuilder {
  /// Room for one event per group, filled on the cores that make the events and emptied into the
  /// result, in its order, on all cores: moving 100k events into one array on one core touched
  /// every page of it there (~25 MB), with no other core at work.
  ///
  /// `@unchecked Sendable` because the slots are raw memory: each is written by one core (its
  /// group's event, placed once), and read once, after every event is placed (`moved`), each
  /// position by one core. The slots hold no event after `moved`, so they are freed as raw memory.
  final class EventSlots: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Event>

    init(count: Int) { slots = .allocate(capacity: max(1, count)) }

    deinit { slots.deallocate() }

    /// Places group `index`'s event (once for a group).
    func place(_ event: consuming Event, at index: Int) { (slots + index).initialize(to: event) }

    /// The events of the slots `slot(0)`, `slot(1)`… (each placed, each named once), moved out in
    /// that order on all cores, event `n` given `ids[n]`.
    func moved(count: Int, ids: [String], slot: @Sendable (Int) -> Int) -> [Event] {
      [Event](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        let output = SharedValues(base: base)
        let ranges = Parallel.ranges(of: count, minimum: 4_096)
        _ = Parallel.map(pieces: ranges.count) { piece in
          for position in ranges[piece] {
            // Moved bit for bit, then named in place (an event moved out into a variable and
            // initialized from it was copied, retaining each of its strings, and destroyed).
            (output.base + position).moveInitialize(from: self.slots + slot(position), count: 1)
            (output.base + position).pointee.id = ids[position]
          }
          return 0
        }
        initialized = count
      }
    }
  }
}
