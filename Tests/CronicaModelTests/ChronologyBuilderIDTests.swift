import Testing

@testable import CronicaModel

/// The builder's ids over many events that share bases (claimed on all cores, the events moved
/// into their places on all cores).
@Suite struct ChronologyBuilderIDTests {
  typealias B = BuildFixtures

  /// Many events with one id base: ids are those claimed one after another in the chronology's
  /// order, after the ids already taken, and each event keeps its own fields in its place.
  @Test func idsAreClaimedInChronologicalOrderAfterTheTakenOnes() throws {
    let towns = ["Nogales", "Laredo", "Tijuana", "Juarez", "Reynosa", "Matamoros", "Mexicali"]
    let articles = (0..<36).map { index in
      B.article(
        "a\(index)",
        "On March \(1 + index % 4), 2021, officials opened a new border crossing in \(towns[index % towns.count]) "
          + "number \(index). In 2019, the agency seized \(index + 2) trucks at the port of \(towns[index % 3]).")
    }
    let builder = try B.builder()
    let plain = builder.build(articles).events
    // Every base is taken (the plain build's ids hold each one), so every id is numbered.
    let taken = Set(plain.map(\.id)).union(["2021-03-02-officials-opened-a-new-border-2"])
    let events = builder.build(articles, options: .init(takenIDs: taken)).events
    #expect(events.count > 5)
    var ids = UniqueIDs(taken: taken)
    #expect(events.map(\.id) == events.map { ids.claim(ChronologyBuilder.idBase(for: $0)) })
    #expect(events.allSatisfy { !taken.contains($0.id) && $0.id != ChronologyBuilder.idBase(for: $0) })
    for (event, before) in zip(events.dropFirst(), events) {
      let ordered = (before.earliest.number, before.latest.number) <= (event.earliest.number, event.latest.number)
      #expect(ordered)
    }
    // The same events in the same places, but for the ids.
    #expect(events.count == plain.count)
    for (event, other) in zip(events, plain) {
      var renamed = other
      renamed.id = event.id
      #expect(event == renamed)
    }
  }
}
