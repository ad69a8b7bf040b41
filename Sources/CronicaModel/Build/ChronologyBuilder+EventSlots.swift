extension ChronologyBuilder {
  /// Room for one event per group, filled on the cores that make the events and emptied into the
  /// result, in its order, on all cores: emptied on one core, 100k events would fault every fresh
  /// page of the result (~25 MB) there, with the other core idle.
  ///
  /// The slots are raw memory: each is initialized by one core (its group's event, placed once)
  /// and moved out once, after every event is placed (`moved`). They hold no event after `moved`,
  /// so they are freed as raw memory.
  final class EventSlots: Sendable {
    private let slots: SharedValues<Event>

    init(count: Int) { slots = SharedValues(base: .allocate(capacity: max(1, count))) }

    deinit { slots.base.deallocate() }

    /// Places group `index`'s event (once for a group).
    func place(_ event: consuming Event, at index: Int) { (slots.base + index).initialize(to: event) }

    /// The events of the slots `slot(0)`, `slot(1)`… (each placed, each named once), moved out in
    /// that order on all cores, event `n` given `ids[n]`.
    func moved(count: Int, ids: [String], slot: @Sendable (Int) -> Int) -> [Event] {
      Parallel.array(count: count) { [slots = self.slots] position in
        var event = (slots.base + slot(position)).move()
        event.id = ids[position]
        return event
      }
    }
  }
}
