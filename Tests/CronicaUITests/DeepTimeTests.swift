import CronicaModel
import CronicaTestSupport
import CronicaUI
import Testing

/// Timelines beyond the common era (TimelineJS allows them) read as their sources show them.
@Suite struct DeepTimeTests {
  static let corpus = Corpus(
    articles: [.fixture(id: "deep", title: "Deep time", text: "The universe began. Caesar died. The town was founded.")],
    events: [
      .fixture("big-bang", .fixture(-13_800_000_000), display: "13.8 billion years ago", title: "Big Bang",
        themes: ["arms"], cites: [("deep", "The universe began.")]),
      .fixture("caesar", .fixture(-44, 3, 15), display: "March 15, 44 BCE", title: "Caesar dies",
        themes: ["arms"], cites: [("deep", "Caesar died.")]),
      .fixture("town", .fixture(1852), title: "Town founded", themes: ["arms"], cites: [("deep", "The town was founded.")]),
    ], themes: Fixtures.themes)

  @Test(arguments: [(-13_800_000_000, "13.8 billion years ago"), (-44, "44 BCE"), (1852, "1852"), (-1, "1 BCE")])
  func yearLabels(year: Int, label: String) {
    #expect(PartialDate.yearLabel(year) == label)
  }

  @Test func headingsAndStripUseReadableYears() {
    let browser = Browser(corpus: Self.corpus, size: Size(width: 120, height: 20))
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("── 13.8 billion years ago · 1 event"))
    #expect(screen.contains("── 44 BCE · 1 event"))
    #expect(screen.contains("── 1852 · 1 event"))
    #expect(screen.contains("13.8 billion years ago "))
    #expect(screen.contains("1/3 · 13.8 billion years ago"))
    #expect(!screen.contains("── -"))
  }

  @Test(arguments: [0, 1, 5, 20, 40, 80])
  func narrowScreensDoNotTrap(width: Int) {
    let browser = Browser(corpus: Self.corpus, size: Size(width: width, height: 10))
    #expect(browser.render().size == Size(width: width, height: 10))
  }
}

/// An event whose start is open (`../2010`: it began in 2010 or before) sorts first, under a
/// "start unknown" heading, and stays off the year strip.
@Suite struct OpenStartTests {
  static let corpus = Corpus(
    articles: [.fixture(id: "a", title: "A", text: "For more than a decade it went on. The plan began.")],
    events: [
      .fixture("plan", EDTFDate.fixture("2008"), title: "Plan begins", themes: ["arms"], cites: [("a", "The plan began.")]),
      .fixture(
        "decade", EDTFDate.fixture("../2010"), end: EDTFDate.fixture("2020"), display: "more than a decade, to 2020",
        title: "A decade of it", themes: ["arms"], cites: [("a", "For more than a decade it went on.")]),
    ], themes: Fixtures.themes)

  @Test func theOpenStartComesFirstUnderItsOwnHeading() {
    #expect(Self.corpus.validate().isEmpty)
    #expect(Self.corpus.events.map(\.id) == ["decade", "plan"])
    #expect(Self.corpus.events.earliest(at: 0) == .distantPast)
    var browser = Browser(corpus: Self.corpus, size: Size(width: 120, height: 12))
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("── start unknown · 1 event"))
    #expect(screen.contains("2008"), "the strip's axis shows 2008")
    #expect(!screen.contains("922337") && !screen.contains("9.2"), "no sentinel year is shown")
    #expect(screen.contains("1/2 · start unknown"))
    browser.press(":2015<Enter>")
    #expect(browser.state.selectedEvent == 0, "the decade reaches 2015")
    browser.press("G")
    #expect(browser.render().lines.joined().contains("2/2 · 2008"))
  }

  @Test(arguments: [0, 1, 5, 20, 40, 80])
  func narrowScreensDoNotTrap(width: Int) {
    let browser = Browser(corpus: Self.corpus, size: Size(width: width, height: 10))
    #expect(browser.render().size == Size(width: width, height: 10))
  }
}
