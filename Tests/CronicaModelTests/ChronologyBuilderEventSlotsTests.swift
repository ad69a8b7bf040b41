import Testing

@testable import CronicaModel

/// `EventSlots.moved` against taking each slot's event in turn and naming it: each event once, in
/// the order `slot` gives, each with its id, over shuffled slots, on more than one core where there
/// are cores for them.
@Suite struct ChronologyBuilderEventSlotsTests {
  @Test(arguments: [0, 1, 9, 10_000])
  func movedInTheSlotsOrderWithTheirIDs(count: Int) {
    var generator = SplitMix(seed: UInt64(count))
    let events = (0..<count).map { index in
      ChronologicalOrderTests.event("e\(index)", "2021-03-0\(1 + index % 9)", order: index % 3 == 0 ? index : nil)
    }
    // Event `n` in slot `slotOf[n]`.
    let slotOf = Array((0..<count).shuffled(using: &generator))
    let slots = ChronologyBuilder.EventSlots(count: count)
    for (event, slot) in zip(events, slotOf) { slots.place(event, at: slot) }
    let ids = (0..<count).map { "2021-e\u{301}-\($0)" }
    if count == 10_000 { #expect(Parallel.width == 1 || Parallel.ranges(of: count, minimum: 4_096).count > 1) }
    let moved = slots.moved(count: count, ids: ids) { [slotOf] in slotOf[$0] }
    let expected = zip(events, ids).map { event, id in
      var named = event
      named.id = id
      return named
    }
    #expect(moved == expected)
  }
}
