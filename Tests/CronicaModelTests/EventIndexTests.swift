import CronicaModel
import Testing

@Suite("Event filtering and search")
struct EventIndexTests {
  static func event(_ id: String, _ start: String, _ end: String? = nil, themes: [String], title: String, quote: String = "q") throws -> Event {
    Event(
      id: id, start: try EDTFDate(parsing: start), end: try end.map { try EDTFDate(parsing: $0) },
      display: start, kind: .policy, title: title, summary: "", themes: themes,
      citations: [Citation(article: "a", quote: quote)])
  }

  static func corpus() throws -> Corpus {
    let themes = ["arms", "fentanyl", "cash-flow"].map { Theme(key: $0, label: $0, description: "", phrases: []) }
    return Corpus(
      articles: [],
      events: [
        try event("merida", "2008", themes: ["arms"], title: "Mérida Initiative begins"),
        try event("seizures", "2018-10", "2022-09", themes: ["fentanyl"], title: "Seizures rise", quote: "FY 2019-22"),
        try event("meeting", "2017-05-18", themes: ["cash-flow", "arms"], title: "Ministers meet"),
        try event("homicides", "2019", themes: ["fentanyl"], title: "Homicide record"),
      ], themes: themes)
  }

  func ids(_ query: EventQuery) throws -> [String] {
    let corpus = try Self.corpus()
    return EventIndex(corpus: corpus).matches(query, in: corpus).map { corpus.events[$0].id }
  }

  @Test func corpusSortsChronologically() throws {
    #expect(try Self.corpus().events.map(\.id) == ["merida", "meeting", "seizures", "homicides"])
  }

  @Test func emptyQueryKeepsAll() throws {
    #expect(try ids(EventQuery()).count == 4)
  }

  @Test func themesMeanAnyOf() throws {
    #expect(try ids(EventQuery(themes: ["cash-flow"])) == ["meeting"])
    #expect(try ids(EventQuery(themes: ["arms", "fentanyl"])) == ["merida", "meeting", "seizures", "homicides"])
    #expect(try ids(EventQuery(themes: ["unknown"])) == [])
  }

  @Test func searchIgnoresCaseAndDiacritics() throws {
    #expect(try ids(EventQuery(search: "merida")) == ["merida"])
    #expect(try ids(EventQuery(search: "MÉRIDA")) == ["merida"])
    #expect(try ids(EventQuery(search: "fy 2019")) == ["seizures"])
  }

  @Test func dateWindowKeepsOverlappingEvents() throws {
    let from2019 = EventQuery(from: try PartialDate(parsing: "2019"))
    #expect(try ids(from2019) == ["seizures", "homicides"])
    let upTo2017 = EventQuery(to: try PartialDate(parsing: "2017-05"))
    #expect(try ids(upTo2017) == ["merida", "meeting"])
    let only2020 = EventQuery(from: try PartialDate(parsing: "2020"), to: try PartialDate(parsing: "2020"))
    #expect(try ids(only2020) == ["seizures"])
  }

  @Test func kindsAndSearchCombineWithThemes() throws {
    #expect(try ids(EventQuery(themes: ["fentanyl"], search: "record")) == ["homicides"])
    #expect(try ids(EventQuery(kinds: [.meeting])) == [])
  }

  @Test func themeMaskHandlesManyThemes() {
    var mask = ThemeMask()
    mask.insert(3)
    mask.insert(130)
    #expect(mask.contains(130) && mask.contains(3) && !mask.contains(64))
  }
}
